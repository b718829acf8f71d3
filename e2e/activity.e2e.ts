/**
 * The activity log, as Elvestad's network contact uses it: logs a parent meeting with the
 * keyboard alone (a note with a phone number is refused first, the number marked), finds it at
 * the top of their list among the demo's entries, edits it and deletes it. The page in all four
 * languages, axe-clean, and at 390 px without sideways scrolling. The browser dates the entry by
 * its own clock (today), which the server accepts on any day. The tests build on each other.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityMessages } from '../src/activity/web/messages.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { loggedInContext, menuLinks, newPage, rememberLanguage, screenshots, seriousAxeViolations, startTidlig, tabTo, waitForPage, type Tidlig } from './harness.ts';

const nb = activityMessages.nb;
const NOTE = 'Tema: skjermbruk og søvn, med foreldrene på mellomtrinnet.';

let tidlig: Tidlig;

beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

async function follow(page: Page, label: string) {
  const link = (await menuLinks(page)).find((l) => l.text === label);
  if (!link) throw new Error(`no menu link "${label}"`);
  await page.goto(link.href);
}

/** Empties the focused field and types into it, as a keyboard user would. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

describe("Elvestad's network contact", () => {
  it('logs a parent meeting with the keyboard alone, after a note with a phone number is refused', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await follow(page, commonMessages.nb.nav.activity);
    expect(await waitForPage(page)).toBe(nb.title);
    // The demo's entries are there already.
    await page.locator('.activity-list li').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(nb.form.unit, { exact: true }).focus();
    await tabTo(page, 'select[name="kind"]', 2);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel(nb.form.kind, { exact: true }).inputValue()).toBe('parent_meeting');
    await tabTo(page, 'input[name="minutes"]', 6);
    await retype(page, '75');
    await tabTo(page, 'input[name="people"]', 2);
    await retype(page, '23');
    await tabTo(page, 'textarea[name="note"]', 2);
    await page.keyboard.type('Ring mor på 912 34 567 etter møtet.');
    await tabTo(page, { text: nb.form.submit }, 3);
    await page.keyboard.press('Enter');
    await page.getByText(nb.errors.identifying_note).first().waitFor();
    expect(await page.locator('.activity-list li', { hasText: '912' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(nb.form.note, { exact: true }).focus();
    await retype(page, NOTE);
    await tabTo(page, { text: nb.form.submit }, 3);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: nb.form.logged }).waitFor();
    const first = page.locator('.activity-list li').first();
    await first.getByText(NOTE).waitFor();
    expect(await first.getByRole('heading').textContent()).toBe(nb.kind.parent_meeting);
    await first.getByText('75 min · 23 personer').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'activity-log');
    // The one 400 is the refused note, which Chromium logs as a failed resource.
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('edits the entry and deletes it', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/activity');
    expect(await waitForPage(page)).toBe(nb.title);
    const entry = page.locator('.activity-list li', { hasText: NOTE });
    await entry.getByRole('button', { name: new RegExp(`^${nb.list.edit} `) }).click();
    // The form takes the reader to it, filled with the entry.
    await page.getByRole('heading', { name: nb.form.editHeading }).waitFor();
    expect(await page.getByLabel(nb.form.minutes, { exact: true }).inputValue()).toBe('75');
    await page.getByLabel(nb.form.minutes, { exact: true }).fill('90');
    await page.getByRole('button', { name: nb.form.save }).click();
    await page.getByRole('status').filter({ hasText: nb.form.saved }).waitFor();
    await entry.getByText('90 min · 23 personer').waitFor();

    await entry.getByRole('button', { name: new RegExp(`^${nb.list.delete} `) }).click();
    await page.getByRole('status').filter({ hasText: nb.list.deleted }).waitFor();
    expect(await entry.count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('fits a phone: nothing scrolls sideways at 390 px', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO', viewport: { width: 390, height: 844 } });
    const { page } = await newPage(context);
    await page.goto('/activity');
    expect(await waitForPage(page)).toBe(nb.title);
    await page.locator('.activity-list li').first().waitFor();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.each(uiLanguages)('the activity log in %s', (language) => {
  it('is titled in that language and accessible', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await follow(page, commonMessages[language].nav.activity);
    const messages = activityMessages[language];
    expect(await waitForPage(page)).toBe(messages.title);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await page.getByRole('heading', { name: messages.form.newHeading }).waitFor();
    await page.getByLabel(messages.form.people, { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
