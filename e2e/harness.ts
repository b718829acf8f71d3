/**
 * What every end-to-end test file needs: a Tidlig server on a free port with a fresh
 * database, a headless Chromium, logging in as a demo person through the real login page,
 * and checks for accessibility and console errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { z } from 'zod';
import { consultationsMessages } from '../src/consultations/web/messages.ts';
import type { ConsentScope } from '../src/consultations/domain/kinds.ts';
import { localClockTime } from '../src/time/clock-time.ts';
import { addDays, localDate } from '../src/time/dates.ts';
import { demoPeopleSchema } from '../src/kernel/auth/session-schema.ts';
import { startApp } from '../src/app/start.ts';
import type { Db } from '../src/kernel/db/database.ts';
import type { UiLanguage } from '../src/kernel/i18n/languages.ts';
import type { Role } from '../src/organisation/schema.ts';

const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface Tidlig {
  url: string;
  browser: Browser;
  /** The app's own database, for the setting a test cannot make through a page (a guideline with a stage of its own). */
  db: Db;
  close(): Promise<void>;
}

/** Starts the app (migrated, seeded with demo data) and a browser; `close` stops both. */
export async function startTidlig(): Promise<Tidlig> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', TIDLIG_DATA_DIR: dataDir };
  // Always a fresh PGlite with the demo data: never a PostgreSQL the developer happens to point at.
  delete env.DATABASE_URL;
  const app = await startApp({ env, seed: 1, log: false });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url: app.url,
    browser,
    db: app.db,
    async close() {
      await browser.close();
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser profile (no stored language), optionally with a browser language. */
export async function newContext(tidlig: Tidlig, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return tidlig.browser.newContext({ baseURL: tidlig.url, viewport: { width: 1280, height: 900 }, ...options });
}

/** A page that records console errors and CSP violations, for `expectCleanConsole`. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, consoleErrors };
}

/** Chooses the language the way a first-time visitor's earlier choice would be stored. */
export async function rememberLanguage(context: BrowserContext, language: UiLanguage): Promise<void> {
  await context.addInitScript((chosen) => {
    if (!localStorage.getItem('tidlig.language')) localStorage.setItem('tidlig.language', chosen);
  }, language);
}

/**
 * Waits until the page at the current address is shown, and its main heading with it: data
 * loaded, or a not-found/error page. A capability's pages are loaded when first shown, and
 * until they have come the page one came from stays, under the new address; the frame marks
 * the address of the page it shows (`main[data-path]`; pupil mode has no frame).
 */
export async function waitForPage(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && (main.dataset.path === undefined || main.dataset.path === location.pathname);
  });
  const heading = page.locator('main h1');
  await heading.waitFor({ state: 'visible' });
  return (await heading.textContent()) ?? '';
}

/**
 * After following a link or submitting a form inside the app: waits until the page's main
 * heading is `expected`. A capability's pages are loaded when first shown, and until they have
 * arrived the page one came from stays on screen, heading and all; `waitForPage` alone would
 * read that old heading. Fails with the heading shown if it never becomes `expected`.
 */
export async function expectPage(page: Page, expected: string | RegExp, timeout = 15_000): Promise<void> {
  const heading = expect.poll(() => waitForPage(page), { timeout, message: 'the main heading' });
  if (typeof expected === 'string') await heading.toBe(expected);
  else await heading.toMatch(expected);
}

/** Axe with the WCAG 2.1 A/AA rules; returns serious and critical violations, readably. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export type DemoPerson = z.infer<typeof demoPeopleSchema>['people'][number];

/** The demo person with the role in the municipality, as the login page lists them. */
export async function demoPerson(page: Page, role: Role, municipality = 'Elvestad'): Promise<DemoPerson> {
  const response = await page.request.get('/api/auth/demo/people');
  const { people } = demoPeopleSchema.parse(await response.json());
  const person = people.find((p) => p.role === role && p.municipalityName === municipality);
  if (!person) throw new Error(`No demo ${role} in ${municipality}`);
  return person;
}

export const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;

/**
 * Logs in the way a person does: opens the login page (unless already there), clicks the
 * demo person's button in their municipality's list, and waits until the app has moved on
 * with their name in the header. Returns the person.
 */
export async function logInAsDemo(page: Page, role: Role, municipality = 'Elvestad'): Promise<DemoPerson> {
  const person = await demoPerson(page, role, municipality);
  if (new URL(page.url()).pathname !== '/login') await page.goto('/login');
  await demoLoginButton(page, person).click();
  await waitForLogin(page, person);
  return person;
}

/** The button that logs in as the person, inside their municipality's list on the login page. */
export function demoLoginButton(page: Page, person: DemoPerson) {
  return page
    .getByRole('region', { name: person.municipalityName, exact: true })
    .getByRole('button', { name: new RegExp(escapeRegExp(fullName(person))) });
}

