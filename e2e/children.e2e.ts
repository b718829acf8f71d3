/**
 * The children pages and the leader's oversight, as the people who use them: a teacher opens
 * a child from their unit's register; the on-call worker of the Fjordøy and Sundvik
 * cooperation finds a Fjordøy child by identity number and, the record being outside their
 * roles, breaks the glass with a reason — with the keyboard only; Fjordøy's leader then
 * reviews that emergency access and finds it in the child's access report. The tests run in
 * this order and build on each other: the leader reviews what the on-call worker did.
 */
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childRecordSchema, registerSchema } from '../src/children/schema.ts';
import { childrenMessages } from '../src/children/web/messages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { municipalityDetailSchema, municipalityListSchema, type UnitSummary } from '../src/organisation/schema.ts';
import { oversightMessages } from '../src/oversight/web/messages.ts';
import {
  demoLoginButton,
  demoPerson,
  expectPage,
  fullName,
  loggedInContext,
  newContext,
  newPage,
  rememberLanguage,
  screenshots,
  seriousAxeViolations,
  startTidlig,
  tabTo,
  waitForLogin,
  waitForPage,
  type Tidlig,
} from './harness.ts';

const nb = { children: childrenMessages.nb, common: commonMessages.nb, oversight: oversightMessages.nb };
const en = { children: childrenMessages.en, common: commonMessages.en, oversight: oversightMessages.en };
const REASON = 'Politiet ringte kl. 02: barnet er alene hjemme og trenger et sted å sove i natt.';

let tidlig: Tidlig;
beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

interface FoundChild {
  id: string;
  name: string;
  nationalId: string;
  unitId: string;
}

/** The schools of the one municipality the caller's roles reach, by the API. */
async function schoolsOf(request: APIRequestContext): Promise<UnitSummary[]> {
  const { municipalities } = municipalityListSchema.parse(await (await request.get('/api/organisation/municipalities')).json());
  const municipality = municipalities[0];
  if (!municipality) throw new Error('no municipality in reach');
  const detail = municipalityDetailSchema.parse(
    await (await request.get(`/api/organisation/municipalities/${municipality.id}`)).json(),
  );
  return [...detail.districts.flatMap((district) => district.units), ...detail.sharedUnits].filter((unit) => unit.kind === 'school');
}

/** A child at a Fjordøy school, with the identity number, as Fjordøy's leader reads it. */
async function fjordoyChild(index: number): Promise<FoundChild> {
  const context = await loggedInContext(tidlig, 'leader', 'Fjordøy');
  const [school] = await schoolsOf(context.request);
  if (!school) throw new Error('Fjordøy has no school');
  const { children } = registerSchema.parse(await (await context.request.get(`/api/units/${school.id}/register`)).json());
  const child = children[index];
  if (!child) throw new Error('the school has too few children');
  const record = childRecordSchema.parse(await (await context.request.get(`/api/children/${child.id}`)).json());
  await context.close();
  return { id: record.id, name: fullName(record), nationalId: record.nationalId, unitId: school.id };
}

const focused = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', className: document.activeElement?.className ?? '' }));

let emergencyChild: FoundChild | undefined;

