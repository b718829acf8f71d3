/**
 * Consultation hours and bookings, as the people who use them, in the demo as seeded: Elvestad's
 * network contact holds a weekly hour at the teacher's school and the teacher has two coming
 * bookings there. The teacher finds the hour on their unit page and books another slot with the
 * keyboard only, is refused a purpose with a phone number (the number highlighted), then books,
 * sees it beside the seeded ones in My bookings and cancels it. Screenshots in bokmål and English.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { anonymityMessages } from '../src/anonymity/web/messages.ts';
import { bookingSchema, consultationHoursSchema, type ConsultationHour } from '../src/presence/schema.ts';
import { presenceMessages } from '../src/presence/web/messages.ts';
import { teamsMessages } from '../src/teams/web/messages.ts';
import { expectPage, loggedInContext, newPage, screenshots, seriousAxeViolations, startTidlig, tabTo, waitForPage, type Tidlig } from './harness.ts';

const nb = { presence: presenceMessages.nb, common: commonMessages.nb };
const en = { presence: presenceMessages.en, common: commonMessages.en };
const PHONE = '912 34 567';

let tidlig: Tidlig;
let unit: { id: string; name: string };
let hour: ConsultationHour;

beforeAll(async () => {
  tidlig = await startTidlig();
  // The teacher's unit.
  const teacher = await loggedInContext(tidlig, 'staff', 'Elvestad');
  const session = sessionSchema.parse(await (await teacher.request.get('/api/session')).json());
  const current = session.user?.currentUnit;
  if (!current) throw new Error('the teacher has no unit');
  unit = { id: current.id, name: current.name };
  await teacher.close();

  // The demo network contact's seeded weekly hour there.
  const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
  const contactId = sessionSchema.parse(await (await contact.request.get('/api/session')).json()).user!.id;
  const hours = consultationHoursSchema.parse(await (await contact.request.get(`/api/units/${unit.id}/consultation-hours?limit=1`)).json());
  const seeded = hours.hours.find((h) => h.contact.id === contactId);
  if (!seeded) throw new Error("the demo has no hour by the network contact at the teacher's school");
  hour = seeded;
  await contact.close();
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('a teacher', () => {
  it('books a consultation slot with the keyboard only, sees it in My bookings and cancels it', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    const hours = consultationHoursSchema.parse(
      await (await page.request.get(`/api/units/${unit.id}/consultation-hours?limit=10`)).json(),
    );
    expect(hours.hours.map((h) => h.id)).toContain(hour.id);
    expect(hours.freeSlots.length).toBeGreaterThan(0);
    // The demo teacher's two seeded bookings are in the hour, and their slots are no longer free.
    const seeded = bookingSchema.array().parse((await (await page.request.get('/api/bookings/mine')).json()).bookings);
    expect(seeded.map((b) => [b.consultationHourId, b.status, b.topic])).toEqual([
      [hour.id, 'booked', 'behaviour'],
      [hour.id, 'booked', 'behaviour'],
    ]);
    const free = new Set(hours.freeSlots.map((slot) => `${slot.consultationHourId} ${slot.date} ${slot.start}`));
    for (const booking of seeded) expect(free.has(`${booking.consultationHourId} ${booking.date} ${booking.start}`)).toBe(false);

    await page.goto(`/units/${unit.id}`);
    expect(await waitForPage(page)).toBe(unit.name);
    const section = page.getByRole('region', { name: nb.presence.hours.heading });
    await section.locator('.slot-list').waitFor();
    await section.getByRole('cell', { name: `${hour.start}–${hour.end}` }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-unit-consultation-hours');

    // Step 1: Book on the first free slot.
    await tabTo(page, 'a[href*="/book?slot="]', 80);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(href).toMatch(/^\/units\/[0-9a-f-]{36}\/book\?slot=[0-9a-f-]{36}%3A\d{4}-\d{2}-\d{2}%3A\d{2}%3A\d{2}$/);
    await page.keyboard.press('Enter');
    await expectPage(page, nb.presence.book.title);
    await page.getByLabel(nb.presence.book.purpose).waitFor();
    await expectAccessible(page);

    // Step 2: topic, purpose and submit. First with a phone number: refused, and highlighted.
    await tabTo(page, 'select', 40);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('main select').inputValue()).toBe('absence');
    // One list of categories: a booking's topics have the names a consultation is recorded with.
    expect(await page.locator('main select option').allTextContents()).toEqual([
      'Trivsel og ensomhet',
      'Fravær',
      'Konflikt eller vold i hjemmet',
      'Omsorgssvikt',
      'Atferd',
      'Utvikling',
      'Rus',
      'Annet',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Ring mor på ${PHONE}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const refusal = page.getByRole('alert').filter({ hasText: anonymityMessages.nb.identifying.title });
    await refusal.waitFor();
    expect(await refusal.locator('mark').allTextContents()).toEqual([PHONE]);
    await refusal.getByText(anonymityMessages.nb.identifying.kind.phone, { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-booking-identifying');

    // The field has the focus again: rewrite and send.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Vi er bekymret for en elev med mye fravær.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Step 3: the confirmation.
    await expectPage(page, nb.presence.book.confirmed.title);
    await page.locator('main').getByText(nb.common.concernCategory.absence, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-booking-confirmed');

    // My bookings, from the main menu.
    await page.getByRole('navigation', { name: nb.common.nav.label }).getByRole('link', { name: nb.common.nav.bookings }).click();
    await expectPage(page, nb.presence.mine.title);
    const rows = page.locator('main tbody tr');
    await rows.first().waitFor();
    // The two seeded bookings (behaviour) and the new one (absence).
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: nb.common.concernCategory.behaviour }).count()).toBe(2);
    const mine = rows.filter({ hasText: nb.common.concernCategory.absence });
    expect(await mine.count()).toBe(1);
    await mine.getByText(nb.presence.mine.booked, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-my-bookings');

    await mine.getByRole('button', { name: nb.presence.mine.cancel }).click();
    await mine.getByRole('button', { name: nb.presence.mine.confirmYes }).click();
    await mine.getByText(nb.presence.mine.cancelled, { exact: true }).waitFor();
    expect(await mine.getByRole('button').count()).toBe(0);
    expect(await rows.filter({ has: page.getByText(nb.presence.mine.booked, { exact: true }) }).count()).toBe(2);
    await expectAccessible(page);

    // The one 400 is the refused purpose, which Chromium logs as a failed resource.
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('sees the same pages in English', async () => {
    const context = await loggedInContext(tidlig, 'staff', 'Elvestad', { locale: 'en-GB' });
    await context.addInitScript(() => localStorage.setItem('tidlig.language', 'en'));
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unit.id}`);
    await waitForPage(page);
    const section = page.getByRole('region', { name: en.presence.hours.heading });
    await section.locator('.slot-list').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'en-unit-consultation-hours');

    await section.getByRole('link', { name: /^Book / }).first().click();
    await expectPage(page, en.presence.book.title);
    await page.getByText(en.presence.book.purposeHint).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'en-booking-form');

    await page.goto('/bookings');
    expect(await waitForPage(page)).toBe(en.presence.mine.title);
    await page.getByText(en.presence.mine.cancelled, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'en-my-bookings');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a network contact', () => {
  it('sees the hours without Book buttons, and opens the unit team page read-only', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unit.id}`);
    expect(await waitForPage(page)).toBe(unit.name);
    const section = page.getByRole('region', { name: nb.presence.hours.heading });
    await section.locator('.slot-list').waitFor();
    expect(await section.getByRole('link', { name: /^Book / }).count()).toBe(0);

    await page.getByRole('link', { name: teamsMessages.nb.link }).click();
    await expectPage(page, teamsMessages.nb.title);
    await page.getByRole('heading', { level: 2, name: teamsMessages.nb.members }).waitFor();
    await page.getByRole('heading', { level: 2, name: teamsMessages.nb.meetings }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-unit-team');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
