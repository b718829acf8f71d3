import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../kernel/ui/chart/ChartFigure.tsx';
import type { ChartData } from '../../kernel/ui/chart/chart-data.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { formatLocale } from '../../kernel/ui/use-date-format.ts';
import { useApi } from '../../kernel/ui/use-api.ts';
import { localDate } from '../../time/dates.ts';
import { FUNNEL_STAGES, schoolYearSoFar } from '../domain/funnel.ts';
import { funnelSchema, type Funnel } from '../funnel-schema.ts';

/**
 * The follow-up funnel of the school year so far, month by month, as bars with their table; a
 * count under 5 comes withheld from the server and reads so in the table.
 */
export function FunnelChart({ url }: { url: string }) {
  const { t } = useTranslation('attendance');
  const range = schoolYearSoFar(localDate(new Date()));
  const state = useApi(`${url}?from=${range.from}&to=${range.to}`, funnelSchema);
  return (
    <Loaded state={state} loadingLabel={t('funnel.loading')}>
      {(funnel) => <FunnelBars funnel={funnel} />}
    </Loaded>
  );
}

function FunnelBars({ funnel }: { funnel: Funnel }) {
  const { t, i18n } = useTranslation('attendance');
  const monthName = new Intl.DateTimeFormat(formatLocale(i18n.resolvedLanguage ?? i18n.language), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const data: ChartData = {
    categoryHeading: t('funnel.month'),
    categories: funnel.months.map(({ month }) => ({ key: month, label: monthName.format(new Date(`${month}-01T00:00:00Z`)) })),
    series: FUNNEL_STAGES.map((stage) => ({ key: stage, label: t(`funnel.stage.${stage}`) })),
    values: Object.fromEntries(funnel.months.map(({ month, stages }) => [month, stages])),
  };
  return <ChartFigure kind="bar" title={t('funnel.heading')} description={t('funnel.description')} data={data} fractionDigits={0} headingLevel={2} />;
}
