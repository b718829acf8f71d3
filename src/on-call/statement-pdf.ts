/**
 * The monthly cost statement as a PDF for the cooperating municipalities' accounts: the same
 * content as the page (key, cost, figures and shares per municipality, the rounding rule), in
 * the reader's language. Not compressed, so what it says can be read back and checked.
 */
import PDFDocument from 'pdfkit';
import type { UiLanguage } from '../kernel/i18n/languages.ts';
import type { Statement } from './schema.ts';
import { formatCount, formatMonth, formatOre, keyParts } from './web/statement-format.ts';
import { onCallStatementMessages } from './web/statement-messages.ts';

const MARGIN = 56;
const ROW = 16;

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
// The PDF's standard fonts have no narrow or no-break spaces: plain ones read the same.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\u2212/g, '-');

export function renderStatementPdf(statement: Statement, locale: UiLanguage): Promise<Buffer> {
  const m = onCallStatementMessages[locale];
  const month = formatMonth(statement.month, locale);
  const money = (ore: number | null) => (ore === null ? '' : plain(formatOre(ore, locale)));
  const count = (n: number | null) => (n === null ? m.notStored : plain(formatCount(n, locale)));

  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, info: { Title: `${m.title}: ${statement.unit.name}, ${month}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(18).text(m.title);
  doc.font('Helvetica').fontSize(11).text(fill(m.lead, { unit: statement.unit.name, month }));
  doc.moveDown(0.6);
  if (statement.key && statement.costOre !== null) {
    doc.text(fill(m.key, { parts: keyParts(statement.key, (percent, basis) => fill(m.keyPart, { percent: String(percent), basis: m.basis[basis] })) }));
    doc.text(fill(m.cost, { cost: money(statement.costOre) }));
  }
  if (statement.outcome === 'not_set') doc.text(m.notSet);
  if (statement.emptyBasis) doc.text(m.empty[statement.emptyBasis]);

  const columns = [m.municipality, m.population, m.calls, m.minutes, m.share];
  const width = (doc.page.width - 2 * MARGIN) / columns.length;
  let y = doc.y + 12;
  const row = (cells: string[], font: string) => {
    doc.font(font).fontSize(10);
    cells.forEach((text, c) => doc.text(text, MARGIN + c * width, y, { width: width - 4, lineBreak: false, align: c === 0 ? 'left' : 'right' }));
    y += ROW;
  };
  row(columns, 'Helvetica-Bold');
  for (const r of statement.rows) row([r.name, count(r.population), count(r.calls), count(r.minutes), money(r.shareOre)], 'Helvetica');
  const sum = (pick: (r: Statement['rows'][number]) => number | null) => (statement.rows.some((r) => pick(r) === null) ? null : statement.rows.reduce((s, r) => s + pick(r)!, 0));
  row([m.total, count(sum((r) => r.population)), count(sum((r) => r.calls)), count(sum((r) => r.minutes)), money(sum((r) => r.shareOre))], 'Helvetica-Bold');
  doc.x = MARGIN;
  doc.y = y + 8;

  doc.font('Helvetica').fontSize(9);
  doc.text(m.figuresNote).moveDown(0.4);
  doc.text(m.rounding).moveDown(0.4);
  doc.text(m.pdfSource);
  doc.end();
  return done;
}
