import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../kernel/calendar/dates.ts';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { contactWeekSchema } from '../schema.ts';
import { api, weekPath } from './paths.ts';
import { DayEntries } from './WeekPage.tsx';

/** The network contact's week on the start page: today and the days left, with hours, who booked, and team meetings. */
export function MyWeekAtGlance() {
  const { t } = useTranslation('presence');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const user = useUser();
  const state = useApi(user ? api.week(user.id, null) : null, contactWeekSchema);
  const today = localDate(new Date());
  if (!user) return null;
  return (
    <StartCard
      title={t('start.week')}
      state={state}
      failed={tc('startPage.failed')}
      more={{ to: weekPath(user.id, null), label: t('start.wholeWeek') }}
    >
      {({ days }) => {
        const ahead = days.filter((day) => day.date >= today && day.hours.length + day.meetings.length > 0);
        if (ahead.length === 0) return <Paragraph>{t('start.weekEmpty')}</Paragraph>;
        return ahead.map((day) => (
          <div key={day.date}>
            <Heading level={3} data-size="2xs">
              {day.date === today ? t('start.today', { date: format.date(day.date) }) : format.date(day.date)}
            </Heading>
            <DayEntries day={day} />
          </div>
        ));
      }}
    </StartCard>
  );
}
