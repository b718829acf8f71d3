import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../time/dates.ts';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { bookingListSchema } from '../schema.ts';
import { api, bookingsPath } from './paths.ts';

const SHOWN = 3;

/** The start page's next bookings: the person's own booked slots from today on, soonest first. */
export function MyNextBookings() {
  const { t } = useTranslation('presence');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const state = useApi(api.myBookings, bookingListSchema);
  const today = localDate(new Date());
  return (
    <StartCard
      title={t('start.nextBookings')}
      state={state}
      failed={tc('startPage.failed')}
      more={{ to: bookingsPath, label: t('start.allBookings') }}
    >
      {({ bookings }) => {
        const next = bookings
          .filter((b) => b.status === 'booked' && b.date >= today)
          .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))
          .slice(0, SHOWN);
        if (next.length === 0) return <Paragraph>{t('start.noBookings')}</Paragraph>;
        return (
          <ul className="start-list">
            {next.map((b) => (
              <li key={b.id}>
                {t('start.booking', {
                  date: format.date(b.date),
                  start: b.start,
                  end: b.end,
                  unit: b.unit.name,
                  contact: `${b.contact.givenName} ${b.contact.familyName}`,
                  topic: t(`concernCategory.${b.topic}`, { ns: 'common' }),
                })}
              </li>
            ))}
          </ul>
        );
      }}
    </StartCard>
  );
}
