import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { unitWhere } from '../../kernel/ui/menu.ts';
import { useUser } from '../../kernel/ui/session.tsx';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { handoverSchema } from '../schema.ts';
import { api, handoverPath } from './paths.ts';

const SHOWN = 3;

/**
 * On intake's and the leader's start page: the on-call calls about the municipality still
 * waiting to be taken over, the ones past noon marked, so none is left without an owner.
 */
export function HandoverWaiting() {
  const { t } = useTranslation('onCall');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const user = useUser();
  const unitId = user && unitWhere(user, ['intake_worker', 'leader']);
  const state = useApi(unitId ? api.handover(unitId) : null, handoverSchema);
  if (!unitId) return null;
  return (
    <StartCard title={t('handover.startTitle')} state={state} failed={tc('startPage.failed')} more={{ to: handoverPath(unitId), label: t('handover.startAll') }}>
      {({ calls }) => {
        const waiting = calls.filter((call) => call.handoverState === 'waiting' || call.handoverState === 'overdue');
        if (waiting.length === 0) return <Paragraph>{t('handover.startEmpty')}</Paragraph>;
        const overdue = waiting.filter((call) => call.handoverState === 'overdue').length;
        return (
          <>
            <Paragraph>
              {t('handover.startWaiting', { count: waiting.length })}{' '}
              {overdue > 0 && (
                <Tag data-color="danger" data-size="sm">
                  {t('handover.startOverdue', { count: overdue })}
                </Tag>
              )}
            </Paragraph>
            <ul className="start-list">
              {waiting.slice(0, SHOWN).map((call) => (
                <li key={call.id}>
                  {t('handover.startItem', { time: format.dateTime(call.receivedAt), municipality: call.municipality.name })}
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </StartCard>
  );
}
