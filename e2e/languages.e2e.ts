/**
 * The organisation pages in each of the four languages: the texts are that language's,
 * `<html lang>` says so, axe finds nothing serious, and the choice survives a reload. Logged
 * in as an administrator, who sees their own municipality only (Elvestad's, and Vesterhav's
 * in Danish) and no children: the register has tests of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiLanguages, type UiLanguage } from '../src/kernel/i18n/languages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { organisationMessages } from '../src/organisation/web/messages.ts';
import type { Role } from '../src/organisation/schema.ts';
import {
  expectPage,
  loggedInContext,
  newPage,
  rememberLanguage,
  screenshot,
  seriousAxeViolations,
  startTidlig,
  waitForPage,
  type Tidlig,
} from './harness.ts';

// Written out, not read from the catalogues, so a catalogue with the wrong language fails too.
const listTitle: Record<UiLanguage, string> = {
  nb: 'Kommuner',
  nn: 'Kommunar',
  da: 'Kommuner',
  en: 'Municipalities',
};
const staffHeading: Record<UiLanguage, string> = {
  nb: 'Ansatte',
  nn: 'Tilsette',
  da: 'Medarbejdere',
  en: 'Staff',
};

// Whose municipality each language's test visits: the Danish one a Danish municipality's.
const municipalityOf: Record<UiLanguage, string> = { nb: 'Elvestad', nn: 'Elvestad', da: 'Vesterhav', en: 'Elvestad' };
const role: Role = 'administrator';

let tidlig: Tidlig;
beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

describe.each(uiLanguages)('in %s', (language) => {
  const common = commonMessages[language];
  const organisation = organisationMessages[language];

  it('shows the municipality list, a municipality and a unit in that language, accessibly', async () => {
    const context = await loggedInContext(tidlig, role, municipalityOf[language]);
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);

    await page.goto('/organisation');
    expect(await waitForPage(page)).toBe(listTitle[language]);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await page.title()).toBe(`${listTitle[language]} – Tidlig`);
    await expect.poll(() => page.getByRole('navigation', { name: common.nav.label }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.demo-banner').textContent()).toContain(common.demo.text);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `${language}-municipalities`);

    // An administrator's roles reach their own municipality only, so the list has just that one.
    const links = page.locator('main .card-grid a');
    expect(await links.allTextContents()).toEqual([municipalityOf[language]]);
    const municipalityName = municipalityOf[language];
    await links.first().click();
    await expectPage(page, municipalityName);
    await page.getByLabel(organisation.municipality.filter.label).waitFor();
    await page.getByRole('heading', { level: 3, name: common.unitKindPlural.school }).first().waitFor();
    expect(await page.title()).toBe(`${municipalityName} – Tidlig`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `${language}-municipality`);

    await page.locator('main table a').first().click();
    const unitName = await waitForPage(page);
    expect(unitName).not.toBe(municipalityName);
    expect(await page.locator('main h2').first().textContent()).toBe(staffHeading[language]);
    await page.getByRole('heading', { level: 2, name: organisation.unit.groups.heading }).waitFor();
    expect(await page.locator('.facts dd').first().textContent()).toBe(common.unitKind.school);
    expect(await page.title()).toBe(`${unitName} – Tidlig`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `${language}-unit`);

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the language chosen in the switch after a reload', async () => {
    const other = language === 'nb' ? 'en' : 'nb';
    const context = await loggedInContext(tidlig, role, 'Elvestad');
    await rememberLanguage(context, other);
    const { page } = await newPage(context);
    await page.goto('/organisation');
    expect(await waitForPage(page)).toBe(listTitle[other]);

    await page.getByLabel(commonMessages[other].language.label).selectOption(language);
    await page.getByRole('button', { name: commonMessages[other].language.apply }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
    await expectPage(page, listTitle[language]);

    await page.reload();
    expect(await waitForPage(page)).toBe(listTitle[language]);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await context.close();
  });
});
