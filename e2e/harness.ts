/**
 * What every end-to-end test file needs: a Tidlig server on a free port with a fresh
 * database, a headless Chromium, and checks for accessibility and console errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startApp } from '../src/kernel/app.ts';
import type { UiLanguage } from '../src/kernel/i18n/languages.ts';

const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface Tidlig {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the app (migrated, seeded with demo data) and a browser; `close` stops both. */
export async function startTidlig(): Promise<Tidlig> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-e2e-'));
  const app = await startApp({
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TIDLIG_DATA_DIR: dataDir },
    seed: 1,
    log: false,
  });
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

/** Waits until the page's main heading is shown: data loaded, or a not-found/error page. */
export async function waitForPage(page: Page): Promise<string> {
  const heading = page.locator('main h1');
  await heading.waitFor({ state: 'visible' });
  return (await heading.textContent()) ?? '';
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
