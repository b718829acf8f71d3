/**
 * The start page per job and the menus by job: every demo role of Elvestad logs in, lands on
 * today's work with its own sections filled from the demo data, and has a menu for its work
 * with the organisation chart one click away. A teacher books a consultation from the start
 * page by keyboard in a handful of Tab presses (it took 27 through the organisation chart). At
 * 390 px the menu folds behind a Menu button, the page starts near the top and nothing scrolls
 * sideways. The expected texts are written out here, not read from the catalogues.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/time/dates.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import type { Role } from '../src/organisation/schema.ts';
import { schoolYearOf, schoolYearRange } from '../src/time/school-year.ts';
import {
  expectPage,
  loggedInContext,
  menuLinks,
  newPage,
  rememberLanguage,
  screenshots,
  seriousAxeViolations,
  startTidlig,
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

/** Each job's sections (their headings, in order) and menu, in bokmål. */
const jobs: Record<Role, { sections: string[]; menu: string[] }> = {
  staff: {
    sections: ['Book en konsultasjon', 'Dine neste bookinger', 'Bekymringsmeldingene dine'],
    menu: ['Start', 'Book tid', 'Mine bookinger', 'Bekymringsmeldinger', 'Elevsamtaler', 'Fravær', 'Finn et barn', 'Min kalender', 'Organisasjon'],
  },
  unit_leader: {
    sections: ['Teamene dine', 'Book en konsultasjon', 'Dine neste bookinger', 'Bekymringsmeldingene dine'],
    menu: ['Start', 'Teamet', 'Book tid', 'Mine bookinger', 'Konsultasjoner', 'Bekymringsmeldinger', 'Elevsamtaler', 'Fravær', 'Min kalender', 'Organisasjon'],
  },
  network_contact: {
    sections: ['Uka di', 'Elever som venter på en samtale', 'Oppfølginger du har ansvar for'],
    menu: ['Start', 'Ukeoversikt', 'Konsultasjoner', 'Elevsamtaler', 'Aktivitetslogg', 'Bekymringsmeldinger', 'Finn et barn', 'Min kalender', 'Organisasjon'],
  },
  partner: { sections: ['Teamene dine'], menu: ['Start', 'Mine team', 'Min kalender', 'Organisasjon'] },
  intake_worker: {
    sections: ['Fra vakta', 'Meldinger etter frist', 'Henvist til barnevernet'],
    menu: ['Start', 'Mottak', 'Overlevering', 'Elevsamtaler', 'Finn et barn', 'Organisasjon'],
  },
  on_call_worker: { sections: ['Dine neste vakter', 'Finn et barn'], menu: ['Start', 'Vaktlogg', 'Finn et barn', 'Organisasjon'] },
  leader: {
    sections: ['Nødtilganger', 'Fra vakta', 'Frister som nærmer seg eller er overskredet', 'Mottatte meldinger'],
    menu: ['Start', 'Nødtilganger', 'Frister', 'Mottak', 'Overlevering', 'Ukeoversikt', 'Ferier og reisetid', 'Evaluering', 'Finn et barn', 'Organisasjon'],
  },
  administrator: { sections: ['Kommunens innstillinger'], menu: ['Start', 'Ferier og reisetid', 'Fraværsretningslinje', 'Telefonnumre', 'Organisasjon'] },
};

async function openStart(role: Role, options: { width?: number; language?: 'nb' | 'nn' | 'da' | 'en' } = {}) {
  const width = options.width ?? 1280;
  const context = await loggedInContext(tidlig, role, 'Elvestad', { locale: 'nb-NO', viewport: { width, height: width === 390 ? 844 : 900 } });
  if (options.language) await rememberLanguage(context, options.language);
  const { page, consoleErrors } = await newPage(context);
  await page.goto('/');
  const heading = await waitForPage(page);
  await settled(page);
  return { context, page, heading, consoleErrors };
}