describe('a teacher', () => {
  it('opens a child from the register of their unit, and sees only a note at another school', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
    const unit = session.user?.currentUnit;
    if (!unit) throw new Error('the teacher has no unit');

    await page.goto(`/units/${unit.id}`);
    expect(await waitForPage(page)).toBe(unit.name);
    const register = page.getByRole('region', { name: nb.children.register.heading });
    await register.locator('table').waitFor();
    const total = await register.locator('tbody tr').count();
    expect(total).toBeGreaterThan(10);
    const name = (await register.locator('tbody a').nth(3).textContent()) ?? '';

    // The filter narrows the long list and says how far, politely.
    await register.getByLabel(nb.children.register.filter.label).fill(name);
    await register.getByRole('status').filter({ hasText: new RegExp(`av ${total} barn`) }).waitFor();
    expect(await register.locator('tbody a').allTextContents()).toContain(name);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-unit-register');

    await register.getByRole('link', { name, exact: true }).first().click();
    await expectPage(page, name);
    const facts = page.locator('main .facts');
    expect(await facts.locator('dd').first().textContent()).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    await page.getByText(nb.children.record.synthetic).waitFor();
    await page.getByRole('heading', { level: 2, name: nb.children.record.guardians.heading }).waitFor();
    expect(await page.locator('main .guardian-list li').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: nb.children.record.contact.heading }).waitFor();
    // Not opened in an emergency, and a teacher has no access report to look at.
    expect(await page.locator('.emergency-notice').count()).toBe(0);
    expect(await page.getByRole('heading', { name: nb.children.record.accessReport.heading }).count()).toBe(0);
    expect(await page.title()).toBe(`${name} – Tidlig`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-child');

    // Another school in the same municipality: its register is not the teacher's to read.
    const other = (await schoolsOf(page.request)).find((school) => school.id !== unit.id);
    if (!other) throw new Error('Elvestad has one school only');
    await page.goto(`/units/${other.id}`);
    expect(await waitForPage(page)).toBe(other.name);
    const otherRegister = page.getByRole('region', { name: nb.children.register.heading });
    await otherRegister.getByText(nb.children.register.outOfScope).waitFor();
    expect(await otherRegister.locator('.ds-alert, table').count()).toBe(0);
    expect(consoleErrors.filter((error) => !error.includes('404'))).toEqual([]);
    await context.close();
  });
});

describe('a teacher finding a child by number', () => {
  it('is told a mistyped number is not valid, and hears nothing of emergency access', async () => {
    const outside = await fjordoyChild(4);
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/children/find');
    expect(await waitForPage(page)).toBe(nb.children.find.title);
    const field = page.getByLabel(nb.children.find.label);

    // A changed last digit breaks the mod-11 check: the number cannot be anyone's.
    const lastDigit = Number(outside.nationalId.slice(-1));
    await field.fill(`${outside.nationalId.slice(0, -1)}${(lastDigit + 1) % 10}`);
    await page.getByRole('button', { name: nb.children.find.submit }).click();
    await page.getByText('Dette er ikke et gyldig identitetsnummer. Sjekk sifrene.').waitFor();

    // A real number outside the teacher's unit: not found, and no word of the glass to break.
    await field.fill(outside.nationalId);
    await page.getByRole('button', { name: nb.children.find.submit }).click();
    await page.getByText('Fant ikke noe barn med dette nummeret som du har tilgang til.').waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/nødtilgang/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-find-child-teacher');
    expect(consoleErrors.filter((error) => !error.includes('404'))).toEqual([]);
    await context.close();
  });
});

