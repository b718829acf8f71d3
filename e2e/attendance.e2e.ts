/**
 * Attendance follow-up as Elvestad's demo unit leader (the school's attendance coordinator):
 * imports a file of the last school days with three bad rows, sees exactly which rows were
 * refused and why, finds the new flag of the pupil whose days were imported, and records the
 * call home; then, on a phone, opens a follow-up case from another pupil's new flag, logs the
 * call home, plans a meeting owned by a teacher and closes the case when the pupil is back; and,
 * in Vesterhav (Denmark), a school leader's pupil at 15 % illegal absence becomes a drafted underretning with
 * the ticked figures carried over, and the municipality's hearing is noted; and Elvestad's
 * administrator replaces the guideline with Løten's preset, one threshold lowered. Axe-clean throughout.
 *
 * The server runs in this process with its clock held on a Monday in term time: an import
 * takes only open days of the school year so far, and on a real date in a holiday or the
 * first days of a school year there would be no six such days to import.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { flagListSchema } from '../src/attendance/schema.ts';
import { attendanceCaseMessages } from '../src/attendance/web/case-messages.ts';
import { attendanceGuidelineMessages } from '../src/attendance/web/guideline-messages.ts';
import { attendanceMessages } from '../src/attendance/web/messages.ts';
import { concernMessages } from '../src/concern-reports/web/messages.ts';
import { evaluationMessages } from '../src/evaluation/web/messages.ts';
import type { Guideline } from '../src/attendance/domain/guideline.ts';
import { RINGSAKER } from '../src/attendance/domain/presets.ts';
import { saveGuideline } from '../src/attendance/import-repo.ts';
import { childRecordSchema, registerSchema } from '../src/children/schema.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { TEST_NOW } from '../src/kernel/testing/test-clock.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { holdClockAt } from '../src/time/clock.ts';
import { addDays, localDate } from '../src/time/dates.ts';
import { isClosed } from '../src/time/school-calendar.ts';
import { expectPage, loggedInContext, newPage, screenshots, seriousAxeViolations, startTidlig, waitForPage, type Tidlig } from './harness.ts';

const nb = attendanceMessages.nb;
const en = attendanceMessages.en;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const nbCase = attendanceCaseMessages.nb;

let tidlig: Tidlig;
let releaseClock: () => void;
beforeAll(async () => {
  releaseClock = holdClockAt(TEST_NOW);
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
  releaseClock();
});
// Each test starts from the demo's guideline in Elvestad, whatever an earlier test saved there.
beforeEach(() => setElvestadGuideline(RINGSAKER));

async function setElvestadGuideline(guideline: Guideline) {
  const elvestad = await tidlig.db.selectFrom('municipality').select('id').where('name', '=', 'Elvestad').executeTakeFirstOrThrow();
  await saveGuideline(tidlig.db, elvestad.id, guideline);
}

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** The last six weekdays before the held today that are not public holidays, as dd.mm.yyyy (school holidays would be refused as closed days). */
function lastSchoolDays(count = 6, country: 'NO' | 'DK' = 'NO'): string[] {
  const days: string[] = [];
  for (let date = addDays(localDate(TEST_NOW), -1); days.length < count; date = addDays(date, -1)) {
    if (!isClosed({ country, holidays: [] }, date)) days.push(`${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`);
  }
  return days.reverse();
}

/** A pupil of the coordinator's school with no flag yet (open, or handled in the last 30 days), and their identity number. */
async function unflaggedPupil(page: Page) {
  const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
  const unitId = session.user?.currentUnit?.id ?? '';
  const flagged = new Set(flagListSchema.parse(await (await page.request.get(`/api/units/${unitId}/attendance/flags`)).json()).flags.map((f) => f.childId));
  const register = registerSchema.parse(await (await page.request.get(`/api/units/${unitId}/register`)).json());
  const pupil = register.children.find((c) => !flagged.has(c.id));
  if (!pupil) throw new Error('every pupil of the school is flagged already');
  const record = childRecordSchema.parse(await (await page.request.get(`/api/children/${pupil.id}`)).json());
  return { unitId, name: `${pupil.givenName} ${pupil.familyName}`, nationalId: record.nationalId };
}

