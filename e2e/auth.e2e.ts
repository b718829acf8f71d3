/**
 * Logging in and out through the real login page: the demo people, the login gate and the
 * way back to the page asked for, the header with the person and their unit, switching
 * units, logging out here and everywhere, and the identity provider's refusals translated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages } from '../src/kernel/auth/web/messages.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { roleSchema } from '../src/organisation/schema.ts';
import {
  demoLoginButton,
  demoPerson,
  expectPage,
  fullName,
  logInAsDemo,
  menuLinks,
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

const nb = { auth: authMessages.nb, common: commonMessages.nb };

let tidlig: Tidlig;
beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

describe('the login page', () => {
  it.each(['nb', 'en'] as const)('in %s lists the demo people by municipality under a clear demo notice', async (language) => {
    const context = await newContext(tidlig);
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);
    const { auth, common } = { auth: authMessages[language], common: commonMessages[language] };
    await page.goto('/login');
    expect(await waitForPage(page)).toBe(auth.title);
    expect(await page.title()).toBe(`${auth.title} – Tidlig`);
    await page.getByRole('heading', { level: 2, name: auth.demo.heading }).waitFor();

    // Four municipalities, each with one person per role, roles in the usual order.
    for (const municipality of ['Elvestad', 'Fjordøy', 'Sundvik', 'Vesterhav']) {
      const buttons = page.getByRole('region', { name: municipality, exact: true }).getByRole('button');
      const names = await buttons.allTextContents();
      expect(names).toHaveLength(roleSchema.options.length);
      roleSchema.options.forEach((role, index) => {
        expect(names[index]).toContain(common.role[role]);
        expect(names[index]).toMatch(/^(Logg inn som|Log in as) .+ (–|—) .+ (ved|at) .+$/);
      });
    }
    // No identity provider is set up in the demo, so that section is left out.
    expect(await page.getByRole('heading', { name: auth.providers.heading }).count()).toBe(0);
    // Nobody is logged in: no menu, and the header says so.
    expect(await page.getByRole('navigation', { name: common.nav.label }).count()).toBe(0);
    expect(await page.locator('.session-summary').textContent()).toBe(common.session.notLoggedIn);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, `${language}-login`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('translates every reason the identity provider login can be refused for', async () => {
    const context = await newContext(tidlig);
    const { page } = await newPage(context);
    const codes = ['unknown_provider', 'unknown_state', 'expired_attempt', 'provider_error', 'token_invalid', 'unknown_person'] as const;
    for (const language of uiLanguages) {
      await page.goto('/login');
      await page.evaluate((chosen) => localStorage.setItem('tidlig.language', chosen), language);
      const refused = authMessages[language].refused;
      // Every code in bokmål and English; one in the others (messages.test.ts checks they have them all).
      for (const code of language === 'nb' || language === 'en' ? codes : codes.slice(-1)) {
        await page.goto(`/login?error=${code}`);
        await waitForPage(page);
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        const alert = page.locator('main .ds-alert');
        expect(await alert.locator('h2').textContent()).toBe(refused.title);
        expect(await alert.locator('p').textContent()).toBe(refused[code]);
      }
      // A code we do not know, or someone's markup, gets the general text and nothing else.
      await page.goto('/login?error=%3Cimg%20src%3Dx%3E');
      await waitForPage(page);
      expect(await page.locator('main .ds-alert p').textContent()).toBe(refused.other);
    }
    await page.goto('/login?error=unknown_person');
    await waitForPage(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'en-login-refused');
    await context.close();
  });

  it('shows the not-found page to someone not logged in, without asking them to log in', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page } = await newPage(context);
    await page.goto('/no/such/page');
    expect(await waitForPage(page)).toBe(nb.common.notFound.title);
    expect(new URL(page.url()).pathname).toBe('/no/such/page');
    await context.close();
  });
});

describe('logging in and out', () => {
  it('sends someone not logged in to the login page, and back to where they were going', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/organisation?q=skole');
    expect(await waitForPage(page)).toBe(nb.auth.title);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/login');
    expect(url.searchParams.get('next')).toBe('/organisation?q=skole');

    // An Elvestad teacher: the header names them and their unit, and they see Elvestad only.
    const teacher = await logInAsDemo(page, 'staff', 'Elvestad');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/organisation?q=skole');
    expect(await waitForPage(page)).toBe('Kommuner');
    const summary = await page.locator('.app-user .session-summary').textContent();
    expect(summary).toBe(`${fullName(teacher)} · ${nb.common.role.staff} ved ${teacher.unitName}`);
    expect(await page.locator('main .card-grid a').allTextContents()).toEqual(['Elvestad']);
    // A teacher's menu follows their job: the start page, booking and their bookings, concern reports, pupils'
    // requests, the school's attendance, finding children, a calendar, and the organisation chart; the leader's
    // review list is not theirs.
    expect((await menuLinks(page)).map((link) => link.text)).toEqual([
      nb.common.nav.start,
      nb.common.nav.book,
      nb.common.nav.bookings,
      nb.common.nav.concernReports,
      nb.common.nav.pupilTalks,
      nb.common.nav.attendance,
      nb.common.nav.findChild,
      nb.common.nav.calendar,
      nb.common.nav.organisation,
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-logged-in');

    // Logging out ends on the login page, which says so; the pages are closed again.
    await page.getByRole('button', { name: nb.common.session.logout, exact: true }).click();
    await expectPage(page, nb.auth.title);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByText(nb.auth.loggedOut.here).waitFor();
    expect(await page.locator('.app-user').count()).toBe(0);
    await page.goto('/organisation');
    expect(await waitForPage(page)).toBe(nb.auth.title);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('goes to the start page after login when the address to return to is on another site', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page } = await newPage(context);
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await waitForPage(page);
    }
    await logInAsDemo(page, 'unit_leader', 'Elvestad');
    expect(page.url()).toBe(`${tidlig.url}/`);
    await context.close();
  });

  it('logs in with the keyboard only', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page } = await newPage(context);
    const person = await demoPerson(page, 'intake_worker', 'Sundvik');
    await page.goto('/login');
    await waitForPage(page);
    const label = (await demoLoginButton(page, person).textContent()) ?? '';
    await tabTo(page, { text: label }, 40);
    await page.keyboard.press('Enter');
    await waitForLogin(page, person);
    // Focus moves to the new page's content, as after any navigation in the app.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('switches the unit someone acts for, with the select and the button', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    // Elvestad's network contact works at the child welfare service and at three schools.
    await logInAsDemo(page, 'network_contact', 'Elvestad');
    const select = page.getByLabel(nb.common.session.unitSwitch.label);
    // The unit switch comes with the menu, after login.
    await select.waitFor();
    const options = await select.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    const current = (await page.locator('.app-user .session-summary__unit').textContent()) ?? '';
    // Options read "<unit> – <role>"; the header "<role> ved <unit>".
    const role = nb.common.role.network_contact;
    const unitName = options.map((option) => option.replace(` – ${role}`, '')).find((unit) => current !== `${role} ved ${unit}`) ?? '';
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'nb-unit-switch');

    await select.selectOption({ label: `${unitName} – ${role}` });
    // Choosing is not switching: only the button does that.
    expect(await page.locator('.app-user .session-summary__unit').textContent()).toBe(current);
    await page.getByRole('button', { name: nb.common.session.unitSwitch.apply }).click();
    await page.getByRole('status').filter({ hasText: nb.common.session.unitSwitch.switched.replace('{{unit}}', unitName) }).waitFor();
    expect(await page.locator('.app-user .session-summary__unit').textContent()).toBe(`${role} ved ${unitName}`);

    await page.reload();
    await waitForPage(page);
    expect(await page.locator('.app-user .session-summary__unit').textContent()).toBe(`${role} ved ${unitName}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('logs out on all devices: a page open elsewhere goes to the login page at its next request', async () => {
    const elsewhere = await newContext(tidlig, { locale: 'nb-NO' });
    const { page: other } = await newPage(elsewhere);
    await logInAsDemo(other, 'administrator', 'Fjordøy');
    await other.goto('/organisation');
    await waitForPage(other);

    const here = await newContext(tidlig, { locale: 'nb-NO' });
    const { page } = await newPage(here);
    await logInAsDemo(page, 'administrator', 'Fjordøy');
    await page.getByRole('button', { name: nb.common.session.logoutEverywhere }).click();
    await page.getByText(nb.auth.loggedOut.everywhere).waitFor();

    // The other browser still shows the page it had; following a link asks the API, which says 401.
    await other.locator('main .card-grid a').first().click();
    await other.waitForURL((url) => url.pathname === '/login');
    await expectPage(other, nb.auth.title);
    expect(new URL(other.url()).searchParams.get('next')).toMatch(/^\/organisation\//);
    await elsewhere.close();
    await here.close();
  });
});
