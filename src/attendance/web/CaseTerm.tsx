import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../kernel/ui/chart/ChartFigure.tsx';
import type { ChartData } from '../../kernel/ui/chart/chart-data.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import type { CaseTerm as Term } from '../case-schema.ts';
import { TermCalendar } from './TermCalendar.tsx';

/**
 * The pupil's term so far: the calendar of school days by absence, and the share of school time
 * missed since the term began against the guideline's percent threshold, each with its table.
 */
export function CaseTerm({ term }: { term: Term }) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  const schoolDays = term.days.filter((day) => day.schoolDay);
  const kinds = term.counted.map((kind) => t(`absenceKind.${kind}`)).join(', ');
  const data: ChartData = {
    categoryHeading: t('term.day'),
    categories: schoolDays.map((day) => ({ key: day.date, label: format.date(day.date) })),
    series: [{ key: 'percent', label: t('term.series') }],
    values: Object.fromEntries(schoolDays.map((day) => [day.date, { percent: day.percent }])),
  };
  const description = [t('term.lineDescription', { kinds }), term.threshold === null ? t('term.lineNoThreshold') : t('term.lineThreshold', { threshold: term.threshold })].join(' ');
  return (
    <section aria-labelledby="case-term">
      <Heading level={2} data-size="sm" id="case-term">
        {t('term.heading')}
      </Heading>
      {schoolDays.length === 0 ? (
        <Paragraph>{t('term.noDays')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" id="case-term-calendar">
            {t('term.intro', { from: format.date(term.from), to: format.date(term.to) })}
          </Paragraph>
          <TermCalendar term={term} describedBy="case-term-calendar" />
          <ChartFigure
            kind="line"
            title={t('term.lineTitle')}
            description={description}
            data={data}
            marks={term.threshold === null ? [] : [{ value: term.threshold, label: t('term.threshold', { threshold: term.threshold }) }]}
          />
        </>
      )}
    </section>
  );
}
