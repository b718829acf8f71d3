/**
 * The data a chart draws, in one shape from which both the chart and its table alternative are
 * made, so the two can never tell different stories.
 */

/** One line or one set of bars. */
export interface ChartSeries {
  key: string;
  label: string;
}

/** A point on the horizontal axis: a period, an hour, a stage. */
export interface ChartCategory {
  key: string;
  label: string;
}

/** A value with its interval, e.g. an estimate and its 95 % confidence interval. */
export interface ChartInterval {
  low: number;
  high: number;
}

export interface ChartData {
  /** The heading of the table's first column, naming what the categories are. */
  categoryHeading: string;
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  /** values[category][series]; null is a value withheld because it rests on fewer than 5. */
  values: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Optional intervals around the values, drawn as whiskers and written beside them. */
  intervals?: Readonly<Record<string, Readonly<Record<string, ChartInterval | null>>>>;
}

/** A table cell of the alternative: the value as written, and whether it was withheld. */
export interface ChartTableCell {
  text: string;
  withheld: boolean;
}

export interface ChartTableRow {
  category: string;
  cells: ChartTableCell[];
}

export interface ChartTableTexts {
  format: (value: number) => string;
  /** How a withheld value reads. */
  withheld: string;
  /** How a value with its interval reads, e.g. "1.2 (0.4 to 2.0)". */
  withInterval: (value: string, low: string, high: string) => string;
}

/** The rows of the table alternative, one per category, one cell per series. */
export function chartTableRows(data: ChartData, texts: ChartTableTexts): ChartTableRow[] {
  return data.categories.map((category) => ({
    category: category.label,
    cells: data.series.map((series) => tableCell(data, category.key, series.key, texts)),
  }));
}

function tableCell(data: ChartData, category: string, series: string, texts: ChartTableTexts): ChartTableCell {
  const value = data.values[category]?.[series] ?? null;
  if (value === null) return { text: texts.withheld, withheld: true };
  const interval = data.intervals?.[category]?.[series] ?? null;
  const written = texts.format(value);
  if (interval === null) return { text: written, withheld: false };
  return { text: texts.withInterval(written, texts.format(interval.low), texts.format(interval.high)), withheld: false };
}

/**
 * The rows the charting library draws: one object per category with each series' value, and
 * for a series with intervals its distance below and above the value (the whiskers), as the
 * library wants them. A withheld value is left out, so the line breaks rather than dips to 0.
 */
export function chartPlotRows(data: ChartData): Record<string, string | number | [number, number]>[] {
  return data.categories.map((category) => {
    const row: Record<string, string | number | [number, number]> = { category: category.label };
    for (const series of data.series) {
      const value = data.values[category.key]?.[series.key] ?? null;
      if (value === null) continue;
      row[series.key] = value;
      const interval = data.intervals?.[category.key]?.[series.key] ?? null;
      if (interval !== null) row[whiskerKey(series.key)] = [value - interval.low, interval.high - value];
    }
    return row;
  });
}

export function whiskerKey(series: string): string {
  return `${series}:interval`;
}

/** True when some value of the chart was withheld, so the small-count note belongs under it. */
export function hasWithheld(data: ChartData): boolean {
  return data.categories.some((category) => data.series.some((series) => (data.values[category.key]?.[series.key] ?? null) === null));
}
