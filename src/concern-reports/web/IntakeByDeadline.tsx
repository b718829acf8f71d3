import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { intakeQueueSchema } from '../schema.ts';
import { byDeadline } from './by-deadline.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { api, intakePath, receivedPath } from './paths.ts';

const SHOWN = 6;

/** Intake's start: the received reports by their most urgent deadline, past and near first. */
export function IntakeByDeadline() {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const state = useApi(api.intake, intakeQueueSchema);
  return (
    <StartCard title={t('start.intake')} state={state} failed={tc('startPage.failed')} more={{ to: intakePath, label: t('start.allIntake') }}>
      {({ reports }) => {
        const ordered = byDeadline(reports);
        if (ordered.length === 0) return <Paragraph>{t('start.noIntake')}</Paragraph>;
        return (
          <ul className="start-list">
            {ordered.slice(0, SHOWN).map(({ report, deadline }) => (
              <li key={report.id}>
                <RouterLink to={receivedPath(report.id)} aria-label={t('intake.open', { child: report.childName })}>
                  {report.childName}
                </RouterLink>{' '}
                {t('start.from', { unit: report.reporterUnitName })} <DeadlineTag deadline={deadline} />
              </li>
            ))}
          </ul>
        );
      }}
    </StartCard>
  );
}
