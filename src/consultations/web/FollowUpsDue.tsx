import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../time/dates.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApis } from '../../kernel/ui/use-apis.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { consultationListSchema } from '../schema.ts';
import { followUpsDue } from './follow-ups-due.ts';
import { api, consultationPath } from './paths.ts';

/** The network contact's start: the follow-ups they own across their units' consultations, due within two weeks either side. */
export function FollowUpsDue() {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const user = useUser();
  const units = [...new Set(user?.memberships.filter((m) => m.role === 'network_contact').map((m) => m.unitId))];
  const state = useApis(units.map(api.consultations), consultationListSchema);
  if (!user) return null;
  return (
    <StartCard title={t('start.title')} state={state} failed={tc('startPage.failed')}>
      {(perUnit) => {
        const due = followUpsDue(perUnit.flatMap((list) => list.consultations), user.id, localDate(new Date()));
        if (due.length === 0) return <Paragraph>{t('start.none')}</Paragraph>;
        return (
          <ul className="start-list">
            {due.map((item, index) => (
              <li key={`${item.consultation.id} ${index}`}>
                <RouterLink to={consultationPath(item.consultation.unitId, item.consultation.id)}>{item.text}</RouterLink>{' '}
                {t('start.due', { date: format.date(item.dueOn) })}{' '}
                {item.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    {t('start.overdue')}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        );
      }}
    </StartCard>
  );
}
