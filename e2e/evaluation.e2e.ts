/**
 * The evaluation as Elvestad's demo leader uses it: finds it in the menu, finds the demo's saved
 * pilot open (five schools with their start dates, the units in name order), and reads the
 * headline (a fall, with its 95 % confidence interval), both charts with their tables and the
 * national figures; saves a pilot of their own with a chosen comparison group and opens it
 * again after a reload; axe-clean, at 390 px too, and titled in all four languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PILOT_NAME, planDemoEvaluationHistory } from '../src/demo/evaluation.ts';
import { generateDemo } from '../src/demo/generate.ts';
import { createRandom } from '../src/demo/random.ts';
import { evaluationImportMessages } from '../src/evaluation/web/import-messages.ts';
import { evaluationMessages } from '../src/evaluation/web/messages.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { localDate } from '../src/time/dates.ts';
import { expectPage, loggedInContext, menuLinks, newPage, rememberLanguage, seriousAxeViolations, startTidlig, waitForPage, type Tidlig } from './harness.ts';

const nb = evaluationMessages.nb;
let tidlig: Tidlig;

// The demo the server seeds (seed 1, today): its pilot schools and their start dates.
const data = generateDemo({ seed: 1, scale: 'default' });
const { pilot } = planDemoEvaluationHistory(data, localDate(new Date()), createRandom(1));
const nameOf = (unitId: string) => data.unit.find((u) => u.id === unitId)!.name;
const elvestad = data.municipality.find((m) => m.name === 'Elvestad')!;
const otherSchools = data.unit
  .filter((u) => u.municipality_id === elvestad.id && u.kind === 'school' && !pilot.some((p) => p.unitId === u.id))
  .map((u) => u.name)
  .sort((a, b) => a.localeCompare(b, 'nb'));

beforeAll(async () => {
  tidlig = await startTidlig();
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('a leader', () => {
  it('sets up the pilot and reads the effect, the caveats and the tables behind the charts', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await waitForPage(page);
    const link = (await menuLinks(page)).find((l) => l.text === commonMessages.nb.nav.evaluation);
    expect(link?.href).toBe('/evaluation');
    await page.goto('/evaluation');
    await expectPage(page, nb.title);
    await page.getByRole('checkbox').first().waitFor();
    await expectAccessible(page);

    // The demo's saved pilot is open: its schools ticked with their start dates, the units in name order.
    expect(await page.getByRole('combobox', { name: nb.pilot.choose, exact: true }).locator('option:checked').textContent()).toBe(DEMO_PILOT_NAME);
    const units = page.getByRole('group', { name: nb.form.pilot });
    const labels = await units.getByRole('checkbox').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(labels).toEqual([...labels].sort(new Intl.Collator('nb').compare));
    for (const { unitId, startedOn } of pilot) {
      expect(await units.getByRole('checkbox', { name: nameOf(unitId), exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel(nb.form.startedOn.replace('{{unit}}', nameOf(unitId)), { exact: true }).inputValue()).toBe(startedOn);
    }
    expect(await page.getByRole('radio', { name: nb.pilot.all_of_kind }).isChecked()).toBe(true);
    await page.getByRole('button', { name: nb.form.submit }).click();

    const headline = page.locator('#evaluation-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/^Bekymringsmeldinger per 100 barn falt med [\d,]+ \(95 % KI [−-]?[\d,]+ til [−-]?[\d,]+\) mer ved enhetene i tiltaket/);
    for (const title of [nb.chart.lines, nb.chart.events]) await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.locator('.chart-figure table').count()).toBe(2);
    await page.getByText(nb.national.NO.replace('{{rate}}', '50')).waitFor();
    await expectAccessible(page);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nb.pdf.download }).click()]);
    expect(pdf.suggestedFilename()).toBe('evaluation.pdf');

    await page.setViewportSize({ width: 390, height: 844 });
    // The charts redraw for the narrower window a moment after it changes.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5_000 });
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('saves a pilot of their own with a chosen comparison group, and opens it again', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/evaluation');
    await expectPage(page, nb.title);
    await page.getByRole('combobox', { name: nb.pilot.choose, exact: true }).selectOption({ label: nb.pilot.new });
    const name = 'Prøve med utvalgte skoler';
    const [first, second, ...rest] = otherSchools;
    const pilotUnits = [
      { unit: first!, startedOn: '2025-08-01' },
      { unit: second!, startedOn: '2026-01-01' },
    ];
    const comparison = rest.slice(0, 3);
    await page.getByLabel(nb.pilot.name).fill(name);
    const units = page.getByRole('group', { name: nb.form.pilot });
    for (const { unit, startedOn } of pilotUnits) {
      await units.getByRole('checkbox', { name: unit, exact: true }).check();
      await page.getByLabel(nb.form.startedOn.replace('{{unit}}', unit), { exact: true }).fill(startedOn);
    }
    await page.getByRole('radio', { name: nb.pilot.chosen }).check();
    const chosen = page.getByRole('group', { name: nb.pilot.comparisonUnits });
    for (const unit of comparison) await chosen.getByRole('checkbox', { name: unit, exact: true }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: nb.pilot.save }).click();
    await page.getByText(nb.pilot.saved.replace('{{name}}', name)).waitFor();

    await page.reload();
    await expectPage(page, nb.title);
    await page.getByRole('combobox', { name: nb.pilot.choose, exact: true }).selectOption({ label: name });
    expect(await page.getByLabel(nb.pilot.name).inputValue()).toBe(name);
    for (const { unit, startedOn } of pilotUnits) {
      expect(await units.getByRole('checkbox', { name: unit, exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel(nb.form.startedOn.replace('{{unit}}', unit), { exact: true }).inputValue()).toBe(startedOn);
    }
    expect(await page.getByRole('radio', { name: nb.pilot.chosen }).isChecked()).toBe(true);
    for (const unit of otherSchools.slice(2)) expect(await chosen.getByRole('checkbox', { name: unit, exact: true }).isChecked()).toBe(comparison.includes(unit));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('imports counts from before Tidlig, naming each refused row, and says why a file it cannot read was refused', async () => {
    const texts = evaluationImportMessages.nb;
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/evaluation');
    await page.getByRole('link', { name: texts.title }).click();
    await expectPage(page, texts.title);
    await expectAccessible(page);

    const file = ['unit;month;outcome;count', `${otherSchools[0]};2021-03;concern_reports;6`, 'Ingen slik skole;2021-03;concern_reports;2', `${otherSchools[0]};2021-13;consultations;4`].join('\n');
    await page.getByLabel(texts.file).setInputFiles({ name: 'for-tidlig.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: texts.send }).click();
    await page.getByText(texts.done.replace('{{rows}}', '3').replace('{{accepted}}', '1').replace('{{rejected}}', '2')).waitFor();
    const refused = page.getByRole('table', { name: texts.rejectedHeading });
    expect(await refused.getByRole('row').allTextContents()).toEqual([
      `${texts.line}${texts.reason}${texts.column}`,
      `3${texts.reasons.unknown_unit}unit`,
      `4${texts.reasons.bad_month}month`,
    ]);
    await expectAccessible(page);

    await page.getByLabel(texts.file).setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: Buffer.from('skole,antall\nNordby,4\n') });
    await page.getByRole('button', { name: texts.send }).click();
    await page.getByText(texts.errors.missing_columns, { exact: false }).waitFor();
    await expectAccessible(page);
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('is titled in every language', async () => {
    for (const language of uiLanguages) {
      const context = await loggedInContext(tidlig, 'leader', 'Elvestad');
      await rememberLanguage(context, language);
      const { page } = await newPage(context);
      await page.goto('/evaluation');
      await expectPage(page, evaluationMessages[language].title);
      await page.goto('/evaluation/import');
      await expectPage(page, evaluationImportMessages[language].title);
      await context.close();
    }
  });

  it('is not in a teacher’s menu', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad');
    const { page } = await newPage(context);
    await page.goto('/');
    await waitForPage(page);
    expect((await menuLinks(page)).map((l) => l.href)).not.toContain('/evaluation');
    await context.close();
  });
});
