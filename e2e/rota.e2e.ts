/**
 * The rota, as the people who use it: the leader of Fjordøy, who runs the on-call service of
 * the Fjordøy + Sundvik cooperation, finds its rota from the service's page, is told when a
 * period is out of bounds, generates the next month (the page follows the solver), sees an edit
 * that breaks a rule refused with the rule named, and publishes; an on-call worker of the
 * service finds the next shifts on the start page and asks to give one to a colleague; the
 * leader approves it, then changes the service's shifts into ones no rota can staff and is told
 * why. The rota page in all four languages,
 * axe-clean. The tests build on each
 * other in this order.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { rotaMessages } from '../src/rota/web/messages.ts';
import { expectPage, loggedInContext, newPage, openOnCallServicePage, rememberLanguage, screenshots, seriousAxeViolations, startTidlig, type Tidlig } from './harness.ts';

const nb = rotaMessages.nb;
const SERVICE = 'Barnevernsvakta Fjordøy og Sundvik';

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

const title = (messages: typeof nb) => messages.service.title.replace('{{unit}}', SERVICE);

describe('the leader of the service', () => {
  it('generates next month, sees a refused edit explained, and publishes it', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.links.rota }).click();
    await expectPage(page, title(nb));
    // The demo's published month, the shifts and the five workers' profiles.
    await page.getByRole('link', { name: /^Turnus / }).first().waitFor();
    await page.getByRole('table', { name: nb.service.templates }).waitFor();
    expect(await page.getByRole('table', { name: nb.service.staff }).getByRole('row').count()).toBe(6);
    await expectAccessible(page);
    await screenshots(page, 'rota-service');

    // Thirteen weeks is one too many: said at the field, nothing started.
    await page.getByLabel(nb.new.weeks).fill('13');
    await page.getByRole('button', { name: nb.new.submit }).click();
    await page.getByText(nb.new.invalidWeeks).waitFor();
    await page.getByLabel(nb.new.weeks).fill('4');
    await page.getByLabel(nb.new.seconds).fill('10');
    await page.getByRole('button', { name: nb.new.submit }).click();
    await expectPage(page, /^Turnus /);
    // The page follows the solver until it answers, then shows the shifts.
    await page.getByRole('heading', { level: 2, name: nb.plan.rotaHeading }).waitFor({ timeout: 90_000 });
    await page.getByText(nb.state.draft, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: nb.plan.figuresHeading }).waitFor();
    await expectAccessible(page);

    // Everyone on the first evening: at least the one who never works Mondays (or, when that Monday
    // is a public holiday, whoever has the night before) breaks a rule, and the form names it.
    await page.getByRole('button', { name: /^Endre Kveld / }).first().click();
    const form = page.locator('form.rota-edit');
    for (const box of await form.getByRole('checkbox').all()) await box.check();
    await form.getByRole('button', { name: nb.plan.editSave }).click();
    await form.getByText(nb.plan.refused).waitFor();
    const named = Object.values(nb.rule).map((rule) => `^${rule}: `).join('|');
    await form.getByRole('listitem').filter({ hasText: new RegExp(named) }).first().waitFor();
    await expectAccessible(page);
    await screenshots(page, 'rota-refused');
    await form.getByRole('button', { name: nb.plan.editCancel }).click();

    await page.getByRole('button', { name: nb.plan.publish }).click();
    await page.getByText(nb.state.published, { exact: true }).waitFor();
    await screenshots(page, 'rota-published');
    // The refused edit is the browser's one logged 400.
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});

describe('an on-call worker of the service', () => {
  it('finds the next shifts on the start page and asks to give one to a colleague', async () => {
    const context = await loggedInContext(tidlig, 'on_call_worker', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    const card = page.locator('section', { has: page.getByRole('heading', { level: 2, name: nb.start.title }) });
    await card.getByRole('listitem').first().waitFor();
    await card.getByRole('link', { name: nb.start.all }).click();
    await expectPage(page, nb.mine.title);
    await expectAccessible(page);

    // Shift by shift, colleague by colleague, until a swap the rules allow: refusals are said in the form.
    const asks = page.getByRole('button', { name: new RegExp(`^${nb.mine.swapAsk}: `) });
    let sent = false;
    for (let shift = 0; shift < Math.min(6, await asks.count()) && !sent; shift++) {
      await asks.nth(shift).click();
      const select = page.getByLabel(nb.mine.swapTo);
      await select.waitFor();
      const colleagues = (await select.locator('option').allTextContents()).slice(1);
      for (const colleague of colleagues) {
        await select.selectOption({ label: colleague });
        const answered = page.waitForResponse((response) => response.url().endsWith('/swaps') && response.request().method() === 'POST');
        await page.locator('form.rota-form').getByRole('button', { name: nb.mine.swapAsk }).click();
        const answer = (await answered).status() === 201;
        // A refusal names the rules in the form; a request sent is said in the status line.
        await (answer ? page.getByRole('status').getByText(/^Du har bedt om å gi /) : page.getByText(nb.plan.refused)).waitFor();
        if (answer) {
          sent = true;
          break;
        }
      }
      if (!sent) await page.getByRole('button', { name: nb.plan.editCancel }).click();
    }
    expect(sent).toBe(true);
    await page.getByRole('heading', { level: 2, name: nb.mine.swapsHeading }).waitFor();
    await page.getByText(nb.plan.swapState.requested, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'rota-mine');
    // Swaps the rules refuse are answered 400.
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});

describe('the leader again', () => {
  it('approves the swap in the published rota', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.links.rota }).click();
    await expectPage(page, title(nb));
    // The swap is in the published plan it was asked in; look through the published ones.
    const published = page.getByRole('listitem').filter({ hasText: nb.state.published });
    let approved = false;
    for (let i = 0; i < (await published.count()) && !approved; i++) {
      await published.nth(i).getByRole('link').click();
      await expectPage(page, /^Turnus /);
      const approve = page.getByRole('button', { name: nb.plan.approve });
      await page.getByRole('heading', { level: 2, name: nb.plan.swapsHeading }).waitFor();
      if ((await approve.count()) > 0) {
        await approve.first().click();
        await page.getByText(nb.plan.swapState.approved, { exact: true }).waitFor();
        approved = true;
      } else {
        await page.goBack();
        // The list loads again before it is counted: an empty count would end the search early.
        await expectPage(page, title(nb));
        await published.first().waitFor();
      }
    }
    expect(approved).toBe(true);
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the leader changing the shifts', () => {
  it('is told what is wrong with a field, adds a shift with the keyboard, and is told why a rota for it is impossible', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.links.rota }).click();
    await expectPage(page, title(nb));
    await page.getByRole('button', { name: nb.setup.edit }).click();
    const form = page.locator('form.rota-setup');
    await form.getByLabel(nb.setup.maxNights).fill('0');
    await form.getByRole('button', { name: nb.setup.save }).click();
    await form.getByText(nb.setup.invalid).waitFor();
    await form.getByLabel(nb.setup.maxNights).fill('3');
    await form.getByRole('button', { name: nb.setup.add }).focus();
    await page.keyboard.press('Enter');
    const added = form.getByRole('group', { name: nb.setup.templateHeading.replace('{{n}}', '4') });
    await added.getByLabel(nb.setup.name).fill('Dagvakt helg');
    await added.getByLabel(nb.setup.start, { exact: true }).fill('08:00');
    await added.getByLabel(nb.setup.end).fill('20:00');
    // Five on it every day, with the nights still to staff: more than five workers can give.
    await added.getByLabel(nb.setup.min).fill('5');
    await added.getByLabel(nb.setup.wanted).fill('5');
    await expectAccessible(page);
    await screenshots(page, 'rota-setup');
    await form.getByRole('button', { name: nb.setup.save }).click();
    await page.getByRole('status').getByText(nb.setup.saved).waitFor();
    await page.getByRole('table', { name: nb.service.templates }).getByRole('cell', { name: 'Dagvakt helg' }).waitFor();
    expect(await page.getByRole('table', { name: nb.service.templates }).getByRole('row').count()).toBe(5);

    // A rota for that is impossible: the page says which shifts, who is stopped by which rule, and what would help.
    await page.getByLabel(nb.new.seconds).fill('5');
    await page.getByRole('button', { name: nb.new.submit }).click();
    await expectPage(page, /^Turnus /);
    await page.getByRole('heading', { level: 2, name: nb.plan.explanationHeading }).waitFor({ timeout: 90_000 });
    await page.getByText(nb.plan.outcome.no_legal_rota).waitFor();
    await page.getByRole('heading', { level: 3, name: nb.plan.suggestionsHeading }).waitFor();
    expect(await page.getByRole('button', { name: nb.plan.publish }).count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'rota-impossible');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the leader keeping a worker\'s profile', () => {
  it('adds a day off and a wish, is told when a date is missing, and saves', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.links.rota }).click();
    await expectPage(page, title(nb));
    await page.getByRole('button', { name: /^Endre profil for / }).first().click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: /^Turnusprofil for / }) });
    await form.getByRole('button', { name: nb.profile.addDay }).click();
    await form.getByRole('button', { name: nb.profile.save }).click();
    await form.getByText(nb.profile.invalidDate).waitFor();
    await form.getByRole('group', { name: nb.profile.unavailable }).getByLabel(nb.profile.date).fill('2027-02-10');
    await form.getByRole('button', { name: nb.profile.addWish }).click();
    const wish = form.getByRole('group', { name: nb.profile.wishes });
    await wish.getByLabel(nb.profile.date).fill('2027-02-12');
    await wish.getByLabel(nb.profile.wishKind).selectOption({ label: nb.profile.avoid });
    await expectAccessible(page);
    await form.getByRole('button', { name: nb.profile.save }).click();
    await page.getByRole('status').getByText(/^Profilen til .+ er lagret\.$/).waitFor();
    // Opened again, the profile holds what was saved.
    await page.getByRole('button', { name: /^Endre profil for / }).first().click();
    expect(await form.getByRole('group', { name: nb.profile.unavailable }).getByLabel(nb.profile.date).inputValue()).toBe('2027-02-10');
    expect(await wish.getByLabel(nb.profile.wishKind).inputValue()).toBe('avoid');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the rota page in every language', () => {
  for (const language of uiLanguages) {
    it(`is written in ${language} and axe-clean`, async () => {
      const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
      await rememberLanguage(context, language);
      const { page } = await newPage(context);
      await openOnCallServicePage(page);
      // Here the language is what is tested: the link's address is followed, not clicked.
      const link = page.getByRole('link', { name: rotaMessages[language].links.rota });
      await page.goto((await link.getAttribute('href'))!);
      await expectPage(page, title(rotaMessages[language]));
      await page.getByRole('heading', { level: 2, name: rotaMessages[language].new.heading }).waitFor();
      await expectAccessible(page);
      await context.close();
    });
  }
});
