/**
 * Concern reports beyond the first round: the acute advice always has a number (Vesterhav in
 * Denmark gets the national ones, Elvestad the on-call number its administrator sets); a Danish
 * 24-hour urgency deadline shows its time; a writer deletes a draft; intake concludes an
 * investigation and the Norwegian second feedback shows its clock. Axe on every page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../src/concern-reports/factories.ts';
import { draftSchema, myReportsSchema } from '../src/concern-reports/schema.ts';
import { concernMessages } from '../src/concern-reports/web/messages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { loggedInContext, newPage, screenshots, seriousAxeViolations, startTidlig, waitForPage, type Tidlig } from './harness.ts';

const nb = concernMessages.nb;
const da = concernMessages.da;
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

/** Writes and sends a complete report through the API, as the assistant would; returns when it was received. */
async function sendReport(context: BrowserContext, change: Parameters<typeof buildContent>[0]): Promise<Date> {
  const { csrfToken } = sessionSchema.parse(await (await context.request.get('/api/session')).json());
  const headers = { 'x-csrf-token': csrfToken };
  const created = draftSchema.parse(
    await (await context.request.post('/api/concern-reports/drafts', { headers, data: { idempotencyKey: crypto.randomUUID(), content: buildContent(change) } })).json(),
  );
  const sent = await context.request.post(`/api/concern-reports/drafts/${created.id}/submit`, {
    headers,
    data: { version: created.version, idempotencyKey: crypto.randomUUID(), locale: 'da' },
  });
  expect(sent.status()).toBe(201);
  const mine = myReportsSchema.parse(await (await context.request.get('/api/concern-reports/mine')).json());
  return new Date(mine.reports.find((r) => r.id === created.id)!.receivedAt!);
}

async function acuteAdvice(page: Page, texts: typeof nb): Promise<string> {
  await page.goto('/concern-reports/new');
  await page.getByRole('heading', { name: texts.assistant.whether }).waitFor();
  await page.getByLabel(texts.assistant.acuteYes).check();
  await page.getByRole('heading', { name: texts.assistant.acuteTitle }).waitFor();
  return (await page.locator('.concern-guidance').textContent()) ?? '';
}

