/**
 * The evaluation as a PDF for a leader's report: the headline sentence, the caveats and the
 * tables behind the charts, in the reader's language. Aggregates only, as the page shows them:
 * a hidden count is written as hidden, never as a number. Not compressed, so what it says can
 * be read back and checked.
 */
import PDFDocument from 'pdfkit';
import type { UiLanguage } from '../kernel/i18n/languages.ts';
import type { Evaluation, Outcome } from './schema.ts';
import { headline, type HeadlineKey } from './web/headline.ts';
import { evaluationMessages } from './web/messages.ts';

const MARGIN = 56;
const ROW = 16;

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)(?:, number)?\}\}/g, (_, name: string) => values[name] ?? '');

export function renderEvaluationPdf(evaluation: Evaluation, outcome: Outcome, locale: UiLanguage): Promise<Buffer> {
  const m = evaluationMessages[locale];
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, { maximumFractionDigits: 2 });
  // The PDF's standard fonts have no U+2212 minus nor narrow spaces: plain ones read the same.
  const format = (n: number) => numbers.format(n).replace(/\u2212/g, '-').replace(/[\u202f\u2009]/g, ' ');
  const cell = (value: number | null) => (value === null ? m.pdf.hidden : format(value));
  const outcomeText = m.outcome[outcome];

  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, info: { Title: m.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(10);
  const table = (headers: string[][], rows: string[][]) => {
    const width = (doc.page.width - 2 * MARGIN) / headers[0]!.length;
    let y = doc.y + 4;
    const row = (cells: string[], font: string) => {
      if (y + ROW > doc.page.height - MARGIN) (doc.addPage(), (y = MARGIN));
      doc.font(font);
      cells.forEach((text, c) => doc.text(text, MARGIN + c * width, y, { width: width - 4, lineBreak: false }));
      y += ROW;
    };
    for (const header of headers) row(header, 'Helvetica-Bold');
    for (const cells of rows) row(cells, 'Helvetica');
    doc.x = MARGIN;
    doc.y = y;
  };

  doc.font('Helvetica-Bold').fontSize(18).text(m.title);
  doc.font('Helvetica').fontSize(11).text(outcomeText);
  const say = (key: HeadlineKey, values: Record<string, string> = {}) => fill(m.headline[key.slice('headline.'.length) as keyof typeof m.headline], values);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(headline(say, format, outcomeText, evaluation));
  doc.font('Helvetica').fontSize(11).text(fill(m.headline.units, { pilot: String(evaluation.units.pilot), comparison: String(evaluation.units.comparison) }));

  const caveats = evaluation.estimate?.caveats ?? [];
  if (caveats.length > 0) {
    heading(m.caveat.heading);
    doc.list(caveats.map((caveat) => m.caveat[caveat]));
  }

  heading(m.chart.lines);
  table(
    // Two header rows, the group over its count and rate, so no heading wraps into the next row.
    [
      ['', m.chart.pilot, '', m.chart.comparison, ''],
      [m.chart.period, m.pdf.count, m.pdf.rate, m.pdf.count, m.pdf.rate],
    ],
    evaluation.periods.map((p) => [p.period, cell(p.pilot.count), cell(p.pilot.rate), cell(p.comparison.count), cell(p.comparison.rate)]),
  );

  if (evaluation.estimate) {
    heading(m.chart.events);
    table(
      [[m.chart.relative, m.chart.effect, m.pdf.interval]],
      evaluation.estimate.eventStudy.map((row) => [
        format(row.relativePeriod),
        row.effect === null ? '' : format(row.effect),
        row.ciLow === null || row.ciHigh === null ? '' : `${format(row.ciLow)} ${m.pdf.to} ${format(row.ciHigh)}`,
      ]),
    );
  }
  doc.end();
  return done;
}