/** The pupil's last six school days imported as undocumented absence in bokmål, and a case opened from the new flag. */
async function openCaseAfterSixDaysAway(page: Page, pupil: { unitId: string; name: string; nationalId: string }) {
  await page.goto(`/units/${pupil.unitId}/attendance`);
  expect(await waitForPage(page)).toBe(nb.title);
  const lines = ['Fødselsnummer;Dato;Time;Minutter;Fraværstype', ...lastSchoolDays().map((day) => `${pupil.nationalId};${day};;;Udokumentert`)];
  await page.getByLabel(nb.import.file).setInputFiles({ name: 'fravaer.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByRole('button', { name: nb.import.send }).click();
  const row = page.getByRole('table', { name: nb.flags.heading }).getByRole('row').filter({ hasText: pupil.name }).first();
  await row.waitFor();
  await row.getByRole('button', { name: `${nb.flags.openCase}: ${pupil.name}` }).click();
  await expectPage(page, nbCase.title);
}

it('imports a file with bad rows, shows the refused rows and the new flag, and records the call home', async () => {
  const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'nb-NO' });
  const { page, consoleErrors } = await newPage(context);
  const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
  const unitId = session.user?.currentUnit?.id ?? '';
  // A pupil with no open flag yet, whose identity number the school's file carries.
  const flagged = new Set(flagListSchema.parse(await (await page.request.get(`/api/units/${unitId}/attendance/flags`)).json()).flags.map((f) => f.childId));
  const register = registerSchema.parse(await (await page.request.get(`/api/units/${unitId}/register`)).json());
  const pupil = register.children.find((c) => !flagged.has(c.id));
  if (!pupil) throw new Error('every pupil of the school is flagged already');
  const record = childRecordSchema.parse(await (await page.request.get(`/api/children/${pupil.id}`)).json());

  await page.goto(`/units/${unitId}/attendance`);
  expect(await waitForPage(page)).toBe(nb.title);
  // The follow-up funnel of the school year, with its table: a month's stages, the small ones withheld.
  const funnel = page.getByRole('figure', { name: nb.funnel.heading });
  await funnel.getByRole('img', { name: nb.funnel.heading, exact: false }).waitFor();
  await funnel.getByText(commonMessages.nb.chart.showTable).click();
  await funnel.getByRole('columnheader', { name: nb.funnel.stage.back }).waitFor();
  await expectAccessible(page);

  const days = lastSchoolDays();
  const lines = [
    'Fødselsnummer;Dato;Time;Minutter;Fraværstype',
    ...days.map((day) => `${record.nationalId};${day};;;Udokumentert`),
    `01010112345;${days[0]};;;Syk`, // line 8: nobody at the school
    `${record.nationalId};31.02.2026;;;Syk`, // line 9: no such date
    `${record.nationalId};${days[1]};;;Borte`, // line 10: no such kind
  ];
  await page.getByLabel(nb.import.file).setInputFiles({ name: 'fravaer.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByRole('button', { name: nb.import.send }).click();
  await page.getByRole('heading', { name: nb.import.rejectedHeading }).waitFor();
  const rejected = page.getByRole('table', { name: nb.import.rejectedHeading }).locator('tbody tr');
  expect(await rejected.allInnerTexts()).toEqual([
    expect.stringMatching(new RegExp(`^8\\s+${nb.reason.unknown_pupil}\\s+Fødselsnummer$`)),
    expect.stringMatching(new RegExp(`^9\\s+${nb.reason.bad_date}\\s+Dato$`)),
    expect.stringMatching(new RegExp(`^10\\s+${nb.reason.unknown_kind}\\s+Fraværstype$`)),
  ]);
  await expectAccessible(page);

  // Six days in a row away: the pupil's new flag is on the list, open.
  const name = `${pupil.givenName} ${pupil.familyName}`;
  const row = page.getByRole('table', { name: nb.flags.heading }).getByRole('row').filter({ hasText: name }).first();
  await row.waitFor();
  await row.getByLabel(`${nb.flags.note}: ${name}`).fill('Ringte hjem, møte med foreldrene avtalt.');
  await row.getByRole('button', { name: nb.flags.handle }).click();
  await row.getByText(nb.flags.handledNote.replace('{{note}}', 'Ringte hjem, møte med foreldrene avtalt.')).waitFor();
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('reads an XLSX file sent from the page in English, and says so when a file cannot be read', async () => {
  const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'en-GB' });
  const { page, consoleErrors } = await newPage(context);
  const pupil = await unflaggedPupil(page);
  await page.goto(`/units/${pupil.unitId}/attendance`);
  expect(await waitForPage(page)).toBe(en.title);

  // A file that is no spreadsheet, named as one: refused, in the reader's language, nothing kept.
  await page.getByLabel(en.import.file).setInputFiles({ name: 'absence.xlsx', mimeType: XLSX, buffer: Buffer.from('not a spreadsheet') });
  await page.getByRole('button', { name: en.import.send }).click();
  await page.getByText(en.import.failed.replace('{{reason}}', en.errors.unreadable_file)).waitFor();

  // The same pupil's two last school days as the admin system's XLSX export.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Fravær');
  sheet.addRow(['Fødselsnummer', 'Dato', 'Time', 'Minutter', 'Fraværstype']);
  for (const day of lastSchoolDays().slice(-2)) sheet.addRow([pupil.nationalId, day, '', '', 'Syk']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel(en.import.file).setInputFiles({ name: 'absence.xlsx', mimeType: XLSX, buffer });
  await page.getByRole('button', { name: en.import.send }).click();
  await page.getByRole('status').filter({ hasText: /^2 rows accepted \(\d+ changes?\), 0 rejected/ }).waitFor();
  await expectAccessible(page);
  // The browser's own note of the refused upload, and nothing else.
  expect(consoleErrors).toEqual([expect.stringContaining('status of 400')]);
  await context.close();
});

it('opens a case from a new flag on a phone, logs the call home, plans a meeting owned by a teacher and closes the case when the pupil is back', async () => {
  const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'nb-NO', viewport: { width: 390, height: 844 } });
  const { page, consoleErrors } = await newPage(context);
  const pupil = await unflaggedPupil(page);
  await openCaseAfterSixDaysAway(page, pupil);
  await page.getByRole('heading', { name: nbCase.pupil.replace('{{name}}', pupil.name), exact: false }).waitFor();
  await expectAccessible(page);

  // The term as a calendar: the six imported days are squares named as whole days away; the same
  // days are a table under it, and the share missed so far is a line with its own table.
  const term = page.getByRole('region', { name: nbCase.term.heading });
  const calendar = term.getByRole('group', { name: nbCase.term.calendar });
  const wholeDay = nbCase.term.cellWholeDay.replace('{{date}}', '').replace('{{kinds}}', nbCase.absenceKind.undocumented);
  expect(await calendar.getByRole('img', { name: wholeDay, exact: false }).count()).toBeGreaterThanOrEqual(6);
  await term.getByText(nbCase.term.showTable).click();
  const days = term.getByRole('table', { name: nbCase.term.calendar });
  await days.waitFor();
  expect(await days.getByRole('row').filter({ hasText: nbCase.term.wholeDay }).count()).toBeGreaterThanOrEqual(6);
  await term.getByRole('img', { name: nbCase.term.lineTitle, exact: false }).waitFor();
  await expectAccessible(page);

  // The call home, in the contact log.
  const outcome = 'Foreldrene sier eleven gruer seg til friminuttene.';
  await page.getByLabel(nbCase.contacts.how).selectOption('phone');
  await page.getByLabel(nbCase.contacts.outcomeLabel).fill(outcome);
  await page.getByLabel(nbCase.contacts.agreedLabel).fill('Møte på skolen neste uke.');
  await page.getByRole('button', { name: nbCase.contacts.add }).click();
  await page.getByText(nbCase.contacts.outcome.replace('{{text}}', outcome)).waitFor();

  // A meeting with the parents, planned as a step and given to one of the school's teachers.
  const teacher = await tidlig.db
    .selectFrom('membership as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select(['s.given_name', 's.family_name'])
    .where('m.unit_id', '=', pupil.unitId)
    .where('m.role', '=', 'staff')
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .executeTakeFirstOrThrow();
  const teacherName = `${teacher.given_name} ${teacher.family_name}`;
  await page.getByLabel(nbCase.steps.kind).selectOption('meeting');
  await page.getByLabel(nbCase.steps.what).fill('Møte med foreldrene og kontaktlæreren');
  await page.getByLabel(nbCase.steps.ownerLabel).selectOption({ label: teacherName });
  await page.getByRole('button', { name: nbCase.steps.add }).click();
  const steps = page.getByRole('region', { name: nbCase.steps.heading }).getByRole('listitem');
  await steps.filter({ hasText: 'Møte med foreldrene og kontaktlæreren' }).filter({ hasText: nbCase.steps.owner.replace('{{name}}', teacherName) }).waitFor();
  await expectAccessible(page);
  await screenshots(page, 'attendance-case');

  // The pupil is back: the case closes with that reason.
  await page.getByLabel(nbCase.close.reason).selectOption('back_at_school');
  await page.getByLabel(nbCase.close.note).fill('Møter hver dag igjen etter møtet.');
  await page.getByRole('button', { name: nbCase.close.send }).click();
  await page.getByText(nbCase.closeReason.back_at_school, { exact: false }).first().waitFor();
  expect(await page.getByRole('button', { name: nbCase.contacts.add }).count()).toBe(0);
  await expectAccessible(page);

  // Back on the list, the pupil's flag was handled with the case.
  await page.getByRole('link', { name: nbCase.back }).click();
  await page.getByRole('table', { name: nb.flags.heading }).getByRole('row').filter({ hasText: pupil.name }).filter({ hasText: nb.flags.inCase }).first().waitFor();
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it("turns a Danish school leader's pupil at 15 % into a drafted underretning with the figures carried, on a phone", async () => {
  const da = attendanceMessages.da;
  const daCase = attendanceCaseMessages.da;
  const daConcern = concernMessages.da;
  const context = await loggedInContext(tidlig, 'unit_leader', 'Vesterhav', { locale: 'da-DK', viewport: { width: 390, height: 844 } });
  const { page, consoleErrors } = await newPage(context);
  const pupil = await unflaggedPupil(page);
  await page.goto(`/units/${pupil.unitId}/attendance`);
  expect(await waitForPage(page)).toBe(da.title);

  // Eight school days of illegal absence at the end of a quarter's 33 school days: past 15 %.
  const lines = ['CPR;Dato;Modul;Minutter;Fraværsårsag', ...lastSchoolDays(8, 'DK').map((day) => `${pupil.nationalId};${day};;;Ulovligt fravær`)];
  await page.getByLabel(da.import.source).fill('lectio');
  await page.getByLabel(da.import.file).setInputFiles({ name: 'fravaer.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByRole('button', { name: da.import.send }).click();
  const fifteen = `${da.comparison.at_least} 15`;
  const row = page.getByRole('table', { name: da.flags.heading }).getByRole('row').filter({ hasText: pupil.name }).filter({ hasText: fifteen }).first();
  await row.waitFor();
  await row.getByRole('button', { name: `${da.flags.openCase}: ${pupil.name}` }).click();
  await expectPage(page, daCase.title);

  // The stage asks for the notification of the municipality: the way to it comes first.
  await page.getByRole('heading', { name: daCase.report.heading.DK }).waitFor();
  await page.getByText(daCase.report.asked.DK).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: daCase.report.start.DK }).click();
  const step = page.getByRole('group', { name: daCase.report.legend });
  await step.getByRole('checkbox', { name: daCase.report.items.child.replace('{{name}}', pupil.name) }).check();
  await step.getByRole('checkbox', { name: daCase.report.items.figures }).check();
  // The school is left unticked: it is not carried.
  await expectAccessible(page);
  await page.getByRole('button', { name: daCase.report.create }).click();

  await expectPage(page, daConcern.assistant.title);
  await page.getByRole('heading', { name: daConcern.assistant.sections }).waitFor();
  const [givenName] = pupil.name.split(' ');
  expect(await page.getByLabel(daConcern.assistant.child.givenName, { exact: true }).inputValue()).toBe(givenName);
  const observed = await page.getByLabel(daConcern.assistant.observations.what, { exact: true }).inputValue();
  expect(observed).toContain(daCase.report.figuresIntro);
  expect(observed).toContain(`; regel: ${fifteen}`);
  expect(await page.getByLabel(daConcern.assistant.reporter.workplace, { exact: true }).inputValue()).toBe('');
  await expectAccessible(page);

  // Back on the case with the browser's Back: it links its draft, and the municipality's hearing
  // of the parents is noted. (Back once crashed the page: an effect returned Chromium's scroll promise.)
  await page.goBack();
  await expectPage(page, daCase.title);
  await page.getByRole('link', { name: daCase.report.open }).waitFor();
  await page.getByRole('heading', { name: daCase.hearing.heading }).waitFor();
  await page.getByLabel(daCase.hearing.parentsLabel).fill(localDate(TEST_NOW));
  await page.getByRole('button', { name: daCase.hearing.save }).click();
  await page.getByText(`${daCase.hearing.parents}: ${daCase.hearing.heardOn.replace('{{date}}', '')}`, { exact: false }).waitFor();
  await expectAccessible(page);
  await screenshots(page, 'attendance-case-dk-underretning');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it('drafts the Danish warning letter at 10 %, records the edited letter as sent and shows it in the log', async () => {
  const da = attendanceMessages.da;
  const daCase = attendanceCaseMessages.da;
  const context = await loggedInContext(tidlig, 'unit_leader', 'Vesterhav', { locale: 'da-DK' });
  const { page, consoleErrors } = await newPage(context);
  const pupil = await unflaggedPupil(page);
  await page.goto(`/units/${pupil.unitId}/attendance`);
  expect(await waitForPage(page)).toBe(da.title);

  // Four school days of illegal absence in the quarter: past 10 %, short of 15 %.
  const lines = ['CPR;Dato;Modul;Minutter;Fraværsårsag', ...lastSchoolDays(4, 'DK').map((day) => `${pupil.nationalId};${day};;;Ulovligt fravær`)];
  await page.getByLabel(da.import.source).fill('lectio');
  await page.getByLabel(da.import.file).setInputFiles({ name: 'fravaer.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByRole('button', { name: da.import.send }).click();
  const row = page.getByRole('table', { name: da.flags.heading }).getByRole('row').filter({ hasText: pupil.name }).filter({ hasText: `${da.comparison.at_least} 10` }).first();
  await row.waitFor();
  await row.getByRole('button', { name: `${da.flags.openCase}: ${pupil.name}` }).click();
  await expectPage(page, daCase.title);

  // The letter is drafted in Danish with the pupil's name; the coordinator adds a line and records it.
  await page.getByRole('heading', { name: daCase.letter.heading }).waitFor();
  const body = page.getByLabel(daCase.letter.body);
  expect(await body.inputValue()).toContain(`Kære forældre til ${pupil.name}`);
  expect(await page.getByRole('button', { name: daCase.report.start.DK }).count()).toBe(1);
  await expectAccessible(page);
  await body.fill(`${await body.inputValue()}\nRing til skolens kontor.`);
  await page.getByLabel(daCase.letter.sentTo).fill('Forældremyndighedsindehaverne');
  await page.getByRole('button', { name: daCase.letter.record }).click();
  const sent = daCase.letter.sent.replace('{{to}}', 'Forældremyndighedsindehaverne').replace('{{date}}', '');
  await page.getByRole('region', { name: daCase.contacts.heading }).getByText(sent.split('  ')[0]!, { exact: false }).waitFor();
  await page.getByText('Ring til skolens kontor.', { exact: false }).waitFor();
  expect(await page.getByRole('button', { name: daCase.letter.print }).count()).toBe(1);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it("lets Elvestad's administrator start from Løten's preset on a phone, lower a threshold and save the guideline", async () => {
  const g = attendanceGuidelineMessages.nb;
  const context = await loggedInContext(tidlig, 'administrator', 'Elvestad', { locale: 'nb-NO', viewport: { width: 390, height: 844 } });
  const { page, consoleErrors } = await newPage(context);
  // From the administrator's menu, folded behind its button on a phone.
  await page.goto('/');
  await expectPage(page, commonMessages.nb.startPage.title);
  await page.getByRole('button', { name: commonMessages.nb.nav.menu }).click();
  await page.getByRole('navigation', { name: commonMessages.nb.nav.label }).getByRole('link', { name: commonMessages.nb.nav.attendanceGuideline }).click();
  await expectPage(page, g.title);

  // The demo's guideline is Ringsaker's, read as sentences.
  const current = page.getByRole('region', { name: g.current });
  await current.getByText('Mer enn 3 dager i en kalendermåned (dokumentert, udokumentert, sykdom, permisjon) → trinn 1: ringe hjem, møte med foreldrene innen 5 skoledager').waitFor();
  await expectAccessible(page);
  // Nothing wider than the phone: the long preset names and sentences wrap.
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.getByLabel(g.presets.choose, { exact: true }).selectOption('loten');
  await page.getByRole('button', { name: g.presets.use }).click();
  await page.getByText(g.presets.used).waitFor();

  // Løten's second rule, more than 5 days a month, lowered to 4.
  const second = page.getByRole('group', { name: g.edit.rule.replace('{{number}}', '2'), exact: true });
  await expect.poll(() => second.getByLabel(g.edit.threshold).inputValue()).toBe('5');
  await second.getByLabel(g.edit.threshold).fill('4');
  await page.getByRole('button', { name: g.edit.save }).click();
  await page.getByText(/^Retningslinjen er lagret\. \d+ nye flagg\.$/).waitFor();

  const lowered = 'Mer enn 4 dager i en kalendermåned (dokumentert, udokumentert, sykdom, permisjon) → trinn 1: ringe hjem, møte med foreldrene innen 10 skoledager';
  await current.getByText(lowered).waitFor();
  await expectAccessible(page);
  await screenshots(page, 'attendance-guideline');

  // Saved: a fresh load shows Løten's rules with the lowered threshold.
  await page.reload();
  await expectPage(page, g.title);
  await page.getByRole('region', { name: g.current }).getByText(lowered).waitFor();
  expect(await page.getByRole('region', { name: g.current }).getByText('Mer enn 3 dager i en kalendermåned', { exact: false }).count()).toBe(0);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it("shows the municipality's leader the follow-up funnel of every school together, from the evaluation page, in English", async () => {
  const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'en-GB' });
  const { page, consoleErrors } = await newPage(context);
  await page.goto('/');
  await page.getByRole('navigation', { name: commonMessages.en.nav.label }).getByRole('link', { name: commonMessages.en.nav.evaluation }).click();
  await page.getByRole('link', { name: evaluationMessages.en.attendanceFunnel }).click();
  await expectPage(page, en.funnelPage.title);
  const funnel = page.getByRole('figure', { name: en.funnel.heading });
  await funnel.getByRole('img', { name: en.funnel.heading, exact: false }).waitFor();
  await funnel.getByText(commonMessages.en.chart.showTable).click();
  await funnel.getByRole('columnheader', { name: en.funnel.stage.flagged }).waitFor();
  await expectAccessible(page);
  await screenshots(page, 'attendance-funnel-municipality');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

it("records Norway's consultation with the network contact from a case whose stage asks for one, with the figures ticked", async () => {
  // No preset's stage asks for a consultation yet: Elvestad's Ringsaker guideline is given one.
  await setElvestadGuideline({ ...RINGSAKER, rules: RINGSAKER.rules.map((rule) => ({ ...rule, triggers: [...rule.triggers, { kind: 'consultation' as const }] })) });
  const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'nb-NO', viewport: { width: 390, height: 844 } });
  const { page, consoleErrors } = await newPage(context);
  const pupil = await unflaggedPupil(page);
  await openCaseAfterSixDaysAway(page, pupil);

  await page.getByRole('button', { name: nbCase.consultation.start }).click();
  await page.getByLabel(nbCase.consultation.figures).check();
  await page.getByLabel(nbCase.consultation.description).fill('Skolen ber om råd om hvordan eleven kan komme tilbake.');
  await page.getByLabel(nbCase.consultation.outcome).selectOption('referred_health_nurse');
  await expectAccessible(page);
  await page.getByRole('button', { name: nbCase.consultation.create }).click();

  // On to the consultation: anonymous, with the figures first and the leader's text after.
  await expectPage(page, /^Konsultasjon /);
  await page.getByText(nbCase.report.figuresIntro, { exact: false }).waitFor();
  await page.getByText('Skolen ber om råd om hvordan eleven kan komme tilbake.', { exact: false }).waitFor();
  expect(await page.getByText(pupil.name).count()).toBe(0);
  await expectAccessible(page);

  // Back on the case, the way to it.
  await page.goBack();
  await expectPage(page, nbCase.title);
  await page.getByRole('link', { name: nbCase.consultation.open }).waitFor();
  expect(consoleErrors).toEqual([]);
  await context.close();
});
