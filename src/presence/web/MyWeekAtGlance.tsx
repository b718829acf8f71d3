import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { addDays, localDate } from '../../time/dates.ts';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApis } from '../../kernel/ui/use-apis.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { weekParamOf } from '../domain/week.ts';
import { contactWeekSchema } from '../schema.ts';
import { api, weekPath } from './paths.ts';
import { DayEntries } from './WeekPage.tsx';

const DAYS_AHEAD = 7;

/**
 * The network contact's week on the start page: the seven days from today with hours, who
 * booked, and team meetings. Seven days rather than the calendar week, so that on a Friday
 * afternoon or a Sunday the contact still sees the working days ahead; they span two ISO
 * weeks, so both are loaded.
 */
export function MyWeekAtGlance() {
  const { t } = useTranslation('presence');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const user = useUser();
  const today = localDate(new Date());
  const last = addDays(today, DAYS_AHEAD - 1);
  const weeks = [...new Set([weekParamOf(today), weekParamOf(last)])];
  const state = useApis(user ? weeks.map((week) => api.week(user.id, week)) : [], contactWeekSchema);
  if (!user) return null;
  return (
    <StartCard
      title={t('start.week')}
      state={state}
      failed={tc('startPage.failed')}
      more={{ to: weekPath(user.id, null), label: t('start.wholeWeek') }}
    >
      {(loaded) => {
        const ahead = loaded
          .flatMap(({ days }) => days)
          .filter((day) => day.date >= today && day.date <= last && day.hours.length + day.meetings.length > 0);
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
