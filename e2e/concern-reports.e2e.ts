/**
 * Concern reports, as the people who use them: an Elvestad teacher starts a report with the
 * keyboard and finds it open at the top, with the two guidance questions and no errors; is
 * told whom to call when it is acute (a number always); writes part of it, the check following
 * as they type, closes the tab and finds the draft kept; the check points at the missing
 * section, the teacher fills it in and sends with a double click (one report), focus on the
 * confirmation. The intake worker sees the whole report with the child's record one click away
 * and the right review deadline, and decides; the teacher sees the feedback. The assistant in
 * all four languages, axe on every page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlinesOf } from '../src/concern-reports/domain/deadlines.ts';
import { myReportsSchema } from '../src/concern-reports/schema.ts';
import { registerSchema } from '../src/children/schema.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { concernMessages } from '../src/concern-reports/web/messages.ts';
import { loggedInContext, newPage, rememberLanguage, screenshots, seriousAxeViolations, startTidlig, tabTo, waitForPage, type Tidlig } from './harness.ts';

const nb = concernMessages.nb;
let tidlig: Tidlig;

beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

async function fill(page: Page, label: string, value: string, index = 0) {
  await page.getByLabel(label, { exact: true }).nth(index).fill(value);
}

async function waitUntilSaved(page: Page) {
  await page.locator('.concern-save-state', { hasText: nb.assistant.saved.split(' ')[0]! }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.concern-save-state')?.textContent?.includes('…'));
}

/** The words of the check's link about a field, as the page shows them. */
const checkItem = (kind: 'missing' | 'vague', field: string) => nb.assistant.check[kind].replace('{{field}}', field);
const whatHappened = `${nb.assistant.observations.observation.replace('{{n}}', '1')}: ${nb.assistant.observations.what}`;

