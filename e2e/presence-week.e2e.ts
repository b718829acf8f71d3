/**
 * The rest of presence, as the people who use it, in the demo as seeded: Elvestad's network
 * contact holds a weekly hour at a teacher's school and the teacher has booked two coming slots
 * in it; the contact opens their week from the menu, in all four languages and on a 390 px wide
 * phone; the teacher moves a booking to another slot with the keyboard only; a leader plans a
 * clashing hour in the form and is told which unit and time it clashes with, and sets the school
 * holidays (replacing the seeded autumn break by the proposal for another ISO week) and the
 * travel time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/time/dates.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { fromMinutes, toMinutes } from '../src/time/clock-time.ts';
import { mondayOfIsoWeek } from '../src/time/iso-dates.ts';
import { schoolYearOf, startYearOf } from '../src/time/school-year.ts';
import { weekParamOf } from '../src/presence/domain/week.ts';
import { bookingSchema, consultationHoursSchema, type ConsultationHour } from '../src/presence/schema.ts';
import { presenceMessages } from '../src/presence/web/messages.ts';
import {
  expectPage,
  loggedInContext,
  newPage,
  rememberLanguage,
  screenshots,
  seriousAxeViolations,
  startTidlig,
  tabTo,
  waitForPage,
  type Tidlig,
} from './harness.ts';

const nb = { presence: presenceMessages.nb, common: commonMessages.nb };

let tidlig: Tidlig;
let unit: { id: string; name: string };
let contactId: string;
let hour: ConsultationHour;
let booked: { id: string; date: string; start: string };

async function csrf(context: BrowserContext): Promise<{ token: string; user: { id: string; currentUnit: { id: string; name: string } | null } }> {
  const session = sessionSchema.parse(await (await context.request.get('/api/session')).json());
  return { token: session.csrfToken, user: { id: session.user!.id, currentUnit: session.user!.currentUnit } };
}

beforeAll(async () => {
  tidlig = await startTidlig();
  const teacher = await loggedInContext(tidlig, 'staff', 'Elvestad');
  const current = (await csrf(teacher)).user.currentUnit;
  if (!current) throw new Error('the teacher has no unit');
  unit = { id: current.id, name: current.name };

  // The demo network contact's seeded weekly hour at the teacher's school.
  const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
  contactId = (await csrf(contact)).user.id;
  await contact.close();
  const hours = consultationHoursSchema.parse(await (await teacher.request.get(`/api/units/${unit.id}/consultation-hours?limit=1`)).json());
  const seeded = hours.hours.find((h) => h.contact.id === contactId);
  if (!seeded) throw new Error("the demo has no hour by the network contact at the teacher's school");
  hour = seeded;

  // The teacher's first seeded booking in it (one a week: the week shows 1 of its 3 slots booked).
  const mine = bookingSchema.array().parse((await (await teacher.request.get('/api/bookings/mine')).json()).bookings);
  const first = mine.find((b) => b.consultationHourId === hour.id && b.status === 'booked');
  if (!first) throw new Error('the demo teacher has no seeded booking');
  booked = { id: first.id, date: first.date, start: first.start };
  await teacher.close();
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('a network contact', () => {
  it('opens their week from the menu and sees the hour, the booking and who booked it', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await waitForPage(page);
    await page.getByRole('navigation', { name: nb.common.nav.label }).getByRole('link', { name: nb.common.nav.week }).click();
    await expectPage(page, nb.presence.week.title);
    const thisWeek = weekParamOf(localDate(new Date()));
    await page.locator('.week-range', { hasText: `Uke ${Number(thisWeek.slice(6))}:` }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: nb.presence.week.next }).click();
    await page.waitForURL((url) => url.searchParams.get('week') === weekParamOf(addDays(localDate(new Date()), 7)));
    await page.getByRole('link', { name: nb.presence.week.current }).click();
    await page.locator('.week-range', { hasText: `Uke ${Number(thisWeek.slice(6))}:` }).waitFor();

    // The week of the booking: the seeded hours start on the day the demo was seeded, so this week may have none.
    const bookingWeek = weekParamOf(booked.date);
    await page.goto(`/presence/week?contact=${contactId}&week=${bookingWeek}`);
    await waitForPage(page);
    const hourText = nb.presence.week.hour.replace('{{start}}', hour.start).replace('{{end}}', hour.end).replace('{{unit}}', unit.name);
    const entry = page.locator('.week-entries > li', { hasText: hourText });
    await entry.waitFor();
    await entry.getByText('1 av 3 tider booket').waitFor();
    await entry.getByText(new RegExp(`^${booked.start}: .+, ${nb.common.concernCategory.behaviour}$`)).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-contact-week-booked');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it.each(uiLanguages)('sees the week in %s, readable at 390 px', async (language) => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { viewport: { width: 390, height: 844 } });
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);
    const texts = presenceMessages[language].week;
    await page.goto(`/presence/week?contact=${contactId}&week=${weekParamOf(booked.date)}`);
    expect(await waitForPage(page)).toBe(texts.title);
    await page.getByRole('link', { name: texts.previous }).waitFor();
    await page.getByText(texts.slots.replace('{{booked}}', '1').replace('{{total}}', '3')).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshots(page, `${language}-contact-week`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a teacher', () => {
  it('moves their booking to another slot with the keyboard only', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/bookings');
    expect(await waitForPage(page)).toBe(nb.presence.mine.title);
    await tabTo(page, `a[href="/bookings/${booked.id}/move"]`, 60);
    await page.keyboard.press('Enter');
    await expectPage(page, nb.presence.move.title);
    await page.locator('.slot-list').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-move-booking');

    await tabTo(page, '.slot-list button', 60);
    const label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    await page.keyboard.press('Enter');
    await expectPage(page, nb.presence.move.done.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible(page);

    const mine = await (await page.request.get('/api/bookings/mine')).json();
    const moved = bookingSchema.array().parse(mine.bookings).find((b) => b.id === booked.id)!;
    expect(moved.status).toBe('booked');
    expect(`${moved.date} ${moved.start}`).not.toBe(`${booked.date} ${booked.start}`);
    expect(label).toContain(moved.start);
    booked = { id: moved.id, date: moved.date, start: moved.start };
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a leader', () => {
  it("plans an hour on the unit page and is told which unit and time it clashes with", async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unit.id}`);
    expect(await waitForPage(page)).toBe(unit.name);
    const form = page.getByRole('region', { name: nb.presence.plan.heading });
    await form.getByLabel(nb.presence.plan.contact).waitFor();
    await form.locator('select option').first().waitFor({ state: 'attached' });
    await form.getByLabel(nb.presence.plan.contact).selectOption(contactId);

    // Keyboard only: the weekday, then the times; the last half hour of the contact's seeded hour here, and the half hour after.
    await form.getByLabel(nb.presence.plan.weekday).focus();
    for (let day = 1; day < hour.weekday; day++) await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel(nb.presence.plan.weekday).inputValue()).toBe(String(hour.weekday));
    await form.getByLabel(nb.presence.plan.start).fill(fromMinutes(toMinutes(hour.end) - 30));
    await form.getByLabel(nb.presence.plan.end).fill(fromMinutes(toMinutes(hour.end) + 30));
    await form.getByRole('button', { name: nb.presence.plan.submit }).focus();
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: unit.name });
    await alert.waitFor();
    const unitPattern = unit.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(await alert.textContent()).toMatch(new RegExp(`Kolliderer med konsultasjonstiden ved ${unitPattern} .+ kl\\. ${hour.start}–${hour.end}\\.`));
    await expectAccessible(page);
    await screenshots(page, 'nb-plan-clash');

    // A free time is planned (after every seeded block and the travel from it), and the hours list shows it.
    await form.getByLabel(nb.presence.plan.start).fill('16:00');
    await form.getByLabel(nb.presence.plan.end).fill('17:00');
    await form.getByRole('button', { name: nb.presence.plan.submit }).click();
    await form.getByRole('status').filter({ hasText: '16:00–17:00' }).waitFor();
    await page.getByRole('cell', { name: '16:00–17:00' }).waitFor();
    await expectAccessible(page);
    // The one 409 is the clash, which Chromium logs as a failed resource.
    expect(consoleErrors.filter((message) => !message.includes('status of 409'))).toEqual([]);
    await context.close();
  });
});

describe('a leader', () => {
  it('proposes the school holidays by ISO week and saves them with the travel time; a nameless holiday is refused', async () => {
    const context = await loggedInContext(tidlig, 'leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto('/');
    await waitForPage(page);
    await page.getByRole('navigation', { name: nb.common.nav.label }).getByRole('link', { name: nb.common.nav.presenceSettings }).click();
    await expectPage(page, nb.presence.settings.title);
    const travel = page.getByLabel(nb.presence.settings.defaultTravel);
    expect(await travel.inputValue()).toBe('30');
    // No empty grey box beside the field: the design system's box around it is as narrow as the field.
    const widths = await travel.evaluate((input) => [input.getBoundingClientRect().width, input.parentElement!.getBoundingClientRect().width]);
    expect(widths[1]).toBe(widths[0]);
    await expectAccessible(page);

    // The demo proposed this school year's autumn break in ISO week 40; this municipality has it in week 41.
    const autumns = page.getByRole('group', { name: nb.presence.settings.kind.autumn_break });
    const autumn = autumns.first();
    const startYear = startYearOf(schoolYearOf(localDate(new Date())));
    expect(await autumn.getByLabel(nb.presence.settings.from).inputValue()).toBe(mondayOfIsoWeek(startYear, 40));
    const seededAutumns = await autumns.count();
    const seededHolidays = await page.getByRole('group').filter({ has: page.getByLabel(nb.presence.settings.from) }).count();
    await autumn.getByRole('button', { name: nb.presence.settings.removeHoliday.replace('{{label}}', nb.presence.settings.kind.autumn_break) }).click();
    expect(await autumns.count()).toBe(seededAutumns - 1);
    await page.getByLabel(nb.presence.settings.autumnWeek).selectOption('41');
    const proposeButtons = page.getByRole('button', { name: /^Foreslå ferier for skoleåret / });
    await proposeButtons.first().click();
    await page.getByRole('status').filter({ hasText: nb.presence.settings.proposed }).waitFor();
    // Only the missing autumn break is added: the other proposed holidays are the seeded ones.
    expect(await autumns.count()).toBe(seededAutumns);
    expect(await page.getByRole('group').filter({ has: page.getByLabel(nb.presence.settings.from) }).count()).toBe(seededHolidays);
    expect(await autumn.getByLabel(nb.presence.settings.from).inputValue()).toBe(mondayOfIsoWeek(startYear, 41));
    await travel.fill('20');
    await page.getByRole('button', { name: nb.presence.settings.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: nb.presence.settings.saved }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-presence-settings');

    // A holiday without a name is refused beside the field, and nothing is saved.
    await page.getByRole('button', { name: nb.presence.settings.addHoliday }).click();
    await page.getByRole('button', { name: nb.presence.settings.save, exact: true }).click();
    await page.getByText(nb.presence.settings.field.label_missing).waitFor();
    await expectAccessible(page);

    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
