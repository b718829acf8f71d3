/**
 * How the web app reaches the browser, and how every page holds up: the login page's download
 * (compressed, cached, small), a title on every page once it has loaded, no sideways scrolling
 * on a phone, and nynorsk dates in a browser without nynorsk formats.
 */
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import type { Role } from '../src/organisation/schema.ts';
import { loggedInContext, menuLinks, newContext, newPage, rememberLanguage, screenshot, seriousAxeViolations, startTidlig, type Tidlig } from './harness.ts';

const LOGIN_BUDGET_BYTES = 150_000;
const PHONE = { width: 390, height: 844 };
const LOADING_TITLE = commonMessages.nb.pageTitle.replace('{{page}}', commonMessages.nb.loading);

let tidlig: Tidlig;
beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

describe('the login page', () => {
  it(`downloads at most ${LOGIN_BUDGET_BYTES / 1000} kB of compressed JavaScript and CSS, brotli, cached for good`, async () => {
    const context = await newContext(tidlig);
    const { page, consoleErrors } = await newPage(context);
    const assets: Response[] = [];
    page.on('response', (response) => {
      if (/\.(js|css)$/.test(new URL(response.url()).pathname)) assets.push(response);
    });
    const document = await page.goto('/login');
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');

    expect(document?.headers()['cache-control']).toBe('no-cache');
    let total = 0;
    for (const response of assets) {
      const headers = await response.allHeaders();
      const { responseBodySize } = await response.request().sizes();
      total += responseBodySize;
      expect(new URL(response.url()).pathname).toMatch(/^\/assets\//);
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // Below 1 kB a file is sent as it is; everything bigger comes compressed.
      if (responseBodySize >= 1024) expect(headers['content-encoding']).toBe('br');
    }
    console.info(`login page: ${assets.length} files, ${(total / 1000).toFixed(1)} kB compressed`);
    expect(total).toBeLessThanOrEqual(LOGIN_BUDGET_BYTES);
    // Only the shell: no capability's pages.
    expect(assets.map((response) => new URL(response.url()).pathname).join(' ')).not.toMatch(/presence|organisation|teams/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('sends gzip to a client without brotli', async () => {
    const html = await (await fetch(`${tidlig.url}/login`)).text();
    const script = html.match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${tidlig.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

/** The pages a person in the role works on: their menu, and their unit's own pages. */
async function pagesOf(page: Page): Promise<string[]> {
  await page.goto('/organisation');
  await page.locator('main h1').waitFor();
  const menu = (await menuLinks(page)).map((link) => link.href);
  const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
  const unit = session.user?.currentUnit?.id;
  const unitPages = unit ? [`/units/${unit}`, `/units/${unit}/book`, `/units/${unit}/consultations`, `/units/${unit}/team`] : [];
  return [...new Set([...menu.filter((href) => href.startsWith('/')), ...unitPages])];
}

/** Waits until the page has its heading and nothing on it is still loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.page-loading').first().waitFor({ state: 'detached' });
}

const ROLES: Role[] = ['staff', 'network_contact', 'unit_leader', 'intake_worker', 'leader', 'partner'];

describe.each(ROLES)('every page of a %s', (role) => {
  it('has its own title once loaded, and no sideways scrolling at 390 px', async () => {
    const context = await loggedInContext(tidlig, role, 'Elvestad', { viewport: PHONE });
    const { page, consoleErrors } = await newPage(context);
    const wrong: string[] = [];
    for (const path of await pagesOf(page)) {
      await page.goto(path);
      await settle(page);
      const title = await page.title();
      if (title === LOADING_TITLE || !title.endsWith(' – Tidlig')) wrong.push(`${path}: title "${title}"`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wrong.push(`${path}: ${width} px wide`);
      await screenshot(page, `delivery-${role}${path.replace(/\/[0-9a-f-]{36}/g, '').replaceAll('/', '-')}-390`);
    }
    expect(wrong).toEqual([]);
    // A unit page the role may not use answers 403, and the page says so; nothing else may fail.
    expect(consoleErrors.filter((error) => !error.includes('status of 403'))).toEqual([]);
    await context.close();
  });
});

describe('My bookings on a phone', () => {
  it('shows Move and Cancel for each booking without scrolling sideways', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { viewport: PHONE });
    const { page } = await newPage(context);
    await page.goto('/bookings');
    await settle(page);
    const actions = page.locator('main .booking-actions').first().locator('a, button');
    expect(await actions.count()).toBe(2);
    for (const action of await actions.all()) {
      const box = await action.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'delivery-my-bookings-390');
    await context.close();
  });
});

describe('nynorsk in a browser without nynorsk date formats', () => {
  it('writes dates the Norwegian way, not in the browser’s English', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'en-US' });
    await rememberLanguage(context, 'nn');
    const { page } = await newPage(context);
    await page.goto('/bookings');
    await settle(page);
    const firstDate = (await page.locator('main tbody tr td').first().textContent()) ?? '';
    // "14. desember 2026", never "December 14, 2026".
    expect(firstDate).toMatch(/^\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}$/);
    await context.close();
  });
});
