/**
 * The shell, used with the keyboard only and by a first-time visitor: skip link, language
 * switch, the browser's language on a first visit (the login page), and the not-found pages.
 * Everything but the login and not-found pages needs a login: these tests log in as
 * Elvestad's leader, whose roles reach the municipality and its children.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages } from '../src/kernel/auth/web/messages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import {
  expectPage,
  loggedInContext,
  logInAsDemo,
  newContext,
  newPage,
  screenshot,
  seriousAxeViolations,
  startTidlig,
  tabTo,
  waitForPage,
  type Tidlig,
} from './harness.ts';

let tidlig: Tidlig;
beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('keyboard only', () => {
  it('reaches the skip link first, and the skip link moves focus to the main content', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(context);
    await page.goto('/organisation');
    await waitForPage(page);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      className: document.activeElement?.className ?? '',
      text: document.activeElement?.textContent ?? '',
    }));
    expect(first).toEqual({ className: expect.stringContaining('ds-skip-link'), text: commonMessages.nb.skipLink });
    await screenshot(page, 'keyboard-skip-link');

    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('main');
    await context.close();
  });

  it('changes the language with the select and the button', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(context);
    await page.goto('/organisation');
    await waitForPage(page);

    await tabTo(page, 'select');
    // Typing a letter picks the first option that starts with it, as in every native select.
    await page.keyboard.press('e');
    expect(await page.evaluate(() => document.querySelector('select')?.value)).toBe('en');
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expectPage(page, 'Municipalities');
    await screenshot(page, 'keyboard-language-en');

    await page.reload();
    expect(await waitForPage(page)).toBe('Municipalities');
    await context.close();
  });

  it('moves focus to the main content after following a link inside the app', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page } = await newPage(context);
    await page.goto('/organisation');
    await waitForPage(page);

    // Past the header and a leader's ten menu entries.
    await tabTo(page, 'main a[href^="/organisation/"]', 30);
    await page.keyboard.press('Enter');
    await waitForPage(page);
    expect(await focusedId(page)).toBe('main');
    await context.close();
  });
});

describe('when the API fails', () => {
  it('shows the translated reason, and Try again loads the page once the API answers', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'da-DK' });
    const { page } = await newPage(context);
    const failing = '**/api/organisation/municipalities';
    await page.route(failing, (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'internal', message: 'x' }) }),
    );
    await page.goto('/organisation');
    expect(await waitForPage(page)).toBe(commonMessages.da.errors.title);
    expect(await page.locator('main .ds-alert').textContent()).toContain(commonMessages.da.errors.internal);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'api-error-da');

    await page.unroute(failing);
    await page.getByRole('button', { name: commonMessages.da.errors.retry }).click();
    await expectPage(page, 'Kommuner');
    await context.close();
  });
});

describe('under the Content Security Policy', () => {
  // The policy the server sends (kernel/auth/plugin.ts): no inline scripts or styles, no eval.
  const policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

  it('runs the login page and every page a leader uses without a violation', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    // Enforce the policy even where the server under test does not (yet) send it.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const { page, consoleErrors } = await newPage(context);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      document.addEventListener('securitypolicyviolation', (event) => report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
    });

    await page.goto('/organisation');
    await logInAsDemo(page, 'leader', 'Elvestad');
    // The start page, then the organisation from the menu.
    await waitForPage(page);
    await page.getByRole('navigation', { name: commonMessages.nb.nav.label }).getByRole('link', { name: commonMessages.nb.nav.organisation }).click();
    await page.getByRole('link', { name: /^Elvestad/ }).click();
    await page.locator('main table').first().waitFor();
    await page.getByRole('searchbox').fill('skole');
    await page.locator('main table a').first().click();
    await page.locator('.facts').waitFor();
    // The unit's register, a child, who has accessed the child, the review list, the search.
    await page.locator('.register__table a').first().click();
    await page.locator('.national-id').waitFor();
    await page.locator('main a[href$="/access-report"]').click();
    await page.locator('.access-report').waitFor();
    await page.getByRole('link', { name: commonMessages.nb.nav.emergencyReview }).click();
    await waitForPage(page);
    await page.getByRole('link', { name: commonMessages.nb.nav.findChild }).click();
    await page.getByRole('textbox').fill('1');
    await page.getByRole('button', { name: 'Finn barnet' }).click();
    await page.locator('[aria-invalid="true"]').waitFor();

    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a first visit', () => {
  it.each([
    ['da-DK', 'da'],
    ['nn-NO', 'nn'],
    ['en-GB', 'en'],
    ['de-DE', 'nb'],
  ] as const)('with the browser in %s shows the login page in %s', async (locale, language) => {
    const context = await newContext(tidlig, { locale });
    const { page } = await newPage(context);
    await page.goto('/');
    expect(await waitForPage(page)).toBe(authMessages[language].title);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await context.close();
  });
});

describe('addresses that lead nowhere', () => {
  it.each([
    ['unit-unknown', '/units/00000000-0000-4000-8000-000000000000'],
    ['unit-not-an-id', '/units/not-a-unit'],
    ['municipality-unknown', '/organisation/00000000-0000-4000-8000-000000000000'],
    ['child-unknown', '/children/00000000-0000-4000-8000-000000000000'],
    ['child-not-an-id', '/children/not-a-child'],
    ['page-unknown', '/no/such/page'],
  ])('%s shows the translated not-found page', async (name, address) => {
    for (const [locale, language] of [
      ['da-DK', 'da'],
      ['en-GB', 'en'],
    ] as const) {
      const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale });
      const { page, consoleErrors } = await newPage(context);
      await page.goto(address);
      expect(await waitForPage(page)).toBe(commonMessages[language].notFound.title);
      expect(await page.title()).toBe(`${commonMessages[language].notFound.title} – Tidlig`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // The browser logs the API's 404 answer itself; nothing else may be logged.
      expect(consoleErrors.filter((error) => !error.includes('404'))).toEqual([]);
      await screenshot(page, `not-found-${name}-${language}`);
      await context.close();
    }
  });
});