describe('a concern report from a teacher to intake', () => {
  let teacher: BrowserContext;
  let registerChild: { id: string; name: string };

  it('opens at the top without errors, gives the acute numbers, follows what is typed, and keeps the draft', async () => {
    teacher = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(teacher);
    const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
    const register = registerSchema.parse(await (await page.request.get(`/api/units/${session.user!.currentUnit!.id}/register`)).json());
    const first = register.children[0]!;
    registerChild = { id: first.id, name: `${first.givenName} ${first.familyName}` };
    const { nationalId } = (await (await page.request.get(`/api/children/${first.id}`)).json()) as { nationalId: string };

    const reportsBefore = myReportsSchema.parse(await (await page.request.get('/api/concern-reports/mine')).json()).reports;
    // The seeded demo has sent reports for this teacher, but no draft.
    expect(reportsBefore.filter((r) => r.status === 'draft')).toEqual([]);

    await page.goto('/concern-reports');
    expect(await waitForPage(page)).toBe(nb.mine.title);
    await expectAccessible(page);
    await tabTo(page, { text: nb.mine.start }, 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concern-reports\/new$/);
    await page.getByRole('heading', { name: nb.assistant.sections }).waitFor();
    // At the top: both guidance questions in view, and not one error before the writer tries to send.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.getByRole('heading', { name: nb.assistant.whether }).isVisible()).toBe(true);
    const acuteQuestion = page.getByRole('group', { name: nb.assistant.acuteQuestion });
    expect(await acuteQuestion.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await page.locator('.concern-check__errors, ds-error-summary').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.concern-check') ?? null)).toBeNull();
    await screenshots(page, 'nb-concern-new');
    // Opening the form stored nothing: the teacher's reports are just what they were.
    expect(myReportsSchema.parse(await (await page.request.get('/api/concern-reports/mine')).json()).reports).toEqual(reportsBefore);

    await page.getByLabel(nb.assistant.acuteYes).check();
    await page.getByRole('heading', { name: nb.assistant.acuteTitle }).waitFor();
    const advice = (await page.locator('.concern-guidance').textContent()) ?? '';
    expect(advice).toMatch(/\+47 \d{4} 0000/);
    // Elvestad has no on-call service of its own: the national numbers stand in.
    expect(advice).toContain(`${nb.law.numbers.alarmtelefonen}: 116 111`);
    expect(advice).toContain(`${nb.law.numbers.police}: 112`);
    await expectAccessible(page);
    await page.getByLabel(nb.assistant.acuteNo).check();

    // The list follows what is typed, and says which items block sending.
    const blocks = page.locator('.concern-check__blocks');
    await blocks.getByRole('link', { name: checkItem('missing', whatHappened) }).waitFor();
    await fill(page, nb.assistant.observations.what, 'Eleven kom med blåmerker på armene og ville ikke ta av seg jakken i gymtimen.');
    // Gone at once, before any save could answer (the first save waits for a pause in typing).
    await page.getByRole('link', { name: checkItem('missing', whatHappened) }).waitFor({ state: 'detached', timeout: 400 });
    expect(await blocks.getByRole('link', { name: checkItem('missing', nb.assistant.duration) }).count()).toBe(1);
    await page.waitForURL(/\/concern-reports\/drafts\//);

    await fill(page, nb.assistant.child.givenName, 'Sol');
    await fill(page, nb.assistant.child.familyName, 'Prøvesen');
    await fill(page, nb.assistant.child.nationalId, nationalId);
    await fill(page, nb.assistant.child.address, 'Prøvevegen 3');
    await page.getByRole('group', { name: nb.assistant.told.question.replace('{{who}}', nb.assistant.told.theChild) }).getByLabel(nb.assistant.told.no).check();
    await fill(page, nb.assistant.told.why, 'Barnet ba oss vente.');
    await fill(page, nb.assistant.guardians.name, 'Mor Prøvesen');
    const guardianTold = page.getByRole('group', { name: nb.assistant.told.question.replace('{{who}}', nb.assistant.guardians.guardian.replace('{{n}}', '1')) });
    await guardianTold.getByLabel(nb.assistant.told.yes).check();
    await fill(page, nb.assistant.observations.date, '2026-11-16');
    await fill(page, nb.assistant.observations.childsWords, 'Pappa blir så sint.');
    await fill(page, nb.assistant.duration, 'Siden skolestart, oftere de siste ukene.');
    await fill(page, nb.assistant.reporter.role, 'Kontaktlærer');
    await fill(page, nb.assistant.reporter.phone, '+47 900 00 000');
    await fill(page, nb.assistant.reporter.address, 'Skolevegen 1');
    await waitUntilSaved(page);
    await page.close();

    const reopened = await newPage(teacher);
    await reopened.page.goto('/concern-reports');
    await waitForPage(reopened.page);
    await reopened.page.getByRole('link', { name: nb.mine.continue.replace('{{child}}', 'Sol Prøvesen') }).click();
    await reopened.page.getByRole('heading', { name: nb.assistant.sections }).waitFor();
    expect(await reopened.page.getByLabel(nb.assistant.child.givenName, { exact: true }).inputValue()).toBe('Sol');
    expect(await reopened.page.getByLabel(nb.assistant.duration, { exact: true }).inputValue()).toBe('Siden skolestart, oftere de siste ukene.');
    expect(consoleErrors).toEqual([]);
    await reopened.page.close();
  });

  it('points at the missing section, and sends once on a double click', async () => {
    const { page } = await newPage(teacher);
    await page.goto('/concern-reports');
    await waitForPage(page);
    await page.getByRole('link', { name: nb.mine.continue.replace('{{child}}', 'Sol Prøvesen') }).click();
    // Trying to send an incomplete report shows the errors, with focus on the first.
    await page.getByRole('button', { name: nb.assistant.submit }).click();
    const missing = page.locator('.concern-check__errors').getByRole('link', { name: checkItem('missing', nb.assistant.actionsTaken) });
    await missing.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(checkItem('missing', nb.assistant.actionsTaken));
    await missing.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('concern-actionsTaken');
    await expectAccessible(page);
    await screenshots(page, 'nb-concern-assistant');
    await page.keyboard.type('Samtale med eleven og helsesykepleier; drøftet anonymt med barnevernet.');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: nb.assistant.submit }).dblclick();
    await page.getByRole('heading', { name: nb.assistant.sentTitle }).waitFor();
    // Focus moves to the confirmation, not to <body>.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(nb.assistant.sentTitle);
    await expectAccessible(page);

    const mine = myReportsSchema.parse(await (await page.request.get('/api/concern-reports/mine')).json());
    // The demo teacher has five reports sent when the demo was seeded; the double click adds one, not two.
    expect(mine.reports.filter((r) => r.status === 'submitted')).toHaveLength(6);
    await page.close();
  });

  it('reaches intake with the review deadline one week on, is decided, and the teacher sees the feedback', async () => {
    const intake = await loggedInContext(tidlig, 'intake_worker', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(intake);
    await page.goto('/concern-reports/intake');
    expect(await waitForPage(page)).toBe(nb.intake.title);
    const mine = myReportsSchema.parse(await (await (await newPage(teacher)).page.request.get('/api/concern-reports/mine')).json());
    const receivedAt = new Date(mine.reports.find((r) => r.status === 'submitted')!.receivedAt!);
    const [review] = deadlinesOf('NO', receivedAt, { investigating: false, extended: false });
    const dueDate = new Intl.DateTimeFormat('nb', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${review!.dueDate}T00:00:00Z`));
    const row = page.getByRole('row', { name: /Sol Prøvesen/ });
    expect(await row.textContent()).toContain(`${nb.deadline.kind.review} innen ${dueDate}`);
    await expectAccessible(page);
    await screenshots(page, 'nb-concern-intake');

    await row.getByRole('link', { name: nb.intake.open.replace('{{child}}', 'Sol Prøvesen') }).click();
    await page.getByRole('heading', { name: nb.detail.title.replace('{{child}}', 'Sol Prøvesen') }).waitFor();
    // The whole report: the child's identity number, address and why they were not told; the reporter's role and contact.
    const detail = (await page.locator('main').textContent()) ?? '';
    const { nationalId } = (await (await page.request.get(`/api/children/${registerChild.id}`)).json()) as { nationalId: string };
    for (const fact of [nationalId, 'Prøvevegen 3', nb.detail.childNotTold.replace('{{reason}}', 'Barnet ba oss vente.'), 'Kontaktlærer', '+47 900 00 000', '@']) {
      expect(detail).toContain(fact);
    }
    expect(detail).not.toMatch(/Mor Prøvesen \./);
    await expectAccessible(page);
    await screenshots(page, 'nb-concern-received');
    await page.getByLabel(nb.decision.kind.investigation_opened).check();
    await fill(page, nb.detail.reason, 'Alvorlig bekymring for vold i hjemmet.');
    await page.getByRole('button', { name: nb.detail.record }).click();
    await page.getByText(nb.decision.kind.investigation_opened + ',').waitFor();
    // The child's record, one click away, through the children page (which asks the policy and audits).
    await page.getByRole('link', { name: nb.detail.childRecord }).click();
    await page.waitForURL(new RegExp(`/children/${registerChild.id}$`));
    // The children pages are loaded on first use: the report stays a moment before the record replaces it.
    await page.locator('main h1', { hasText: nb.detail.title.replace('{{child}}', 'Sol Prøvesen') }).waitFor({ state: 'detached' });
    expect(await waitForPage(page)).toContain(registerChild.name.split(' ')[0]);
    await intake.close();

    const { page: minepage } = await newPage(teacher);
    await minepage.goto('/concern-reports');
    await waitForPage(minepage);
    // The seeded demo has one report with an investigation opened already; this decision makes two.
    await minepage.getByText(nb.mine.investigationOpened).nth(1).waitFor();
    const [download] = await Promise.all([
      minepage.waitForEvent('download'),
      minepage.getByRole('link', { name: nb.mine.pdf.replace('{{child}}', 'Sol Prøvesen') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('concern-report.pdf');
    expect(await minepage.locator('main').textContent()).not.toContain('vold');
    await expectAccessible(minepage);
  });
});

describe('the assistant in every language', () => {
  it.each(['nn', 'da', 'en'] as const)('speaks %s', async (language) => {
    const texts = concernMessages[language];
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad');
    await rememberLanguage(context, language);
    const { page } = await newPage(context);
    await page.goto('/concern-reports');
    expect(await waitForPage(page)).toBe(texts.mine.title);
    await page.getByRole('link', { name: texts.mine.start }).click();
    await page.getByRole('heading', { name: texts.assistant.whether }).waitFor();
    await page.getByRole('heading', { name: texts.assistant.check.title }).waitFor();
    expect(await waitForPage(page)).toBe(texts.assistant.newTitle);
    await expectAccessible(page);
    await screenshots(page, `${language}-concern-assistant`);
    await context.close();
  });
});
