/**
 * The rest of presence, as the people who use it: Elvestad's network contact has a weekly hour
 * at a teacher's school (planned by the API) and a booking in it; the contact opens their week
 * from the menu, in all four languages and on a 390 px wide phone; the teacher moves the
 * booking to another slot with the keyboard only; a leader plans a clashing hour in the form
 * and is told which unit and time it clashes with, and sets the school holidays (from the
 * proposal by ISO week) and the travel time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/kernel/calendar/dates.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { isoWeekday, mondayOfIsoWeek } from '../src/presence/domain/iso-dates.ts';
import { schoolYearOf, startYearOf } from '../src/presence/domain/school-year.ts';
import { weekParamOf } from '../src/presence/domain/week.ts';
import { bookingSchema, consultationHoursSchema } from '../src/presence/schema.ts';
import { presenceMessages } from '../src/presence/web/messages.ts';
import {
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
let booked: { id: string; date: string; start: string };

async function csrf(context: BrowserContext): Promise<{ token: string; user: { id: string; currentUnit: { id: string; name: string } | null } }> {
  const session = sessionSchema.parse(await (await context.request.get('/api/session')).json());
  return { token: session.csrfToken, user: { id: session.user!.id, currentUnit: session.user!.currentUnit } };
}

beforeAll(async () => {
  tidlig = await startTidlig();
  const teacher = await loggedInContext(tidlig, 'staff', 'Elvestad');
  const teacherSession = await csrf(teacher);
  const current = teacherSession.user.currentUnit;
  if (!current) throw new Error('the teacher has no unit');
  unit = { id: current.id, name: current.name };

  // Wednesdays 14:00–15:30 from this week's Monday, so this week and the next ones have the hour.
  const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
  const contactSession = await csrf(contact);
  contactId = contactSession.user.id;
  const today = localDate(new Date());
  const monday = addDays(today, 1 - isoWeekday(today));
  const planned = await contact.request.post(`/api/units/${unit.id}/consultation-hours`, {
    headers: { 'x-csrf-token': contactSession.token },
    data: { contactStaffId: contactId, weekday: 3, start: '14:00', end: '15:30', slotMinutes: 30, from: monday, to: addDays(monday, 120) },
  });
  if (planned.status() !== 201) throw new Error(`planning failed: ${planned.status()} ${await planned.text()}`);
  await contact.close();

  const hours = consultationHoursSchema.parse(await (await teacher.request.get(`/api/units/${unit.id}/consultation-hours?limit=1`)).json());
  const slot = hours.freeSlots[0]!;
  const booking = await teacher.request.post('/api/bookings', {
    headers: { 'x-csrf-token': teacherSession.token },
    data: { consultationHourId: slot.consultationHourId, date: slot.date, start: slot.start, topic: 'behaviour', purpose: 'Uro i klassen etter friminutt' },
  });
  if (booking.status() !== 201) throw new Error(`booking failed: ${booking.status()} ${await booking.text()}`);
  const body = bookingSchema.parse(await booking.json());
  booked = { id: body.id, date: body.date, start: body.start };
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
    expect(await waitForPage(page)).toBe(nb.presence.week.title);
    const hourText = nb.presence.week.hour.replace('{{start}}', '14:00').replace('{{end}}', '15:30').replace('{{unit}}', unit.name);
    await page.getByText(hourText).first().waitFor();
    await expectAccessible(page);

    const thisWeek = weekParamOf(localDate(new Date()));
    await page.getByRole('link', { name: nb.presence.week.next }).click();
    await page.waitForURL((url) => url.searchParams.get('week') === weekParamOf(addDays(localDate(new Date()), 7)));
    await page.getByRole('link', { name: nb.presence.week.current }).click();
    await page.locator('.week-range', { hasText: `Uke ${Number(thisWeek.slice(6))}:` }).waitFor();

    // The week of the booking: this one, or a later one when this week's hour has passed.
    const bookingWeek = weekParamOf(booked.date);
    await page.goto(`/presence/week?contact=${contactId}&week=${bookingWeek}`);
    await waitForPage(page);
    const entry = page.locator('.week-entries > li', { hasText: unit.name }).first();
    await entry.getByText('1 av 3 tider booket').waitFor();
    await entry.getByText(new RegExp(`^${booked.start}: .+, ${nb.presence.topic.behaviour}$`)).waitFor();
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
    await tabTo(page, 'a[href$="/move"]', 60);
    await page.keyboard.press('Enter');
    expect(await waitForPage(page)).toBe(nb.presence.move.title);
    await page.locator('.slot-list').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-move-booking');

    await tabTo(page, '.slot-list button', 60);
    const label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    await page.keyboard.press('Enter');
    expect(await waitForPage(page)).toBe(nb.presence.move.done.title);
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

    // Keyboard only: the weekday, then the times; the contact already holds Wednesdays 14:00–15:30 here.
    await form.getByLabel(nb.presence.plan.weekday).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel(nb.presence.plan.weekday).inputValue()).toBe('3');
    await form.getByLabel(nb.presence.plan.start).fill('15:00');
    await form.getByLabel(nb.presence.plan.end).fill('16:00');
    await form.getByRole('button', { name: nb.presence.plan.submit }).focus();
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: unit.name });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Kolliderer med konsultasjonstiden ved .+ kl\. 14:00–15:30\./);
    await expectAccessible(page);
    await screenshots(page, 'nb-plan-clash');

    // A free time is planned, and the hours list shows it.
    await form.getByLabel(nb.presence.plan.start).fill('15:30');
    await form.getByRole('button', { name: nb.presence.plan.submit }).click();
    await form.getByRole('status').filter({ hasText: '15:30–16:00' }).waitFor();
    await page.getByRole('cell', { name: '15:30–16:00' }).waitFor();
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
    expect(await waitForPage(page)).toBe(nb.presence.settings.title);
    const travel = page.getByLabel(nb.presence.settings.defaultTravel);
    expect(await travel.inputValue()).toBe('30');
    await expectAccessible(page);

    // This municipality has its autumn break in ISO week 41.
    await page.getByLabel(nb.presence.settings.autumnWeek).selectOption('41');
    const proposeButtons = page.getByRole('button', { name: /^Foreslå ferier for skoleåret / });
    await proposeButtons.first().click();
    await page.getByRole('status').filter({ hasText: nb.presence.settings.proposed }).waitFor();
    const autumn = page.getByRole('group', { name: nb.presence.settings.kind.autumn_break }).first();
    const schoolYear = schoolYearOf(localDate(new Date()));
    expect(await autumn.getByLabel(nb.presence.settings.from).inputValue()).toBe(mondayOfIsoWeek(startYearOf(schoolYear), 41));
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
