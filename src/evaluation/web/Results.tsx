/** The evaluation's answer: the headline, the caveats, the charts with their tables, the national rates and the downloads. */
import { Alert, Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isUiLanguage, type UiLanguage } from '../../kernel/i18n/languages.ts';
import { ChartFigure } from '../../kernel/ui/chart/ChartFigure.tsx';
import type { ChartData } from '../../kernel/ui/chart/chart-data.ts';
import { NATIONAL_RATES } from '../domain/national-rates.ts';
import type { Evaluation, Outcome } from '../schema.ts';
import { evaluationCsv } from './evaluation-csv.ts';
import { headline } from './headline.ts';

/** `pdf` fetches the same evaluation as a PDF in the reader's language. */
export function Results({ evaluation, outcome, country, pdf }: { evaluation: Evaluation; outcome: Outcome; country: string; pdf: (locale: UiLanguage) => Promise<Blob> }) {
  const { t, i18n } = useTranslation('evaluation');
  const numbers = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'nb', { maximumFractionDigits: 1 });
  const outcomeText = t(`outcome.${outcome}`);
  const { estimate } = evaluation;
  const [pdfState, setPdfState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const downloadPdf = async () => {
    if (pdfState === 'busy') return;
    setPdfState('busy');
    try {
      save(await pdf(isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage), 'evaluation.pdf');
      setPdfState('idle');
    } catch {
      setPdfState('failed');
    }
  };
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
  const activity: ChartData | null = evaluation.periods.some((p) => (p.activityHours.pilot ?? 0) > 0 || (p.activityHours.comparison ?? 0) > 0)
    ? { ...lines, values: Object.fromEntries(evaluation.periods.map((p) => [p.period, { pilot: p.activityHours.pilot, comparison: p.activityHours.comparison }])) }
    : null;
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
          {headline((key, values) => String(t(key, values as never)), numbers.format, outcomeText, evaluation)}
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
      {activity && <ChartFigure kind="bar" title={t('chart.activity')} description={t('chart.activityDescription')} data={activity} fractionDigits={1} headingLevel={2} />}
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
      <div className="evaluation-downloads">
        <Button variant="secondary" onClick={() => save(new Blob([`\uFEFF${evaluationCsv(evaluation)}`], { type: 'text/csv;charset=utf-8' }), 'evaluation.csv')}>
          {t('csv')}
        </Button>
        <Button variant="secondary" aria-disabled={pdfState === 'busy'} onClick={downloadPdf}>
          {t('pdf.download')}
        </Button>
        <div role="alert">{pdfState === 'failed' && <Paragraph data-color="danger">{t('pdf.failed')}</Paragraph>}</div>
      </div>
    </section>
  );
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
