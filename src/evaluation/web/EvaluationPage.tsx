import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, List, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { ChartFigure } from '../../kernel/ui/chart/ChartFigure.tsx';
import type { ChartData } from '../../kernel/ui/chart/chart-data.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { municipalityDetailSchema, municipalityListSchema } from '../../organisation/schema.ts';
import { NATIONAL_RATES } from '../domain/national-rates.ts';
import { evaluationRequestSchema, evaluationSchema, OUTCOMES, type Evaluation } from '../schema.ts';
import { evaluationCsv } from './evaluation-csv.ts';
import { api } from './paths.ts';

type Request = z.input<typeof evaluationRequestSchema>;
type Unit = { id: string; name: string; kind: string };

const GRANULARITIES = ['term', 'quarter', 'month'] as const;
const EVALUATED_KINDS = new Set(['school', 'kindergarten']);

/** The leader's evaluation: pick the pilot, read the effect with its interval and its checks. */
export function EvaluationPage() {
  const { t } = useTranslation('evaluation');
  usePageTitle(t('title'));
  const list = useApi(organisationApi.municipalities, municipalityListSchema);
  const first = list.status === 'ready' ? list.data.municipalities[0] : undefined;
  const detail = useApi(first ? organisationApi.municipality(first.id) : null, municipalityDetailSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="lead">{t('intro')}</Paragraph>
      <Loaded state={list.status === 'failed' ? list : detail} loadingLabel={t('loading')}>
        {(municipality) => (
          <PilotForm
            municipalityId={municipality.municipality.id}
            country={municipality.municipality.countryCode}
            units={[...municipality.districts.flatMap((d) => d.units), ...municipality.sharedUnits].filter((unit) => EVALUATED_KINDS.has(unit.kind))}
          />
        )}
      </Loaded>
    </>
  );
}

function defaultWindow(): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  return { from: `${year - 3}-08-01`, to: today };
}

function PilotForm({ municipalityId, country, units }: { municipalityId: string; country: string; units: Unit[] }) {
  const { t } = useTranslation('evaluation');
  const window = useMemo(defaultWindow, []);
  const form = useSchemaForm(evaluationRequestSchema, { outcome: 'concern_reports', granularity: 'term', ...window, pilot: [] });
  const [result, setResult] = useState<{ request: Request; evaluation: Evaluation } | null>(null);
  const submit = useSubmit({
    send: async (request: z.output<typeof evaluationRequestSchema>) => {
      setResult({ request, evaluation: await sendJson('POST', api.evaluation(municipalityId), request, evaluationSchema) });
    },
    ns: 'evaluation',
    failed: (reason) => t('failed', { reason }),
  });
  const pilot = form.watch('pilot');
  const errors = form.formState.errors;
  const setPilot = (next: Request['pilot']) => form.setValue('pilot', next);
  const startOf = (unitId: string) => pilot.find((p) => p.unitId === unitId);

  return (
    <>
      <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('form.legend')}</Fieldset.Legend>
          <Field>
            <Label>{t('form.outcome')}</Label>
            <Select {...form.register('outcome')}>
              {OUTCOMES.map((outcome) => (
                <Select.Option key={outcome} value={outcome}>
                  {t(`outcome.${outcome}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div className="evaluation-period">
            <Field>
              <Label>{t('form.granularity')}</Label>
              <Select {...form.register('granularity')}>
                {GRANULARITIES.map((granularity) => (
                  <Select.Option key={granularity} value={granularity}>
                    {t(`granularity.${granularity}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield type="date" label={t('form.from')} {...form.register('from')} error={errors.from && submit.errorText(errors.from.message ?? 'unknown')} />
            <Textfield type="date" label={t('form.to')} {...form.register('to')} error={errors.to && submit.errorText(errors.to.message ?? 'unknown')} />
          </div>
          <Fieldset>
            <Fieldset.Legend>{t('form.pilot')}</Fieldset.Legend>
            <Fieldset.Description>{t('form.pilotHint')}</Fieldset.Description>
            <div className="evaluation-units">
              {units.map((unit) => {
                const start = startOf(unit.id);
                const index = pilot.findIndex((p) => p.unitId === unit.id);
                const dateError = index >= 0 ? errors.pilot?.[index]?.startedOn : undefined;
                return (
                  <div key={unit.id} className="evaluation-unit">
                    <Checkbox
                      label={unit.name}
                      value={unit.id}
                      checked={start !== undefined}
                      onChange={(event) => setPilot(event.target.checked ? [...pilot, { unitId: unit.id, startedOn: window.from }] : pilot.filter((p) => p.unitId !== unit.id))}
                    />
                    {start && (
                      <Textfield
                        type="date"
                        label={t('form.startedOn', { unit: unit.name })}
                        value={start.startedOn}
                        error={dateError && submit.errorText(dateError.message ?? 'unknown')}
                        onChange={(event) => setPilot(pilot.map((p) => (p.unitId === unit.id ? { ...p, startedOn: event.target.value } : p)))}
                      />
                    )}
                  </div>
                );
              })}
            </div>
            {errors.pilot && !Array.isArray(errors.pilot) && <Paragraph data-color="danger">{t('form.noPilot')}</Paragraph>}
          </Fieldset>
        </Fieldset>
        <FormAlert submit={submit} />
        <Button type="submit" aria-disabled={submit.busy}>
          {t('form.submit')}
        </Button>
      </form>
      {result && <Results evaluation={result.evaluation} outcome={result.request.outcome} country={country} />}
    </>
  );
}

function Results({ evaluation, outcome, country }: { evaluation: Evaluation; outcome: Request['outcome']; country: string }) {
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
