/**
 * The evaluation as Elvestad's demo leader uses it: finds it in the menu, ticks the demo's
 * five pilot schools with their start dates, and reads the headline (a fall, with its 95 %
 * confidence interval), both charts with their tables and the national figures; axe-clean, at
 * 390 px too, and titled in all four languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDemoEvaluationHistory } from '../src/demo/evaluation.ts';
import { generateDemo } from '../src/demo/generate.ts';
import { createRandom } from '../src/demo/random.ts';
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

    for (const { unitId, startedOn } of pilot) {
      await page.getByRole('checkbox', { name: nameOf(unitId), exact: true }).check();
      await page.getByLabel(nb.form.startedOn.replace('{{unit}}', nameOf(unitId)), { exact: true }).fill(startedOn);
    }
    await page.getByRole('button', { name: nb.form.submit }).click();

    const headline = page.locator('#evaluation-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/^Bekymringsmeldinger per 100 barn falt med [\d,]+ \(95 % KI [−-]?[\d,]+ til [−-]?[\d,]+\) mer ved enhetene i tiltaket/);
    for (const title of [nb.chart.lines, nb.chart.events]) await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.locator('.chart-figure table').count()).toBe(2);
    await page.getByText(nb.national.NO.replace('{{rate}}', '50')).waitFor();
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    // The charts redraw for the narrower window a moment after it changes.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5_000 });
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is titled in every language', async () => {
    for (const language of uiLanguages) {
      const context = await loggedInContext(tidlig, 'leader', 'Elvestad');
      await rememberLanguage(context, language);
      const { page } = await newPage(context);
      await page.goto('/evaluation');
      await expectPage(page, evaluationMessages[language].title);
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
