/** The evaluation's answer: the headline, the caveats, the charts with their tables, the national rates and the downloads. */
import { Alert, Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../kernel/ui/chart/ChartFigure.tsx';
import type { ChartData } from '../../kernel/ui/chart/chart-data.ts';
import { NATIONAL_RATES } from '../domain/national-rates.ts';
import type { Evaluation, Outcome } from '../schema.ts';
import { evaluationCsv } from './evaluation-csv.ts';

export function Results({ evaluation, outcome, country }: { evaluation: Evaluation; outcome: Outcome; country: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const numbers = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'nb', { maximumFractionDigits: 1 });
  const outcomeText = t(`outcome.${outcome}`);
  const { estimate } = evaluation;
  const start = evaluation.periods.find((p) => p.relativeToFirstStart === 0);

  const lines: ChartData = {
    categoryHeading: t('chart.period'),
    categories: evaluation.periods.map((p) => ({ key: p.period, label: p.period })),
    series: [
      { key: 'pilot', label: t('chart.pilot') },
      { key: 'comparison', label: t('chart.comparison') },
    ],
    values: Object.fromEntries(evaluation.periods.map((p) => [p.period, { pilot: p.pilot.rate, comparison: p.comparison.rate }])),
  };
  const events: ChartData | null = estimate && {
    categoryHeading: t('chart.relative'),
    categories: estimate.eventStudy.map((row) => ({ key: String(row.relativePeriod), label: String(row.relativePeriod) })),
    series: [{ key: 'effect', label: t('chart.effect') }],
    values: Object.fromEntries(estimate.eventStudy.map((row) => [String(row.relativePeriod), { effect: row.effect }])),
    intervals: Object.fromEntries(
      estimate.eventStudy.map((row) => [String(row.relativePeriod), { effect: row.ciLow === null || row.ciHigh === null ? null : { low: row.ciLow, high: row.ciHigh } }]),
    ),
  };

  return (
    <section className="evaluation-results" aria-labelledby="evaluation-headline">
      <div role="status">
        <Heading level={2} data-size="md" id="evaluation-headline">
          {headline(t, numbers.format, outcomeText, evaluation)}
        </Heading>
        <Paragraph>{t('headline.units', { pilot: evaluation.units.pilot, comparison: evaluation.units.comparison })}</Paragraph>
      </div>
      {estimate && estimate.caveats.length > 0 && (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            {t('caveat.heading')}
          </Heading>
          <List.Unordered>
            {estimate.caveats.map((caveat) => (
              <List.Item key={caveat}>{t(`caveat.${caveat}`)}</List.Item>
            ))}
          </List.Unordered>
        </Alert>
      )}
      <ChartFigure
        kind="line"
        title={t('chart.lines')}
        description={t('chart.linesDescription', { outcome: outcomeText })}
        data={lines}
        marks={start ? [{ category: start.period, label: t('chart.start') }] : []}
        headingLevel={2}
      />
      {events && <ChartFigure kind="line" title={t('chart.events')} description={t('chart.eventsDescription')} data={events} marks={[{ value: 0, label: '0' }]} fractionDigits={2} headingLevel={2} />}
      {outcome === 'concern_reports' && (
        <section aria-labelledby="evaluation-national">
          <Heading level={2} data-size="xs" id="evaluation-national">
            {t('national.heading')}
          </Heading>
          <List.Unordered>
            <List.Item>
              {evaluation.municipalityPerThousand === null ? t('national.ownHidden') : t('national.own', { rate: numbers.format(evaluation.municipalityPerThousand) })}
            </List.Item>
            {[...NATIONAL_RATES]
              .sort((a, b) => Number(b.country === country) - Number(a.country === country))
              .map((rate) => (
                <List.Item key={rate.country}>{t(`national.${rate.country}`, { rate: numbers.format(rate.perThousandChildrenPerYear) })}</List.Item>
              ))}
          </List.Unordered>
        </section>
      )}
      <div>
        <Button variant="secondary" onClick={() => download(evaluationCsv(evaluation))}>
          {t('csv')}
        </Button>
      </div>
    </section>
  );
}

function headline(t: TFunction<'evaluation'>, format: (n: number) => string, outcome: string, evaluation: Evaluation): string {
  const { estimate } = evaluation;
  if (!estimate) return t('headline.none');
  const direction = estimate.effect < 0 ? 'fell' : 'rose';
  const amount = format(Math.abs(estimate.effect));
  if (estimate.ciLow === null || estimate.ciHigh === null) return t(`headline.${direction}Permutation`, { outcome, amount, p: format(estimate.pValue ?? 1) });
  // The interval of a fall is written as a fall too: −2.0 to −0.4 reads "0.4 to 2.0".
  const [low, high] = estimate.effect < 0 ? [-estimate.ciHigh, -estimate.ciLow] : [estimate.ciLow, estimate.ciHigh];
  return t(`headline.${direction}`, { outcome, amount, low: format(low), high: format(high) });
}

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'evaluation.csv';
  link.click();
  URL.revokeObjectURL(url);
}
