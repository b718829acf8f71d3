import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chartPlotRows, chartTableRows, hasWithheld, whiskerKey, type ChartData } from './chart-data.ts';
import './chart.css';

/** A line across the chart: a pilot's start at a category, or a rule's threshold at a value. */
export type ChartMark = { category: string; label: string } | { value: number; label: string };

export interface ChartFigureProps {
  kind: 'line' | 'bar';
  title: string;
  /** One or two sentences saying what the chart shows; read out in place of the picture. */
  description: string;
  data: ChartData;
  marks?: readonly ChartMark[];
  /** Stack the bars of each category (a share made of parts). */
  stacked?: boolean;
  /** Digits after the decimal sign in the table and the tooltip. */
  fractionDigits?: number;
  headingLevel?: 2 | 3 | 4;
}

// Colours from the design system, told apart by dashes and shapes too, never by colour alone.
const STROKES = [
  'var(--ds-color-accent-base-default)',
  'var(--ds-color-neutral-base-default)',
  'var(--ds-color-warning-base-default)',
  'var(--ds-color-success-base-default)',
  'var(--ds-color-danger-base-default)',
];
const DASHES = [undefined, '6 4', '2 3', '10 3 2 3', '1 6'];

/**
 * A chart with its table alternative. The picture is one image to assistive technology, named
 * by the title and described in words; the same figures are a table under it, so nothing is
 * only in the picture. Values withheld for small counts are gaps in the chart and say so in the
 * table.
 */
export function ChartFigure({ kind, title, description, data, marks = [], stacked = false, fractionDigits = 1, headingLevel = 3 }: ChartFigureProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useMemo(() => {
    const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits });
    return (value: number) => numbers.format(value);
  }, [language, fractionDigits]);
  const rows = useMemo(() => chartPlotRows(data), [data]);
  const table = chartTableRows(data, {
    format,
    withheld: t('chart.withheld'),
    withInterval: (value, low, high) => t('chart.withInterval', { value, low, high }),
  });

  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <Heading level={headingLevel} data-size="xs" id={titleId}>
        {title}
      </Heading>
      <Paragraph data-size="sm">{description}</Paragraph>
      <div className="chart-figure__picture" role="img" aria-label={`${title}. ${description}`}>
        <ResponsiveContainer width="100%" height={280}>
          {kind === 'line' ? (
            <LineChart data={rows} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
              {axes(format)}
              {data.series.map((series, index) => (
                <Line
                  key={series.key}
                  dataKey={series.key}
                  name={series.label}
                  stroke={STROKES[index % STROKES.length]}
                  strokeDasharray={DASHES[index % DASHES.length]}
                  strokeWidth={2}
                  isAnimationActive={false}
                  connectNulls={false}
                >
                  {data.intervals ? <ErrorBar dataKey={whiskerKey(series.key)} width={6} stroke={STROKES[index % STROKES.length]} /> : null}
                </Line>
              ))}
              {marksOf(marks)}
            </LineChart>
          ) : (
            <BarChart data={rows} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
              {axes(format)}
              {data.series.map((series, index) => (
                <Bar
                  key={series.key}
                  dataKey={series.key}
                  name={series.label}
                  fill={STROKES[index % STROKES.length]}
                  stackId={stacked ? 'stack' : undefined}
                  isAnimationActive={false}
                >
                  {data.intervals ? <ErrorBar dataKey={whiskerKey(series.key)} width={6} stroke="var(--ds-color-neutral-text-default)" /> : null}
                </Bar>
              ))}
              {marksOf(marks)}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <Details className="chart-figure__table">
        <Details.Summary>{t('chart.showTable')}</Details.Summary>
        <Details.Content>
          <div className="chart-figure__scroll">
            <Table data-size="sm" zebra>
              <caption className="chart-figure__caption">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{data.categoryHeading}</Table.HeaderCell>
                  {data.series.map((series) => (
                    <Table.HeaderCell key={series.key} scope="col">
                      {series.label}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {table.map((row) => (
                  <Table.Row key={row.category}>
                    <Table.HeaderCell scope="row">{row.category}</Table.HeaderCell>
                    {row.cells.map((cell, index) => (
                      <Table.Cell key={data.series[index]?.key} className={cell.withheld ? 'suppressed-count' : undefined}>
                        {cell.text}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {hasWithheld(data) ? <p className="table-note">{t('chart.withheldNote')}</p> : null}
        </Details.Content>
      </Details>
    </figure>
  );
}

function axes(format: (value: number) => string) {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="var(--ds-color-neutral-border-subtle)" />,
    <XAxis key="x" dataKey="category" tick={{ fill: 'var(--ds-color-neutral-text-default)', fontSize: 12 }} />,
    <YAxis key="y" tickFormatter={format} tick={{ fill: 'var(--ds-color-neutral-text-default)', fontSize: 12 }} width={48} />,
    <Tooltip key="tooltip" formatter={(value) => (typeof value === 'number' ? format(value) : String(value))} />,
    <Legend key="legend" />,
  ];
}

function marksOf(marks: readonly ChartMark[]) {
  return marks.map((mark) =>
    'category' in mark ? (
      <ReferenceLine key={`x:${mark.category}`} x={mark.category} stroke="var(--ds-color-neutral-text-default)" strokeDasharray="4 4" label={{ value: mark.label, position: 'top', fontSize: 12 }} />
    ) : (
      <ReferenceLine key={`y:${mark.value}`} y={mark.value} stroke="var(--ds-color-danger-base-default)" strokeDasharray="4 4" label={{ value: mark.label, position: 'insideTopRight', fontSize: 12 }} />
    ),
  );
}
