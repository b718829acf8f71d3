import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ChartFigure } from '../../kernel/ui/chart/ChartFigure.tsx';
import type { ChartData } from '../../kernel/ui/chart/chart-data.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { formatLocale, useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { PLACEMENT_OUTCOMES } from '../domain/call-kinds.ts';
import { idParamsSchema, overviewQuerySchema, overviewSchema, type OnCallOverview } from '../schema.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { addDays, localDate } from '../../time/dates.ts';
import { api, statementPath } from './paths.ts';

/** The last four weeks up to yesterday, on the service's calendar: where a leader starts. */
function lastFourWeeks(): { from: string; to: string } {
  const today = localDate(new Date());
  return { from: addDays(today, -28), to: addDays(today, -1) };
}

/** The leader's figures of an on-call service over a period: charts with their tables, and each worker's load. */
export function OverviewPage() {
  const { t } = useTranslation('onCall');
  const { t: statement } = useTranslation('onCallStatement');
  usePageTitle(t('overview.title'));
  const { unitId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const fallback = useMemo(lastFourWeeks, []);
  const period = overviewQuerySchema.safeParse({ from: search.get('from') ?? fallback.from, to: search.get('to') ?? fallback.to });
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const query = period.success ? period.data : fallback;
  const overview = useApi(valid ? api.overview(unitId, query) : null, overviewSchema);
  if (!valid) return <NotFound />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('overview.title')}
      </Heading>
      <Paragraph>
        <RouterLink to={statementPath(unitId)}>{statement('link')}</RouterLink>
      </Paragraph>
      <PeriodForm initial={query} onChoose={(chosen) => setSearch(chosen)} />
      <Loaded state={overview} loadingLabel={t('overview.loading')}>
        {(data) => <Figures overview={data} />}
      </Loaded>
    </>
  );
}

function PeriodForm({ initial, onChoose }: { initial: { from: string; to: string }; onChoose: (period: { from: string; to: string }) => void }) {
  const { t } = useTranslation('onCall');
  const form = useSchemaForm(overviewQuerySchema, initial);
  const submit = useSubmit({
    send: async (period: z.output<typeof overviewQuerySchema>) => onChoose(period),
    ns: 'onCall',
    failed: (reason) => t('overview.failed', { reason }),
  });
  const errors = form.formState.errors;
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="on-call-period">
      <Textfield type="date" label={t('overview.from')} {...form.register('from')} error={errors.from && submit.errorText(errors.from.message ?? 'unknown')} />
      <Textfield type="date" label={t('overview.to')} {...form.register('to')} error={errors.to && submit.errorText(errors.to.message ?? 'unknown')} />
      <Button type="submit" variant="secondary">
        {t('overview.show')}
      </Button>
      <FormAlert submit={submit} />
    </form>
  );
}

function Figures({ overview }: { overview: OnCallOverview }) {
  const { t, i18n } = useTranslation('onCall');
  const format = useDateFormat();
  const number = useNumberFormat();
  const percent = new Intl.NumberFormat(formatLocale(i18n.resolvedLanguage ?? i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  const series = [{ key: 'calls', label: t('overview.calls') }];
  const bars = (heading: string, labels: string[], values: (number | null)[]): ChartData => ({
    categoryHeading: heading,
    categories: labels.map((label, i) => ({ key: String(i), label })),
    series,
    values: Object.fromEntries(values.map((value, i) => [String(i), { calls: value }])),
  });
  const hours = overview.byHours.map((_, i) => `${String(2 * i).padStart(2, '0')}–${String(2 * i + 2).padStart(2, '0')}`);
  const weekdays = useWeekdayNames();
  const placements = PLACEMENT_OUTCOMES.map((outcome) => t(`placement.${outcome}`));

  return (
    <div className="on-call-overview">
      <Paragraph className="lead">
        {t('overview.lead', { unit: overview.unit.name, from: format.date(overview.from), to: format.date(overview.to) })}{' '}
        {overview.total === null ? t('overview.totalHidden') : t('overview.total', { count: overview.total, total: number(overview.total) })}
      </Paragraph>
      {overview.withoutPlacement !== null && <Paragraph>{t('overview.withoutPlacement', { share: percent.format(overview.withoutPlacement) })}</Paragraph>}
      {overview.withoutPlacementAtLeast !== null && <Paragraph>{t('overview.withoutPlacementAtLeast', { share: percent.format(Math.floor(overview.withoutPlacementAtLeast * 100) / 100) })}</Paragraph>}
      <ChartFigure kind="bar" title={t('overview.byHours')} description={t('overview.byHoursDescription')} data={bars(t('overview.time'), hours, overview.byHours)} headingLevel={2} />
      <ChartFigure kind="bar" title={t('overview.byWeekday')} description={t('overview.byWeekdayDescription')} data={bars(t('overview.weekday'), weekdays, overview.byWeekday)} headingLevel={2} />
      <ChartFigure
        kind="bar"
        title={t('overview.placements')}
        description={t('overview.placementsDescription')}
        data={bars(t('overview.placement'), placements, PLACEMENT_OUTCOMES.map((outcome) => overview.placements[outcome]))}
        headingLevel={2}
      />
      <section aria-labelledby="on-call-load">
        <Heading level={2} data-size="xs" id="on-call-load">
          {t('overview.load')}
        </Heading>
        <Paragraph>{t('overview.loadDescription')}</Paragraph>
        <Table aria-labelledby="on-call-load" data-size="sm" zebra className="on-call-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('overview.worker')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('overview.calls')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('overview.hours')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {overview.workers.map((worker) => (
              <Table.Row key={worker.id}>
                <Table.HeaderCell scope="row">
                  {worker.givenName} {worker.familyName}
                </Table.HeaderCell>
                <Table.Cell className="numeric">{worker.calls === null ? t('overview.hidden') : number(worker.calls)}</Table.Cell>
                <Table.Cell className="numeric">{worker.hours === null ? t('overview.hidden') : number(worker.hours)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </div>
  );
}

/** Monday to Sunday in the page's language, from a week known to start on a Monday. */
function useWeekdayNames(): string[] {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const names = new Intl.DateTimeFormat(formatLocale(language), { weekday: 'long', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, i) => names.format(new Date(Date.UTC(2026, 10, 23 + i))));
  }, [language]);
}