describe('Vesterhav (Denmark)', () => {
  it('gives the national numbers, and shows the time of the 24-hour urgency deadline', async () => {
    const teacher = await loggedInContext(tidlig, 'staff', 'Vesterhav', { locale: 'da-DK' });
    const { page } = await newPage(teacher);
    const advice = await acuteAdvice(page, da);
    expect(advice).toContain(`${da.law.numbers.policeDk}: 114`);
    expect(advice).toContain(`${da.law.numbers.emergency}: 112`);
    await expectAccessible(page);
    await screenshots(page, 'da-concern-acute');

    const receivedAt = await sendReport(teacher, (c) => {
      c.child.nationalId = '0101161234';
      c.child.givenName = 'Ida';
      c.child.familyName = 'Prøvesen';
    });
    await teacher.close();

    const intake = await loggedInContext(tidlig, 'intake_worker', 'Vesterhav', { locale: 'da-DK' });
    const { page: queue } = await newPage(intake);
    await queue.goto('/concern-reports/intake');
    expect(await waitForPage(queue)).toBe(da.intake.title);
    // 24 hours after receipt, to the minute, on the service's clock in the browser's words.
    const due = new Date(receivedAt.getTime() + 24 * 3_600_000);
    const shown = await queue.evaluate(
      (iso) => new Intl.DateTimeFormat('da', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(new Date(iso)),
      due.toISOString(),
    );
    const row = queue.getByRole('row', { name: /Ida Prøvesen/ });
    expect(await row.textContent()).toContain(`${da.deadline.kind.urgency_assessment} senest ${shown}`);
    expect(shown).toMatch(/\d{2}[.:]\d{2}/);
    await expectAccessible(queue);
    await screenshots(queue, 'da-concern-intake');
    await intake.close();
  });
});

describe('Elvestad (Norway)', () => {
  it("gives the on-call number the administrator set on the municipality's page", async () => {
    const admin = await loggedInContext(tidlig, 'administrator', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(admin);
    await page.goto('/concern-reports/service-numbers');
    expect(await waitForPage(page)).toBe(nb.serviceNumbers.title);
    await expectAccessible(page);
    await page.getByLabel(nb.serviceNumbers.onCall).fill('tre en to');
    await page.getByRole('button', { name: nb.serviceNumbers.save }).click();
    await page.getByText(nb.serviceNumbers.invalid).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('tel');
    await page.getByLabel(nb.serviceNumbers.onCall).fill('+47 22 11 11 11');
    await page.getByRole('button', { name: nb.serviceNumbers.save }).click();
    await page.getByText(nb.serviceNumbers.saved).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-concern-service-numbers');
    await admin.close();

    const teacher = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page: form } = await newPage(teacher);
    const advice = await acuteAdvice(form, nb);
    expect(advice).toContain('+47 22 11 11 11');
    expect(advice).not.toContain('116 111');
    await teacher.close();
  });

  it('lets the writer delete a draft, and leaves none for a form only opened', async () => {
    const teacher = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(teacher);
    const listed = async () => myReportsSchema.parse(await (await page.request.get('/api/concern-reports/mine')).json()).reports.map((r) => r.id);
    const before = await listed();
    await page.goto('/concern-reports');
    await waitForPage(page);
    await page.getByRole('link', { name: nb.mine.start }).click();
    await page.getByRole('heading', { name: nb.assistant.sections }).waitFor();
    expect(await listed()).toEqual(before);
    await page.goto('/concern-reports');
    await waitForPage(page);

    await page.getByRole('link', { name: nb.mine.start }).click();
    await page.getByLabel(nb.assistant.child.givenName, { exact: true }).fill('Tor');
    await page.getByLabel(nb.assistant.child.familyName, { exact: true }).fill('Slettesen');
    await page.waitForURL(/\/concern-reports\/drafts\//);
    await page.locator('.concern-save-state', { hasText: nb.assistant.saved.split(' ')[0]! }).waitFor();
    await page.goto('/concern-reports');
    await waitForPage(page);
    await page.getByRole('button', { name: nb.mine.delete.replace('{{child}}', 'Tor Slettesen') }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: nb.mine.deleteYes }).click();
    await page.getByText(nb.mine.deleted.replace('{{child}}', 'Tor Slettesen')).waitFor();
    expect(await page.getByRole('link', { name: nb.mine.continue.replace('{{child}}', 'Tor Slettesen') }).count()).toBe(0);
    expect(await listed()).toEqual(before);
    await expectAccessible(page);
    await teacher.close();
  });

  it('concludes an investigation, and shows the second feedback clock and the outcome to the reporter', async () => {
    const teacher = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    await sendReport(teacher, (c) => {
      c.child.nationalId = '';
      c.child.givenName = 'Kai';
      c.child.familyName = 'Avslutningsen';
    });
    const intake = await loggedInContext(tidlig, 'intake_worker', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(intake);
    await page.goto('/concern-reports/intake');
    await waitForPage(page);
    await page.getByRole('link', { name: nb.intake.open.replace('{{child}}', 'Kai Avslutningsen') }).click();
    await page.getByRole('heading', { name: nb.detail.title.replace('{{child}}', 'Kai Avslutningsen') }).waitFor();
    await page.getByLabel(nb.decision.kind.investigation_opened).check();
    await page.getByLabel(nb.detail.reason, { exact: true }).fill('Alvorlig bekymring.');
    await page.getByRole('button', { name: nb.detail.record }).click();
    await page.getByRole('heading', { name: nb.detail.conclude }).waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv', { timeZone: 'Europe/Oslo' }));
    await page.getByLabel(nb.conclusion.kind.followed_up).check();
    await page.getByLabel(nb.detail.concludedOn).fill(today);
    await page.getByRole('button', { name: nb.detail.concludeRecord }).click();
    await page.getByText(nb.deadline.kind.second_feedback).first().waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-concern-concluded');
    await intake.close();

    const { page: mine } = await newPage(teacher);
    await mine.goto('/concern-reports');
    await waitForPage(mine);
    await mine.getByText(nb.mine.concluded_followed_up).waitFor();
    await teacher.close();
  });
});
