/**
 * From a consultation to a submitted concern report (issue 6), as an Elvestad teacher does it:
 * registers a guardian's consent on a child's page, records a consented consultation that ends
 * with "concern report recommended", sees the way to a report first thing, opens the carry-over
 * step with the keyboard, ticks the child, what was observed and the advice (not the follow-up),
 * completes the draft and sends it; intake sees the report. The carry-over step in all four
 * languages, axe on every page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childRecordSchema, registerSchema } from '../src/children/schema.ts';
import { myReportsSchema } from '../src/concern-reports/schema.ts';
import { concernMessages } from '../src/concern-reports/web/messages.ts';
import { consultationsMessages } from '../src/consultations/web/messages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import {
  expectPage,
  loggedInContext,
  newPage,
  registerConsent,
  rememberLanguage,
  screenshots,
  seriousAxeViolations,
  startTidlig,
  tabTo,
  waitForPage,
  type Tidlig,
} from './harness.ts';

const nb = concernMessages.nb;
const DESCRIPTION = 'Har kommet sulten og uten matpakke flere dager, og sovner i timene.';
const ADVICE = 'Kontaktlærer dokumenterer det hun ser; meld bekymring til barnevernet.';
const FOLLOW_UP = 'Samtale med helsesykepleier';

let tidlig: Tidlig;
let teacher: BrowserContext;
let unitId: string;
let child: { id: string; givenName: string; familyName: string; guardian: string };

beforeAll(async () => {
  tidlig = await startTidlig();
  teacher = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
  const session = sessionSchema.parse(await (await teacher.request.get('/api/session')).json());
  const membership = session.user?.memberships.find((m) => m.role === 'staff');
  if (!membership) throw new Error('the demo teacher has no unit');
  unitId = membership.unitId;
  const register = registerSchema.parse(await (await teacher.request.get(`/api/units/${unitId}/register`)).json());
  for (const entry of register.children.slice(0, 10)) {
    const record = childRecordSchema.parse(await (await teacher.request.get(`/api/children/${entry.id}`)).json());
    const guardian = record.guardians[0];
    if (!guardian) continue;
    child = { id: record.id, givenName: record.givenName, familyName: record.familyName, guardian: `${guardian.givenName} ${guardian.familyName}` };
    break;
  }
  if (!child) throw new Error("no child with a guardian in the teacher's unit");
});
afterAll(async () => {
  await teacher?.close();
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).first().fill(value);
}

/** Records a consultation at the teacher's unit that recommends a report; leaves the page on the saved screen. */
async function recordRecommended(page: Page, language: keyof typeof consultationsMessages, consented: boolean) {
  const texts = consultationsMessages[language];
  await page.goto(`/units/${unitId}/consultations/new`);
  expect(await waitForPage(page)).toBe(texts.form.title);
  if (consented) {
    await page.getByRole('radio', { name: texts.mode.consented, exact: true }).check();
    await page.getByLabel(texts.form.child).selectOption(child.id);
  }
  await page.getByLabel(texts.form.category).selectOption('neglect');
  await page.getByRole('textbox', { name: texts.form.description, exact: true }).fill(DESCRIPTION);
  await page.getByRole('textbox', { name: texts.form.advice, exact: true }).fill(ADVICE);
  if (consented) {
    await page.getByRole('textbox', { name: texts.form.followUpText, exact: true }).fill(FOLLOW_UP);
    await page.getByLabel(texts.form.owner).selectOption({ index: 1 });
    await page.getByLabel(texts.form.due, { exact: true }).fill('2026-12-15');
  }
  await page.getByLabel(texts.form.outcome).selectOption('concern_report_recommended');
  await page.getByRole('button', { name: texts.form.submit }).click();
  await expectPage(page, texts.form.saved.title);
}

