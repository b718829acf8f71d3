/**
 * The call log and the handover, as the people who use them: the Fjordøy + Sundvik on-call
 * service's worker logs a night call about a family in Sundvik with an emergency placement
 * prevented (the keyboard reaches every field), finds it in the night's log and on its page;
 * Sundvik's intake finds it in the handover and takes it over. The form in all four languages,
 * axe-clean. The next-morning timing of the handover is tested in the service's integration
 * test, with its clock held; here the browser uses the real one, and the handover page also
 * lists every call not yet taken over. The tests build on each other in this order.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { onCallMessages } from '../src/on-call/web/messages.ts';
import { expectPage, loggedInContext, menuLinks, newPage, openOnCallServicePage, rememberLanguage, screenshots, seriousAxeViolations, startTidlig, tabTo, waitForPage, type Tidlig } from './harness.ts';

const nb = onCallMessages.nb;
const nav = commonMessages.nb.nav;
const SUMMARY = 'Politiet meldte uro i hjemmet. Hjemmebesøk sammen med politiet; plassering avverget, barna ble hos mormor.';

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

async function follow(page: Page, label: string) {
  const link = (await menuLinks(page)).find((l) => l.text === label);
  if (!link) throw new Error(`no menu link "${label}"`);
  await page.goto(link.href);
}

describe('an on-call worker of the cooperation', () => {
  it('logs a night call about Sundvik with an emergency placement prevented', async () => {
    const context = await loggedInContext(tidlig, 'on_call_worker', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await follow(page, nav.onCall);
    expect(await waitForPage(page)).toBe(nb.night.title);
    await expectAccessible(page);
    await page.getByRole('link', { name: nb.night.newCall }).click();
    await expectPage(page, nb.form.title);
    await page.getByRole('button', { name: nb.form.submit }).waitFor();

    // Sent empty, it says what is missing, with the focus on the first field that is.
    await page.getByLabel(nb.form.minutesSpent).fill('');
    await page.getByRole('button', { name: nb.form.submit }).click();
    await page.getByText(nb.form.missingResponse).waitFor();
    await expectAccessible(page);

    await page.getByLabel(nb.form.municipality).selectOption({ label: 'Sundvik' });
    await page.getByLabel(nb.form.caller).selectOption({ label: nb.caller.police });
    await page.getByRole('checkbox', { name: nb.response.home_visit }).check();
    await page.getByRole('checkbox', { name: nb.response.with_police }).check();
    // Keyboard: from the responses to the placement's choices with Tab, and a choice with the arrows.
    await page.getByRole('checkbox', { name: nb.response.placement }).focus();
    await tabTo(page, `input[type="radio"]`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: nb.placement.prevented }).isChecked()).toBe(true);
    await page.getByLabel(nb.form.minutesSpent).fill('150');
    await page.getByLabel(nb.form.summary).fill(SUMMARY);
    await page.getByRole('button', { name: nb.form.submit }).click();

    await expectPage(page, /^Henvendelse /);
    await page.getByText(SUMMARY).waitFor();
    await page.getByText('Sundvik', { exact: true }).waitFor();
    await page.getByText(nb.placement.prevented, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'on-call-call');

    await page.getByRole('link', { name: nb.call.back }).click();
    await expectPage(page, nb.night.title);
    await page.getByRole('cell', { name: 'Sundvik' }).first().waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("Sundvik's intake", () => {
  it('finds the call in the handover and takes it over', async () => {
    const context = await loggedInContext(tidlig, 'intake_worker', 'Sundvik', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    // The start page says calls from the night wait (the logged one among them) before the menu is used.
    const waiting = page.locator('section', { has: page.getByRole('heading', { level: 2, name: nb.handover.startTitle }) });
    await waiting.getByText(/venter på å bli overtatt\./).waitFor();
    expect(await waiting.getByRole('listitem').filter({ hasText: 'Sundvik' }).count()).toBeGreaterThan(0);
    await follow(page, nav.handover);
    expect(await waitForPage(page)).toBe(nb.handover.title);
    const card = page.locator('.on-call-handover li', { hasText: SUMMARY });
    await card.waitFor();
    await expectAccessible(page);
    await card.getByRole('button', { name: new RegExp(nb.handover.takeOver) }).click();
    await card.getByText(nb.handoverState.taken_over, { exact: true }).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'on-call-handover');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the leader of the service's host municipality", () => {
  it("reads the service's figures from its page, each chart with its table, and is told when the period is the wrong way round", async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.overview.link }).click();
    await expectPage(page, nb.overview.title);
    for (const chart of [nb.overview.byHours, nb.overview.byWeekday, nb.overview.placements, nb.overview.load]) {
      await page.getByRole('heading', { level: 2, name: chart }).waitFor();
    }
    // The demo's four weeks of calls: the five workers each took part in more than five.
    const load = page.getByRole('table', { name: nb.overview.load });
    expect(await load.getByRole('row').count()).toBe(6);
    expect(await page.locator('.chart-figure table').count()).toBe(3);
    await page.getByText(commonMessages.nb.chart.showTable).first().click();
    await page.getByRole('table', { name: nb.overview.byHours }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'on-call-overview');

    await page.getByLabel(nb.overview.from).fill('2026-12-05');
    await page.getByLabel(nb.overview.to).fill('2026-11-01');
    await page.getByRole('button', { name: nb.overview.show }).click();
    await page.getByText(commonMessages.nb.inputIssue.range_reversed).waitFor();
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is not offered to an on-call worker, whose page of the service leads to the log instead', async () => {
    const context = await loggedInContext(tidlig, 'on_call_worker', 'Fjordøy', { locale: 'nb-NO' });
    const { page } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.night.title }).waitFor();
    expect(await page.getByRole('link', { name: nb.overview.link }).count()).toBe(0);
    await context.close();
  });

  it.each(uiLanguages)('is titled in %s and scrolls nothing sideways at 390 px', async (language) => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { viewport: { width: 390, height: 844 } });
    await rememberLanguage(context, language);
    const { page } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: onCallMessages[language].overview.link }).click();
    await expectPage(page, onCallMessages[language].overview.title);
    await page.getByRole('heading', { level: 2, name: onCallMessages[language].overview.load }).waitFor();
    // The charts are drawn for the window's width a moment after the page appears.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5_000 });
    await context.close();
  });
});

describe.each(uiLanguages)('the call form in %s', (language) => {
  it('is in that language and accessible', async () => {
    const context = await loggedInContext(tidlig, 'on_call_worker', 'Fjordøy');
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await follow(page, commonMessages[language].nav.onCall);
    const messages = onCallMessages[language];
    expect(await waitForPage(page)).toBe(messages.night.title);
    await page.getByRole('link', { name: messages.night.newCall }).click();
    await expectPage(page, messages.form.title);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await page.getByRole('group', { name: messages.form.placementLegend }).waitFor();
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
