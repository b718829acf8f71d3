import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import type { CaseTerm, TermDay } from '../case-schema.ts';
import { shadeOf, termWeeks } from './term-weeks.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/**
 * The term as a calendar heatmap: a row per week, a square per weekday, darker the more of the
 * day was missed, hatched where the school was closed. Each square is named in words (the day,
 * what was missed, its kinds), and the same days are a table under it.
 */
export function TermCalendar({ term, describedBy }: { term: CaseTerm; describedBy: string }) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  const percent = useNumberFormat({ maximumFractionDigits: 1 });
  const kindsOf = (day: TermDay) => day.kinds.map((kind) => t(`absenceKind.${kind}`)).join(', ');
  const nameOf = (day: TermDay) => {
    const date = format.date(day.date);
    if (!day.schoolDay) return t('term.cellClosed', { date });
    if (day.wholeDay) return t('term.cellWholeDay', { date, kinds: kindsOf(day) });
    if (day.minutes === 0) return t('term.cellNone', { date });
    return t('term.cellAway', { date, minutes: day.minutes, kinds: kindsOf(day) });
  };
  const awayOf = (day: TermDay) => {
    if (!day.schoolDay) return t('term.closed');
    if (day.wholeDay) return t('term.wholeDay');
    return day.minutes === 0 ? t('term.nothing') : t('term.minutes', { minutes: day.minutes });
  };
  return (
    <>
      <div className="attendance-term-calendar" role="group" aria-label={t('term.calendar')} aria-describedby={describedBy}>
        <span aria-hidden="true" />
        {WEEKDAYS.map((weekday) => (
          <span key={weekday} aria-hidden="true" className="attendance-term-weekday">
            {t(`term.weekdays.${weekday}`)}
          </span>
        ))}
        {termWeeks(term.days).map((week) => (
          <WeekRow key={week.monday} label={t('term.week', { week: week.week })} days={week.days} nameOf={nameOf} dayMinutes={term.dayMinutes} />
        ))}
      </div>
      <Details>
        <Details.Summary>{t('term.showTable')}</Details.Summary>
        <Details.Content>
          <div className="attendance-scroll" role="region" aria-label={t('term.calendar')} tabIndex={0}>
            <Table data-size="sm" zebra>
              <caption className="chart-figure__caption">{t('term.calendar')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('term.date')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('term.away')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('term.kinds')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('term.percent')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {term.days.map((day) => (
                  <Table.Row key={day.date}>
                    <Table.HeaderCell scope="row">{format.date(day.date)}</Table.HeaderCell>
                    <Table.Cell>{awayOf(day)}</Table.Cell>
                    <Table.Cell>{kindsOf(day)}</Table.Cell>
                    <Table.Cell>{day.percent === null ? '' : `${percent(day.percent)} %`}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </Details.Content>
      </Details>
    </>
  );
}

function WeekRow({ label, days, nameOf, dayMinutes }: { label: string; days: (TermDay | null)[]; nameOf: (day: TermDay) => string; dayMinutes: number }) {
  return (
    <>
      <span aria-hidden="true" className="attendance-term-week">
        {label}
      </span>
      {days.map((day, index) =>
        day === null ? (
          <span key={index} aria-hidden="true" />
        ) : (
          <span
            key={day.date}
            role="img"
            aria-label={nameOf(day)}
            title={nameOf(day)}
            className={day.schoolDay ? `attendance-term-day attendance-term-day--${shadeOf(day, dayMinutes)}` : 'attendance-term-day attendance-term-day--closed'}
          >
            {Number(day.date.slice(8))}
          </span>
        ),
      )}
    </>
  );
}