/** Waits until the login page has let go: another address, and the person named in the header. */
export async function waitForLogin(page: Page, person: DemoPerson): Promise<void> {
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.locator('.app-user .session-summary__name', { hasText: fullName(person) }).waitFor();
}

// One login per person and server, shared by the tests that only need to be logged in: the
// server allows 20 demo logins a minute from one address. A test that logs out must log in
// with logInAsDemo itself, or it would end the session other tests share.
const loggedInStates = new Map<string, Promise<Awaited<ReturnType<BrowserContext['storageState']>>>>();

/** A fresh browser profile already logged in as the demo person (see logInAsDemo). */
export async function loggedInContext(
  tidlig: Tidlig,
  role: Role,
  municipality = 'Elvestad',
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const key = `${tidlig.url} ${role} ${municipality}`;
  let state = loggedInStates.get(key);
  if (!state) {
    state = (async () => {
      const context = await newContext(tidlig);
      const page = await context.newPage();
      await logInAsDemo(page, role, municipality);
      // Only the cookies: a language stored by the login page must not follow into other tests.
      const { cookies } = await context.storageState();
      await context.close();
      return { cookies, origins: [] };
    })();
    loggedInStates.set(key, state);
  }
  return newContext(tidlig, { ...options, storageState: await state });
}

/**
 * Presses Tab (or Shift+Tab, backwards) until the focused element matches a CSS selector, or
 * has exactly the text, as a keyboard user would; fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: string | { text: string },
  limit = 15,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    const reached = await page.evaluate((wanted) => {
      const active = document.activeElement;
      if (!active) return false;
      return typeof wanted === 'string' ? active.matches(wanted) : active.textContent?.trim() === wanted.text.trim();
    }, target);
    if (reached) return;
  }
  throw new Error(`Tab never reached ${typeof target === 'string' ? target : `"${target.text}"`}`);
}

/** The screenshot at a desktop width (1280 px) and a phone's (390 px), as `<name>-1280` and `<name>-390`. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(viewport);
}

/**
 * Registers a guardian's consent on the child page (in Norwegian bokmål) the way a person does:
 * the form starts empty, so the guardian, what it covers and both dates are chosen, then sent.
 * Given yesterday and lasting 300 days, counted from the real day: the app under test runs on
 * the real clock, and a consent must hold on the day it is used. Waits for the confirmation.
 */
export async function registerConsent(page: Page, consent: { guardian: string; scopes: readonly ConsentScope[] }): Promise<void> {
  const today = localDate(new Date());
  const givenOn = addDays(today, -1);
  const expiresOn = addDays(today, 300);
  const texts = consultationsMessages.nb;
  const section = page.getByRole('region', { name: texts.consents.heading });
  await section.getByLabel(texts.consents.registerGuardian).selectOption({ label: consent.guardian });
  const scopes = section.getByRole('group', { name: texts.consents.registerScopes });
  for (const scope of consent.scopes) await scopes.getByRole('checkbox', { name: texts.scope[scope], exact: true }).check();
  await section.getByLabel(texts.consents.givenOn, { exact: true }).fill(givenOn);
  await section.getByLabel(texts.consents.expiresOn, { exact: true }).fill(expiresOn);
  await section.getByRole('button', { name: texts.consents.submit }).click();
  await page.getByText(texts.consents.registered).waitFor();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The main menu's links, once it is there: the menu is fetched after login, so it may come
 * after the page itself.
 */
export async function menuLinks(page: Page): Promise<{ text: string; href: string }[]> {
  const links = page.locator('nav.app-nav a[href]');
  // Attached, not visible: on a phone the menu is folded behind its button.
  await links.first().waitFor({ state: 'attached' });
  return links.evaluateAll((all) => all.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' })));
}

/** Opens the page of the demo's inter-municipal on-call service (Fjordøy + Sundvik), found through the organisation API. */
export async function openOnCallServicePage(page: Page): Promise<void> {
  const municipalities = (await (await page.request.get('/api/organisation/municipalities')).json()) as { municipalities: { id: string; name: string }[] };
  const fjordoy = municipalities.municipalities.find((m) => m.name === 'Fjordøy');
  const detail = (await (await page.request.get(`/api/organisation/municipalities/${fjordoy?.id}`)).json()) as { cooperations: { units: { id: string; kind: string }[] }[] };
  const service = detail.cooperations[0]?.units.find((unit) => unit.kind === 'on_call_service');
  await page.goto(`/units/${service?.id}`);
}

/**
 * A browser zone whose calendar shows another date than Norway's at this moment: a laptop left on
 * a far zone, which must still record times on the service's clock. Before noon in Norway it is
 * still yesterday in Pago Pago (UTC−11); from noon it is already tomorrow in Kiritimati (UTC+14).
 */
export function zoneOnAnotherDate(now = new Date()): string {
  return localClockTime(now) < '12:00' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
}
