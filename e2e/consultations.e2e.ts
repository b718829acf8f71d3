/**
 * Consultations, as Elvestad's network contact records them at one of the schools they serve:
 * an anonymous consultation with the keyboard only (first with a child's name from the
 * register: refused with the name marked, then rewritten and saved); consent registered on a
 * child's page, then a consented consultation, opened and edited; the chronology; the consent withdrawn, after
 * which the chronology no longer shows the details; a pupil talk whose parents were told joins
 * the chronology (four languages). The form in all four languages, axe-clean.
 * The tests build on each other in this order.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childRecordSchema, registerSchema } from '../src/children/schema.ts';
import { consultationListSchema } from '../src/consultations/schema.ts';
import { anonymityMessages } from '../src/anonymity/web/messages.ts';
import { chronologyMessages } from '../src/chronology/web/messages.ts';
import { consultationsMessages } from '../src/consultations/web/messages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { localDate } from '../src/time/dates.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { expectPage, loggedInContext, newPage, registerConsent, screenshots, seriousAxeViolations, startTidlig, tabTo, waitForPage, type Tidlig } from './harness.ts';

const nb = consultationsMessages.nb;

let tidlig: Tidlig;
let unit: { id: string; name: string };
let child: { id: string; givenName: string; familyName: string; guardian: string };

beforeAll(async () => {
  tidlig = await startTidlig();
  // A school the network contact serves, and a child there with a guardian in the register.
  const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
  const session = sessionSchema.parse(await (await contact.request.get('/api/session')).json());
  for (const membership of session.user?.memberships ?? []) {
    if (membership.role !== 'network_contact') continue;
    const register = registerSchema.parse(await (await contact.request.get(`/api/units/${membership.unitId}/register`)).json());
    for (const entry of register.children.slice(0, 10)) {
      const record = childRecordSchema.parse(await (await contact.request.get(`/api/children/${entry.id}`)).json());
      const guardian = record.guardians[0];
      if (!guardian) continue;
      unit = { id: membership.unitId, name: membership.unitName };
      child = { id: record.id, givenName: record.givenName, familyName: record.familyName, guardian: `${guardian.givenName} ${guardian.familyName}` };
      break;
    }
    if (child) break;
  }
  await contact.close();
  if (!child) throw new Error("no child with a guardian in the network contact's schools");
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('a network contact', () => {
  it('records an anonymous consultation with the keyboard only: a name is refused and marked, the rewrite is saved', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unit.id}`);
    expect(await waitForPage(page)).toBe(unit.name);
    // The unit's consultations load after its page: a keyboard user tabs once the link is there.
    await page.getByRole('link', { name: nb.newLink }).waitFor();
    await tabTo(page, { text: nb.newLink }, 120);
    await page.keyboard.press('Enter');
    // The form's page is loaded on first use: the unit's page stays a moment before the form replaces it.
    await page.locator('main h1', { hasText: unit.name }).waitFor({ state: 'detached' });
    expect(await waitForPage(page)).toBe(nb.form.title);
    await expectAccessible(page);
    expect(await page.getByRole('radio', { name: nb.mode.anonymous, exact: true }).isChecked()).toBe(true);

    const name = `${child.givenName} ${child.familyName}`;
    await tabTo(page, 'textarea', 30);
    await page.keyboard.type(`${name} i 4. klasse virker lei seg og er mye alene.`);
    await tabTo(page, 'button[type="submit"]', 30);
    await page.keyboard.press('Enter');
    const refusal = page.getByRole('alert').filter({ hasText: anonymityMessages.nb.identifying.title });
    await refusal.waitFor();
    const marked = await refusal.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join(' ')).toContain(child.familyName);
    for (const text of marked) expect(name).toContain(text);
    await refusal.getByText(anonymityMessages.nb.identifying.kind.name, { exact: false }).first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await expectAccessible(page);
    await screenshots(page, 'nb-consultation-identifying');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('En elev på 4. trinn virker lei seg og er mye alene i friminuttene.');
    await tabTo(page, 'button[type="submit"]', 30);
    await page.keyboard.press('Enter');
    await expectPage(page, nb.form.saved.title);
    await expectAccessible(page);

    const list = consultationListSchema.parse(await (await page.request.get(`/api/units/${unit.id}/consultations`)).json());
    expect(list.consultations).toHaveLength(1);
    expect(list.consultations[0]).toMatchObject({ mode: 'anonymous', child: null });
    expect(JSON.stringify(list)).not.toContain(child.familyName);
    // The one 400 is the refused text, which Chromium logs as a failed resource.
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('registers consent on the child page, records a consented consultation, edits it and sees the chronology', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/children/${child.id}`);
    await waitForPage(page);
    const consents = page.getByRole('region', { name: nb.consents.heading });
    await consents.getByText(nb.consents.empty).waitFor();
    await expectAccessible(page);
    // The form starts empty: the guardian, what the consent covers and its dates are chosen as the guardian gave it.
    await registerConsent(page, { guardian: child.guardian, scopes: ['consultation'] });
    await consents.getByRole('cell', { name: nb.consents.state.valid }).waitFor();
    expect(await consents.locator('table').count()).toBe(1);

    await page.goto(`/units/${unit.id}/consultations/new`);
    expect(await waitForPage(page)).toBe(nb.form.title);
    await page.getByRole('radio', { name: nb.mode.consented, exact: true }).check();
    await page.getByLabel(nb.form.child).selectOption(child.id);
    await page.getByLabel(nb.form.category).selectOption('absence');
    await page.getByRole('textbox', { name: nb.form.description, exact: true }).fill(`${child.givenName} har hatt mye fravær siden høstferien.`);
    await page.getByRole('textbox', { name: nb.form.advice, exact: true }).fill('Kontaktlærer ringer hjem, og skolen kaller inn til et møte.');
    await page.getByRole('textbox', { name: nb.form.followUpText, exact: true }).fill('Møte med foreldrene');
    await page.getByLabel(nb.form.owner).selectOption({ index: 1 });
    await page.getByLabel(nb.form.due, { exact: true }).fill('2026-12-15');
    await page.getByLabel(nb.form.outcome).selectOption('referred_health_nurse');
    await expectAccessible(page);
    await screenshots(page, 'nb-consultation-consented-form');
    await page.getByRole('button', { name: nb.form.submit }).click();
    await expectPage(page, nb.form.saved.title);

    await page.getByRole('link', { name: nb.form.saved.list }).click();
    await expectPage(page, nb.list.title);
    await page.getByRole('link', { name: `${child.givenName} ${child.familyName}` }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-consultation-list');

    // Open it and edit the outcome.
    await page.locator('main tbody tr').filter({ hasText: child.familyName }).getByRole('link').first().click();
    await expectPage(page, /^Konsultasjon /);
    await page.getByText('Møte med foreldrene', { exact: false }).waitFor();
    await page.getByRole('button', { name: nb.detail.edit }).click();
    await page.getByLabel(nb.form.outcome).selectOption('referred_ppt');
    await expectAccessible(page);
    await page.getByRole('button', { name: nb.form.submit }).click();
    await page.getByText(nb.detail.saved, { exact: true }).waitFor();
    await page.getByText(nb.outcome.referred_ppt, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-consultation-detail');

    await page.getByRole('link', { name: `${child.givenName} ${child.familyName}` }).click();
    const chronology = page.getByRole('region', { name: chronologyMessages.nb.heading });
    await chronology.getByText('mye fravær siden høstferien', { exact: false }).waitFor();
    await chronology.getByText(nb.outcome.referred_ppt, { exact: false }).waitFor();
    expect(await chronology.locator('li').count()).toBe(2);
    await expectAccessible(page);
    await screenshots(page, 'nb-child-chronology');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('withdraws the consent, after which the chronology withholds the details', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/children/${child.id}`);
    await waitForPage(page);
    const consents = page.getByRole('region', { name: nb.consents.heading });
    await consents.getByRole('button', { name: nb.consents.withdrawLabel.replace('{{guardian}}', child.guardian) }).click();
    await consents.getByText(nb.consents.confirm).waitFor();
    await expectAccessible(page);
    await consents.getByRole('button', { name: nb.consents.confirmYes }).click();
    await page.getByText(nb.consents.withdrawn, { exact: true }).waitFor();
    // The list is fetched again after the withdrawal; wait for the new row before counting.
    await consents.getByRole('cell', { name: /^Trukket tilbake / }).waitFor();
    expect(await consents.locator('table').count()).toBe(1);
    const chronology = page.getByRole('region', { name: chronologyMessages.nb.heading });
    await chronology.getByText(nb.detail.withheld).waitFor();
    await chronology.getByText(chronologyMessages.nb.consentWithdrawn.replace('{{guardian}}', child.guardian)).waitFor();
    // Newest first: withdrawn, the consultation (both today), given (earlier).
    const entries = await chronology.locator('li').allTextContents();
    expect(entries.map((e) => (e.includes(nb.detail.withheld) ? 'consultation' : e.includes('trakk tilbake') ? 'withdrawn' : 'given'))).toEqual([
      'withdrawn',
      'consultation',
      'given',
    ]);
    expect(await chronology.getByText('mye fravær siden høstferien', { exact: false }).count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'nb-child-consent-withdrawn');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('sees a pupil talk whose parents were told in the chronology, in all four languages', async () => {
    const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
    const { csrfToken } = sessionSchema.parse(await (await contact.request.get('/api/session')).json());
    const headers = { 'x-csrf-token': csrfToken };
    const today = localDate(new Date());
    const request = await contact.request.post(`/api/units/${unit.id}/pupil-requests`, {
      headers,
      data: { firstName: child.givenName, classGroup: '4A', freeWhen: null, about: 'friends', idempotencyKey: 'e2e-chronology-talk' },
    });
    expect(request.status()).toBe(201);
    const { id: requestId } = (await request.json()) as { id: string };
    const talk = await contact.request.post(`/api/pupil-requests/${requestId}/talk`, {
      headers,
      data: { heldOn: today, durationMinutes: 20, topic: 'friends', followUp: false, note: null },
    });
    expect(talk.status()).toBe(201);
    const { id: talkId } = (await talk.json()) as { id: string };
    const drafted = await contact.request.put(`/api/pupil-talks/${talkId}/notice`, {
      headers,
      data: { version: 1, childId: child.id, locale: 'nb', text: 'Eleven har snakket med nettverkskontakten om venner.' },
    });
    expect(drafted.status()).toBe(200);
    const given = await contact.request.post(`/api/pupil-talks/${talkId}/notice/given`, {
      headers,
      data: { version: 2, givenAt: new Date().toISOString(), how: 'phone', pupilPresent: true },
    });
    expect(given.status()).toBe(200);

    for (const language of uiLanguages) {
      const texts = chronologyMessages[language];
      await contact.addInitScript((chosen) => localStorage.setItem('tidlig.language', chosen), language);
      const { page, consoleErrors } = await newPage(contact);
      await page.goto(`/children/${child.id}`);
      await waitForPage(page);
      const chronology = page.getByRole('region', { name: texts.heading });
      const talkText = texts.pupilTalk.replace('{{unit}}', unit.name).replace('{{topic}}', texts.topic.friends).split('.')[0]!;
      await chronology.getByText(talkText, { exact: false }).waitFor();
      await expectAccessible(page);
      await screenshots(page, `${language}-child-chronology-pupil-talk`);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
    await contact.close();
  });

  it('sees the form in all four languages', async () => {
    for (const language of uiLanguages) {
      const texts = consultationsMessages[language];
      const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
      await context.addInitScript((chosen) => localStorage.setItem('tidlig.language', chosen), language);
      const { page, consoleErrors } = await newPage(context);
      await page.goto(`/units/${unit.id}/consultations/new`);
      expect(await waitForPage(page)).toBe(texts.form.title);
      await page.getByRole('group', { name: texts.form.modeLegend }).waitFor();
      await page.getByRole('radio', { name: texts.mode.group, exact: true }).check();
      await page.getByRole('textbox', { name: texts.form.groupLabel, exact: true }).waitFor();
      await expectAccessible(page);
      await screenshots(page, `${language}-consultation-form`);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });
});

describe('a description that may point a child out', () => {
  it("refuses the full date of birth in the finding's own example, then saves the rewrite only once the writer confirms", async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    const stored = async () => consultationListSchema.parse(await (await page.request.get(`/api/units/${unit.id}/consultations`)).json()).consultations.length;
    const before = await stored();
    await page.goto(`/units/${unit.id}/consultations/new`);
    expect(await waitForPage(page)).toBe(nb.form.title);
    const description = page.getByLabel(nb.form.description, { exact: true });
    const submit = page.getByRole('button', { name: nb.form.submit });

    await description.fill('Født 29.02.2020, den eneste jenta i 1A med høreapparat. Hun er mye alene i friminuttene.');
    await submit.click();
    const refusal = page.getByRole('alert').filter({ hasText: anonymityMessages.nb.identifying.title });
    await refusal.waitFor();
    expect((await refusal.locator('mark').allTextContents()).join(' ')).toContain('29.02.2020');
    expect(await stored()).toBe(before);

    await description.fill('Den eneste jenta i 1A med høreapparat er mye alene i friminuttene.');
    await submit.click();
    const warnings = page.getByRole('alert').filter({ hasText: anonymityMessages.nb.warnings.title });
    await warnings.waitFor();
    const marked = (await warnings.locator('mark').allTextContents()).join(' ');
    expect(marked).toContain('eneste jenta');
    expect(marked).toContain('høreapparat');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-consultation-warnings');
    expect(await stored()).toBe(before);

    await warnings.getByRole('checkbox', { name: anonymityMessages.nb.warnings.confirm }).check();
    await submit.click();
    await expectPage(page, nb.form.saved.title);
    expect(await stored()).toBe(before + 1);
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
