import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApis } from '../../kernel/ui/use-apis.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { unitTalksSchema } from '../schema.ts';
import { api, pupilTalksPath, recordTalkPath } from './paths.ts';

/** The network contact's start: pupils' requests to talk, waiting at each of their units, oldest first. */
export function WaitingRequests() {
  const { t } = useTranslation('pupilTalks');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const user = useUser();
  const units = [...new Set(user?.memberships.filter((m) => m.role === 'network_contact').map((m) => m.unitId))];
  const state = useApis(units.map(api.unitTalks), unitTalksSchema);
  return (
    <StartCard title={t('start.title')} state={state} failed={tc('startPage.failed')} more={{ to: pupilTalksPath, label: t('start.all') }}>
      {(perUnit) => {
        const waiting = perUnit
          .flatMap((talks) => talks.openRequests.map((request) => ({ request, unit: talks.unit })))
          .sort((a, b) => a.request.requestedAt.localeCompare(b.request.requestedAt));
        if (waiting.length === 0) return <Paragraph>{t('start.none')}</Paragraph>;
        return (
          <ul className="start-list">
            {waiting.map(({ request, unit }) => (
              <li key={request.id}>
                <RouterLink
                  to={recordTalkPath(unit.id, request.id)}
                  aria-label={t('contact.recordLabel', { name: request.firstName, group: request.classGroup })}
                >
                  {`${request.firstName}, ${request.classGroup}`}
                </RouterLink>{' '}
                {t('start.asked', { unit: unit.name, date: format.dateTime(request.requestedAt) })}
              </li>
            ))}
          </ul>
        );
      }}
    </StartCard>
  );
}
