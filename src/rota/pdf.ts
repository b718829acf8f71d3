/**
 * A plan as a printable PDF: the period, then each day with its shifts, their times and who
 * works them, in the reader's language. Not compressed, so what it says can be read back.
 */
import PDFDocument from 'pdfkit';
import type { UiLanguage } from '../kernel/i18n/languages.ts';
import type { Plan } from './plan-schema.ts';
import { rotaMessages } from './web/messages.ts';

const MARGIN = 48;
const ROW = 15;

export function renderRotaPdf(plan: Plan, locale: UiLanguage): Promise<Buffer> {
  const m = rotaMessages[locale];
  const dates = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const day = (iso: string) => dates.format(new Date(`${iso}T12:00:00Z`));
  const names = new Map(plan.staff.map((s) => [s.id, `${s.givenName} ${s.familyName}`]));
  const last = plan.shifts.at(-1)?.date ?? plan.from;

  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, info: { Title: `${m.plan.pdfTitle} ${plan.unit.name}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(16).text(`${m.plan.pdfTitle} ${plan.unit.name}`);
  doc.font('Helvetica').fontSize(10).text(`${day(plan.from)} – ${day(last)} · ${m.state[plan.state]}`);
  const columns = [110, 150, 80, doc.page.width - 2 * MARGIN - 340];
  let y = doc.y + 10;
  const row = (cells: string[], font: string) => {
    if (y + ROW > doc.page.height - MARGIN) (doc.addPage(), (y = MARGIN));
    doc.font(font);
    let x = MARGIN;
    cells.forEach((text, c) => {
      doc.text(text, x, y, { width: columns[c]! - 4, lineBreak: false, ellipsis: true });
      x += columns[c]!;
    });
    y += ROW;
  };
  row([m.plan.date, m.plan.shift, m.plan.time, m.plan.staff], 'Helvetica-Bold');
  for (const shift of plan.shifts) {
    row([day(shift.date), shift.name, `${shift.startTime}–${shift.endTime}`, shift.staff.map((id) => names.get(id) ?? '').join(', ') || m.plan.nobody], 'Helvetica');
  }
  doc.end();
  return done;
}