describe('the on-call worker', () => {
  it('finds a child by identity number and breaks the glass with a reason, with the keyboard only', async () => {
    const child = await fjordoyChild(2);
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    const worker = await demoPerson(page, 'on_call_worker', 'Fjordøy');
    expect(worker.unitName).toBe('Barnevernsvakta Fjordøy og Sundvik');

    // Log in: Tab to the person's button and press Enter.
    await page.goto('/login');
    await waitForPage(page);
    await tabTo(page, { text: (await demoLoginButton(page, worker).textContent()) ?? '' }, 40);
    await page.keyboard.press('Enter');
    await waitForLogin(page, worker);
    // The start page, with the focus on its content.
    await expectPage(page, nb.common.startPage.title);

    // Back up from the content to the menu, and follow "Find a child".
    await tabTo(page, `a[href="/children/find"]`, 15, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectPage(page, nb.children.find.title);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-find-child');
    await tabTo(page, 'main input');
    await page.keyboard.type(child.nationalId);
    await page.keyboard.press('Enter');

    // The record is outside the worker's roles: the page offers emergency access.
    await page.waitForURL((url) => url.pathname === `/children/${child.id}`);
    await expectPage(page, nb.children.emergency.title);
    // The number is in no address and no history entry, only the child's id is.
    expect(page.url()).not.toContain(child.nationalId);
    expect(await page.evaluate(() => JSON.stringify(window.history.state))).not.toContain(child.nationalId);
    await page.getByText(nb.children.emergency.warning).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-emergency-form');

    // Too short a reason: a translated message, and focus back in the field.
    await tabTo(page, 'main textarea');
    await page.keyboard.type('Ringte');
    await tabTo(page, 'main button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByText(nb.children.emergency.tooShort.replace('{{min}}', '10')).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'TEXTAREA' });
    expect(await page.getAttribute('main textarea', 'aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-emergency-form-invalid');

    // A real reason opens the record, with a warning that takes focus.
    await page.keyboard.press('Control+A');
    await page.keyboard.type(REASON);
    await tabTo(page, 'main button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.emergency-notice, main .page-error').first().waitFor();
    // The grant is given by now either way; the leader's test reviews it.
    emergencyChild = child;
    expect(
      await page.locator('.emergency-notice').count(),
      'the record did not open after the grant: GET /api/children/:id must let holders of emergency.open through (route-access.ts)',
    ).toBe(1);
    await expectPage(page, child.name);
    expect(await page.locator('.emergency-notice h2').textContent()).toBe(nb.children.record.emergency.title);
    await expect.poll(() => focused(page)).toMatchObject({ className: expect.stringContaining('emergency-notice') });
    expect(await page.locator('.emergency-notice').textContent()).toMatch(/Tilgangen varer til .+\. En leder går gjennom den senest .+\./);
    await page.getByText(nb.children.record.synthetic).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-child-emergency');
    expect(consoleErrors.filter((error) => !error.includes('404') && !error.includes('403'))).toEqual([]);
    await context.close();
  });
});

describe("Fjordøy's leader", () => {
  it('reviews the emergency access, and finds it in the access report of the child', async () => {
    const child = emergencyChild;
    if (!child) throw new Error('the on-call test must run first and break the glass');
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    const worker = await demoPerson(page, 'on_call_worker', 'Fjordøy');
    await page.goto('/');
    await waitForPage(page);
    await page.getByRole('navigation', { name: nb.common.nav.label }).getByRole('link', { name: nb.common.nav.emergencyReview }).click();
    await expectPage(page, nb.oversight.review.title);

    const waitingHeading = page.getByRole('heading', { level: 2, name: /^Venter på gjennomgang/ });
    // The seeded demo's own emergency access due today, and the one just opened.
    expect(await waitingHeading.textContent()).toBe('Venter på gjennomgang (2)');
    // The worker's accesses: the seeded demo's two (one reviewed already) and the one just opened, found by its reason.
    expect(await page.getByRole('article', { name: new RegExp(fullName(worker)) }).count()).toBe(3);
    const item = page.getByRole('article', { name: new RegExp(fullName(worker)) }).filter({ hasText: REASON });
    expect(await item.locator('h3').textContent()).toBe(
      `${fullName(worker)}, ${nb.common.role.on_call_worker} ved ${worker.unitName}`,
    );
    await item.getByText(REASON).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-review');

    await item.getByLabel(nb.oversight.review.form.note).fill('Snakket med vakta. Riktig bruk.');
    await item.getByRole('button', { name: nb.oversight.review.form.submit }).click();
    await page.getByRole('status').getByText(nb.oversight.review.form.done.replace('{{name}}', fullName(worker))).waitFor();
    // The seeded one due today is still waiting.
    expect(await waitingHeading.textContent()).toBe('Venter på gjennomgang (1)');
    const reviewedItem = page.getByRole('article', { name: new RegExp(fullName(worker)) }).filter({ hasText: REASON });
    await reviewedItem.getByText('Snakket med vakta. Riktig bruk.').waitFor();
    await page.reload();
    await waitForPage(page);
    expect(await waitingHeading.textContent()).toBe('Venter på gjennomgang (1)');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // From the review to who has accessed the child's record.
    await reviewedItem.getByRole('link', { name: nb.oversight.review.item.accessReport }).click();
    await expectPage(page, nb.oversight.report.title);
    const rows = page.locator('main .access-report tbody tr');
    const byWorker = rows.filter({ hasText: fullName(worker) });
    const breakGlass = byWorker.filter({ hasText: nb.oversight.report.action.break_glass });
    expect(await breakGlass.count()).toBe(1);
    expect(await breakGlass.textContent()).toContain(REASON);
    expect(await breakGlass.locator('td').last().textContent()).toBe(nb.oversight.report.yes);
    // …and the read it opened, flagged as emergency access.
    const emergencyRead = byWorker.filter({ hasText: nb.oversight.report.action.read }).filter({ has: page.locator('td:last-child .ds-tag') });
    expect(await emergencyRead.count(), 'the on-call worker’s emergency read of the record').toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-access-report');

    // The CSV is a plain link, headed in the page's language; the session cookie goes along.
    const href = (await page.getByRole('link', { name: nb.oversight.report.download }).getAttribute('href')) ?? '';
    expect(href).toBe(`/api/oversight/access-report/children/${child.id}/csv?lang=nb`);
    const csv = await page.request.get(href);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).split(/\r?\n/);
    expect(lines[0]).toContain('Tidspunkt');
    // In the screen's words, codes written out: the role and the action as the table names them.
    const role = nb.common.role.on_call_worker;
    const breaksGlass = nb.oversight.report.action.break_glass;
    expect(lines.filter((line) => line.includes(`${fullName(worker)};${role};`) && line.includes(`;${breaksGlass};`))).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/;(on_call_worker|break_glass);/);

    // The child's page leads a leader to the same report.
    await page.goto(`/children/${child.id}`);
    expect(await waitForPage(page)).toBe(child.name);
    await page.getByRole('link', { name: nb.children.record.accessReport.link.replace('{{name}}', child.name) }).click();
    await expectPage(page, nb.oversight.report.title);
    expect(new URL(page.url()).pathname).toBe(`/children/${child.id}/access-report`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('in English', () => {
  it('shows the new pages translated and accessible, at desktop and phone widths', async () => {
    const child = emergencyChild ?? (await fjordoyChild(2));
    const leader = await loggedInContext(tidlig, 'leader', 'Fjordøy');
    await rememberLanguage(leader, 'en');
    const { page, consoleErrors } = await newPage(leader);
    const pages: [string, string, string][] = [
      ['unit-register', `/units/${child.unitId}`, en.children.register.heading],
      ['child', `/children/${child.id}`, en.children.record.accessReport.heading],
      ['access-report', `/children/${child.id}/access-report`, en.oversight.report.download],
      ['review', '/oversight/emergency-access', en.oversight.review.reviewed.replace(' ({{count, number}})', '')],
    ];
    for (const [name, address, text] of pages) {
      await page.goto(address);
      await waitForPage(page);
      await page.getByText(text).first().waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshots(page, `en-${name}`);
    }
    expect(consoleErrors).toEqual([]);
    await leader.close();

    const onCall = await loggedInContext(tidlig, 'on_call_worker', 'Fjordøy');
    await rememberLanguage(onCall, 'en');
    const { page: worker } = await newPage(onCall);
    await worker.goto('/children/find');
    expect(await waitForPage(worker)).toBe(en.children.find.title);
    await worker.getByRole('button', { name: en.children.find.submit }).click();
    await worker.getByText(en.children.find.tooShort.replace('{{min}}', '6')).waitFor();
    expect(await seriousAxeViolations(worker)).toEqual([]);
    await screenshots(worker, 'en-find-child-invalid');
    const other = await fjordoyChild(5);
    await worker.goto(`/children/${other.id}`);
    expect(await waitForPage(worker)).toBe(en.children.emergency.title);
    expect(await seriousAxeViolations(worker)).toEqual([]);
    await screenshots(worker, 'en-emergency-form');
    await onCall.close();
  });
});
