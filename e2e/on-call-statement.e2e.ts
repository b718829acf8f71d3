/**
 * The monthly cost statement as the leader of the Fjordøy + Sundvik on-call service uses it:
 * from the service's page to the demo's last full month (a key and a cost already stored, each
 * municipality's share to the øre), the PDF of the same, a new cost set with the keyboard alone,
 * and a key that does not add up to 100 refused in words at the field. Titled and axe-clean in
 * all four languages. The demo is seeded on the real clock, and the page starts at the last full
 * month of the browser's, the same one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { onCallMessages } from '../src/on-call/web/messages.ts';
import { onCallStatementMessages } from '../src/on-call/web/statement-messages.ts';
import { formatOre } from '../src/on-call/web/statement-format.ts';
import { expectPage, loggedInContext, newPage, openOnCallServicePage, rememberLanguage, screenshots, seriousAxeViolations, startTidlig, tabTo, type Tidlig } from './harness.ts';

const nb = onCallStatementMessages.nb;

let tidlig: Tidlig;

beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

/** The statement table's cells, row by row. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  return page.getByRole('table', { name }).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
}

describe("the leader of the service's host municipality", () => {
  it("reads the last full month's statement from the service's page, with its PDF", async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.link }).click();
    await expectPage(page, nb.title);
    await page.getByRole('table', { name: nb.table }).waitFor();
    const rows = await tableRows(page, nb.table);
    expect(rows.map((row) => row[0])).toEqual(['Fjordøy', 'Sundvik', nb.total]);
    // The demo stored 1.85 million kroner: the shares are there and add up to it.
    for (const row of rows) expect(row[4]).not.toBe('');
    expect(rows[2]![4]!.replace(/\s/g, ' ')).toBe(formatOre(185_000_000, 'nb').replace(/\s/g, ' '));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots(page, 'on-call-statement');

    const href = await page.getByRole('link', { name: nb.pdf }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('sets a new cost with the keyboard alone, and is told at the field when the key does not add up to 100', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: nb.link }).click();
    await expectPage(page, nb.title);
    const cost = page.getByLabel(nb.form.cost);
    await cost.waitFor();

    await cost.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1200000,01');
    await tabTo(page, `input[name="key.population"]`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await page.getByText(nb.errors.key_not_100).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('key.population');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('50');
    await tabTo(page, { text: nb.form.save }, 20);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(nb.form.saved).waitFor();
    const rows = await tableRows(page, nb.table);
    expect(rows[2]![4]!.replace(/\s/g, ' ')).toBe(formatOre(120_000_001, 'nb').replace(/\s/g, ' '));
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each(uiLanguages)('is titled, written and axe-clean in %s', async (language) => {
    const m = onCallStatementMessages[language];
    const context = await loggedInContext(tidlig, 'leader', 'Fjordøy');
    await rememberLanguage(context, language);
    const { page } = await newPage(context);
    await openOnCallServicePage(page);
    await page.getByRole('link', { name: m.link }).click();
    await expectPage(page, m.title);
    await page.getByRole('table', { name: m.table }).waitFor();
    await page.getByLabel(m.form.cost).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is not offered to an on-call worker', async () => {
    const context = await loggedInContext(tidlig, 'on_call_worker', 'Fjordøy', { locale: 'nb-NO' });
    const { page } = await newPage(context);
    await openOnCallServicePage(page);
    // The service's page leads the worker to the night's log instead.
    await page.getByRole('link', { name: onCallMessages.nb.night.title }).waitFor();
    expect(await page.getByRole('link', { name: nb.link }).count()).toBe(0);
    await context.close();
  });
});
