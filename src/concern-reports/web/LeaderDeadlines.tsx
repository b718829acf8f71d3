import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { deadlineViewSchema } from '../schema.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { api, deadlinesPath } from './paths.ts';

const SHOWN = 5;

/** The leader's start: the municipality's deadlines near or past, soonest first, without children's names. */
export function LeaderDeadlines() {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const state = useApi(api.deadlines, deadlineViewSchema);
  return (
    <StartCard title={t('deadlines.title')} state={state} failed={tc('startPage.failed')} more={{ to: deadlinesPath, label: t('start.allDeadlines') }}>
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>{t('deadlines.empty')}</Paragraph>
        ) : (
          <ul className="start-list">
            {items.slice(0, SHOWN).map((item) => (
              <li key={`${item.reportId} ${item.deadline.kind}`}>
                {t('start.from', { unit: item.reporterUnitName })} <DeadlineTag deadline={item.deadline} />
              </li>
            ))}
          </ul>
        )
      }
    </StartCard>
  );
}