/**
 * The unit leader plans and publishes two team meetings from tomorrow, through the API the
 * team page uses. Counted from the real day (the server runs on the real clock), in a school
 * year that still has school days ahead: the next one from about two months before it begins.
 */
async function publishMeetingsAhead() {
  const context = await loggedInContext(tidlig, 'unit_leader');
  const session = sessionSchema.parse(await (await context.request.get('/api/session')).json());
  const unitId = session.user!.currentUnit!.id;
  const headers = { 'x-csrf-token': session.csrfToken };
  const tomorrow = addDays(localDate(new Date()), 1);
  const schoolYear = schoolYearOf(addDays(tomorrow, 60));
  const { from: yearStart, to } = schoolYearRange(schoolYear);
  const from = tomorrow > yearStart ? tomorrow : yearStart;
  const plan = { schoolYear, count: 2, weekday: 2, start: '13:00', end: '14:00', from, to };
  expect((await context.request.post(`/api/units/${unitId}/team/plan`, { headers, data: plan })).status()).toBe(201);
  expect((await context.request.post(`/api/units/${unitId}/team/plan/publish`, { headers, data: { schoolYear } })).ok()).toBe(true);
  await context.close();
}

/** Waits until no section is still loading. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('main .start-section').length > 0 && !document.querySelector('main .ds-spinner'));
}

const sectionHeadings = (page: Page) => page.locator('main .start-section h2').allTextContents();
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('the start page per job', () => {
  for (const role of Object.keys(jobs) as Role[]) {
    it(`shows ${role} today's work and a menu for it, axe-clean, on one line at 1280 px`, async () => {
      const { context, page, heading, consoleErrors } = await openStart(role);
      expect(heading).toBe('Dagens arbeid');
      expect(await page.title()).toBe('Dagens arbeid – Tidlig');
      expect(await sectionHeadings(page)).toEqual(jobs[role].sections);
      const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
      expect((await menuLinks(page)).map((link) => link.text)).toEqual(jobs[role].menu);
      expect(await nav.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page');
      // The leader's menu wrapped at 1280 px: every entry on one line now, for every job.
      const tops = await nav.locator('li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(1);
      expect(await page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshots(page, `start-${role}`);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it("fills the teacher's sections from the demo: free times at their school, each a link to the form", async () => {
    const { context, page } = await openStart('staff');
    const book = section(page, 'Book en konsultasjon');
    expect(await book.getByRole('link', { name: /^Book / }).count()).toBeGreaterThan(0);
    expect(await book.getByRole('link', { name: /^Alle ledige tider ved / }).getAttribute('href')).toMatch(/^\/units\/[0-9a-f-]{36}\/book$/);
    await context.close();
  });

  it("fills the network contact's week from the demo, on any day of the week", async () => {
    const contact = await openStart('network_contact');
    expect(await contact.page.locator('.start-section', { hasText: 'Uka di' }).getByText(/konsultasjonstid ved/).count()).toBeGreaterThan(0);
    await contact.context.close();
  });

  it("shows the partner their team from the demo, and its next meeting once the unit leader has published the plan", async () => {
    const before = await openStart('partner');
    const teams = section(before.page, 'Teamene dine');
    expect(await teams.locator('h3').allTextContents()).toEqual(['Lynghaugen skole']);
    expect(await teams.getByText('Ingen kommende møter er planlagt.').count()).toBe(1);
    await before.context.close();

    await publishMeetingsAhead();
    const after = await openStart('partner');
    const next = section(after.page, 'Teamene dine').getByText('Neste møte:');
    expect(await next.count()).toBe(1);
    expect(await next.getByRole('link').count()).toBe(1);
    await after.context.close();
  });

  it('keeps the organisation chart one click away', async () => {
    const { context, page } = await openStart('staff');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjon' }).click();
    // The chart's page loads on first use: the start page stays until it has come.
    await page.waitForURL((url) => url.pathname === '/organisation');
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await context.close();
  });
});

describe('in four languages', () => {
  const titles = {
    nb: ['Dagens arbeid', 'Book en konsultasjon', 'Dine neste bookinger', 'Bekymringsmeldingene dine'],
    nn: ['Dagens arbeid', 'Book ein konsultasjon', 'Dei neste bookingane dine', 'Bekymringsmeldingane dine'],
    da: ['Dagens arbejde', 'Book en konsultation', 'Dine næste bookinger', 'Dine underretninger'],
    en: ["Today's work", 'Book a consultation', 'Your next bookings', 'Your concern reports'],
  } as const;
  for (const language of ['nb', 'nn', 'da', 'en'] as const) {
    it(`heads the teacher's start page in ${language}`, async () => {
      const { context, page, heading } = await openStart('staff', { language });
      expect([heading, ...(await sectionHeadings(page))]).toEqual(titles[language]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('at 390 px', () => {
  for (const role of ['staff', 'leader', 'network_contact'] as const) {
    it(`folds the ${role}'s menu, starts the content near the top and scrolls nothing sideways`, async () => {
      const { context, page } = await openStart(role, { width: 390 });
      const nav = page.locator('nav.app-nav');
      const button = page.getByRole('button', { name: 'Meny' });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      const top = await page.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().top);
      expect(top).toBeLessThan(200);
      const sideways = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      expect(sideways).toBeLessThanOrEqual(0);

      // By keyboard: the button opens the menu, its first entry follows it, and it closes again.
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await nav.isVisible()).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      expect(await nav.isVisible()).toBe(false);
      await context.close();
    });
  }

  it('closes the opened menu after following one of its links', async () => {
    const { context, page } = await openStart('staff', { width: 390 });
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.locator('nav.app-nav').getByRole('link', { name: 'Mine bookinger' }).click();
    await expectPage(page, 'Mine bookinger');
    expect(await page.locator('nav.app-nav').isVisible()).toBe(false);
    await context.close();
  });
});

describe('booking from the start page by keyboard', () => {
  it('reaches the booking form in a handful of Tab presses and books', async () => {
    const { context, page } = await openStart('staff');
    // From a fresh load: the skip link, then into the start page's first free time.
    let presses = 0;
    const tabUntil = async (test: () => boolean, limit: number) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        presses += 1;
        if (await page.evaluate(test)) return;
      }
      throw new Error(`not reached in ${limit} presses`);
    };
    await tabUntil(() => document.activeElement?.textContent === 'Hopp til hovedinnholdet', 3);
    await page.keyboard.press('Enter');
    await tabUntil(() => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('Book '), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Book konsultasjonstid' }).waitFor();
    await page.getByLabel('Hva vil du drøfte?').waitFor();
    // Focus starts the page's content; the breadcrumbs (Kommuner › Elvestad › school › this page) come before the form.
    await tabUntil(() => document.activeElement?.tagName === 'SELECT', 5);
    expect(presses).toBeLessThanOrEqual(8);

    await page.keyboard.press('Tab');
    await page.keyboard.type('Uro i klassen etter friminuttene');
    await tabUntil(() => document.activeElement?.textContent === 'Book tiden', 3);
    await page.keyboard.press('Enter');
    await expectPage(page, 'Tiden er booket');
    await context.close();
  });
});

describe('a long text', () => {
  it('is counted as it is typed, never cut, and refused in words when it is over the limit', async () => {
    const { context, page } = await openStart('staff');
    await section(page, 'Book en konsultasjon').getByRole('link', { name: /^Book / }).first().click();
    const purpose = page.getByLabel('Hva vil du drøfte?');
    const long = 'Uro i klassen. '.repeat(34);
    await purpose.fill(long);
    expect(await purpose.inputValue()).toBe(long);
    await page.getByText('10 tegn for mye').waitFor();
    await page.getByRole('button', { name: 'Book tiden' }).click();
    await page.getByText('Teksten er for lang.').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Book konsultasjonstid');

    await purpose.fill(long.slice(0, 480));
    await page.getByText('20 tegn igjen').waitFor();
    await context.close();
  });
});