describe('a teacher goes from a consultation to a submitted report', () => {
  it('registers consent, records a consultation recommending a report, and starts the report with the keyboard, carrying only what was ticked', async () => {
    const { page, consoleErrors } = await newPage(teacher);
    await page.goto(`/children/${child.id}`);
    await waitForPage(page);
    // The form starts empty: the guardian, what the consent covers and its dates are chosen as the guardian gave it.
    await registerConsent(page, { guardian: child.guardian, scopes: ['consultation'] });

    await recordRecommended(page, 'nb', true);
    const recommended = page.getByRole('heading', { name: nb.fromConsultation.recommendedTitle });
    await recommended.waitFor();
    await expectAccessible(page);

    await tabTo(page, { text: nb.fromConsultation.start }, 40);
    await page.keyboard.press('Enter');
    const step = page.getByRole('group', { name: nb.fromConsultation.legend });
    await step.waitFor();
    const boxes = step.getByRole('checkbox');
    expect(await boxes.count()).toBe(5);
    for (let i = 0; i < 5; i += 1) expect(await boxes.nth(i).isChecked()).toBe(false);
    await step.getByText(DESCRIPTION).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-consultation-carry-over');

    // Focus is on the first item, the child; then the category, what was observed, the advice.
    const name = `${child.givenName} ${child.familyName}`;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('child');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await step.getByRole('checkbox', { name: nb.fromConsultation.items.child.replace('{{name}}', name) }).isChecked()).toBe(true);
    expect(await step.getByRole('checkbox', { name: nb.fromConsultation.items.description }).isChecked()).toBe(true);
    expect(await step.getByRole('checkbox', { name: nb.fromConsultation.items.advice }).isChecked()).toBe(true);
    expect(await step.getByRole('checkbox', { name: nb.fromConsultation.items.followUps }).isChecked()).toBe(false);
    await tabTo(page, { text: nb.fromConsultation.create }, 10);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concern-reports\/drafts\//);
    await page.getByRole('heading', { name: nb.assistant.sections }).waitFor();

    expect(await page.getByLabel(nb.assistant.child.givenName, { exact: true }).inputValue()).toBe(child.givenName);
    expect(await page.getByLabel(nb.assistant.child.familyName, { exact: true }).inputValue()).toBe(child.familyName);
    expect(await page.getByLabel(nb.assistant.observations.what, { exact: true }).inputValue()).toBe(DESCRIPTION);
    const actions = await page.getByLabel(nb.assistant.actionsTaken, { exact: true }).inputValue();
    expect(actions).toContain(ADVICE);
    expect(actions).not.toContain(FOLLOW_UP);
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('completes the sections and sends the report, once on a double click', async () => {
    const { page, consoleErrors } = await newPage(teacher);
    await page.goto('/concern-reports');
    await waitForPage(page);
    const name = `${child.givenName} ${child.familyName}`;
    await page.getByRole('link', { name: nb.mine.continue.replace('{{child}}', name) }).click();
    await page.getByRole('heading', { name: nb.assistant.sections }).waitFor();
    await page.getByLabel(nb.assistant.acuteNo).check();
    await fill(page, nb.assistant.child.address, 'Prøvevegen 3');
    await page.getByRole('group', { name: nb.assistant.told.question.replace('{{who}}', nb.assistant.told.theChild) }).getByLabel(nb.assistant.told.no).check();
    await fill(page, nb.assistant.told.why, 'Barnet ba oss vente.');
    await fill(page, nb.assistant.guardians.name, 'Mor Prøvesen');
    const guardianTold = page.getByRole('group', { name: nb.assistant.told.question.replace('{{who}}', nb.assistant.guardians.guardian.replace('{{n}}', '1')) });
    await guardianTold.getByLabel(nb.assistant.told.yes).check();
    await fill(page, nb.assistant.observations.date, '2026-11-16');
    await fill(page, nb.assistant.duration, 'Siden høstferien, oftere de siste ukene.');
    await fill(page, nb.assistant.reporter.role, 'Kontaktlærer');
    await fill(page, nb.assistant.reporter.phone, '+47 900 00 000');
    await fill(page, nb.assistant.reporter.address, 'Skolevegen 1');
    await page.locator('.concern-save-state', { hasText: nb.assistant.saved.split(' ')[0]! }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.concern-save-state')?.textContent?.includes('…'));
    await page.getByRole('button', { name: nb.assistant.submit }).dblclick();
    await page.getByRole('heading', { name: nb.assistant.sentTitle }).waitFor();
    await expectAccessible(page);
    const mine = myReportsSchema.parse(await (await page.request.get('/api/concern-reports/mine')).json());
    expect(mine.reports.filter((r) => r.status === 'submitted' && r.childName === name)).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reaches intake, in the register', async () => {
    const intake = await loggedInContext(tidlig, 'intake_worker', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(intake);
    await page.goto('/concern-reports/intake');
    expect(await waitForPage(page)).toBe(nb.intake.title);
    const name = `${child.givenName} ${child.familyName}`;
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    expect(await row.textContent()).not.toContain(nb.intake.notInRegister);
    await expectAccessible(page);
    await intake.close();
  });
});

describe('the carry-over step in every language', () => {
  it.each(uiLanguages)('speaks %s, and offers no child from an anonymous consultation', async (language) => {
    const texts = concernMessages[language].fromConsultation;
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad');
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);
    await recordRecommended(page, language, false);
    await page.getByRole('heading', { name: texts.recommendedTitle }).waitFor();
    await page.getByRole('button', { name: texts.start }).click();
    const step = page.getByRole('group', { name: texts.legend });
    await step.waitFor();
    expect(await step.getByRole('checkbox').count()).toBe(3);
    await page.getByText(texts.noChild).waitFor();
    await expectAccessible(page);
    await screenshots(page, `${language}-consultation-carry-over-anonymous`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
