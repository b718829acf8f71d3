/**
 * The submitted report as a PDF in the reporter's language, for the reporter's own records:
 * the same sections they wrote, with the labels of the assistant they wrote them in.
 */
import { DEFAULT_TIME_ZONE } from '../time/zone.ts';
import PDFDocument from 'pdfkit';
import type { Locale } from '../kernel/db/tables.ts';
import type { Address, ReportContent } from './content-schema.ts';
import { concernMessages } from './web/messages.ts';

export interface PdfInput {
  content: ReportContent;
  locale: Locale;
  receivedAt: Date;
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

export function renderReportPdf({ content, locale, receivedAt }: PdfInput): Promise<Buffer> {
  const m = concernMessages[locale].assistant;
  const intl = locale === 'en' ? 'en-GB' : locale;
  const when = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone: DEFAULT_TIME_ZONE }).format(receivedAt);
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: m.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(11);
  const line = (label: string, value: string) => {
    if (value.trim() === '') return;
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  };
  const address = (a: Address) => [a.line1, `${a.postalCode} ${a.postalTown}`.trim()].filter(Boolean).join(', ');
  const told = (value: { told: boolean | null; notToldReason: string }, who: string) =>
    line(fill(m.told.question, { who }), value.told ? m.told.yes : `${m.told.no}. ${m.told.why} ${value.notToldReason}`);

  doc.font('Helvetica-Bold').fontSize(18).text(m.title);
  doc.font('Helvetica').fontSize(11).text(`${concernMessages[locale].intake.received}: ${when}`);

  heading(m.child.legend);
  if (content.child.unborn) doc.text(m.child.unborn);
  line(m.child.givenName, content.child.givenName);
  line(m.child.familyName, content.child.familyName);
  line(m.child.nationalId, content.child.nationalId);
  line(m.child.address, address(content.child.address));
  told(content.child, m.told.theChild);

  heading(m.guardians.legend);
  content.guardians.forEach((g, i) => {
    const who = fill(m.guardians.guardian, { n: i + 1 });
    line(who, [g.name, g.phone].filter(Boolean).join(', '));
    told(g, who);
  });

  heading(m.observations.legend);
  for (const o of content.observations.filter((x) => x.what.trim() !== '')) {
    line(o.date || concernMessages[locale].detail.undated, o.what);
    if (o.childsWords.trim()) doc.font('Helvetica-Oblique').text(`«${o.childsWords.trim()}»`, { indent: 20 }).font('Helvetica');
  }

  heading(m.duration);
  doc.text(content.duration);
  heading(m.actionsTaken);
  doc.text(content.actionsTaken);
  line(m.interpreter, content.interpreter);
  line(m.otherAgencies, content.otherAgencies);

  heading(m.reporter.legend);
  const r = content.reporter;
  line(m.reporter.name, r.name);
  line(m.reporter.role, r.role);
  line(m.reporter.phone, r.phone);
  line(m.reporter.email, r.email);
  line(m.reporter.workplace, r.workplace);
  line(m.reporter.orgNumber, r.orgNumber);
  line(m.reporter.address, address(r.workplaceAddress));

  doc.end();
  return done;
}
