import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canChangeBooking, checkBooking, checkReschedule, type BookingContext } from './booking-rules.ts';
import { oslo } from '../../time/calendar-fixture.ts';
import { occurrencesOf, slotsOf, type RecurringHour } from '../../time/recurrence.ts';

const tuesday: RecurringHour = { weekday: 2, start: '12:00', end: '14:00', slotMinutes: 30, from: '2026-08-17', to: '2027-06-18' };
const context = (now: string, booked: BookingContext['booked'] = []): BookingContext => ({ calendar: oslo, hour: tuesday, booked, now: new Date(now) });
const early = '2026-09-01T08:00:00Z';

describe('checkBooking', () => {
  it('books a free slot in the plan and returns it with its end', () => {
    expect(checkBooking(context(early), { date: '2026-09-08', start: '12:30' })).toEqual({ ok: true, slot: { date: '2026-09-08', start: '12:30', end: '13:00' } });
  });

  it.each([
    ['a Wednesday', context(early), '2026-09-09', '12:00', 'no_hour_that_day'],
    ['a Tuesday in the autumn break', context(early), '2026-09-29', '12:00', 'no_hour_that_day'],
    ['a Tuesday in the Easter holiday 2027', context(early), '2027-03-23', '12:00', 'no_hour_that_day'],
    ['a Tuesday before the plan starts', context('2026-08-01T08:00:00Z'), '2026-08-11', '12:00', 'no_hour_that_day'],
    ['an impossible date', context(early), '2026-02-30', '12:00', 'no_hour_that_day'],
    ['not on a slot boundary', context(early), '2026-09-08', '12:15', 'no_such_slot'],
    ['the end of the hour', context(early), '2026-09-08', '14:00', 'no_such_slot'],
    ['not a time', context(early), '2026-09-08', '25:00', 'no_such_slot'],
    ['a day that has passed', context('2026-09-09T06:00:00Z'), '2026-09-08', '13:30', 'slot_started'],
    ['the minute it starts (12:30 CEST = 10:30Z)', context('2026-09-08T10:30:00Z'), '2026-09-08', '12:30', 'slot_started'],
    ['started in Oslo though not by the UTC clock', context('2026-09-08T10:15:00Z'), '2026-09-08', '12:00', 'slot_started'],
    ['in winter time it starts at 11:00Z', context('2026-12-01T11:00:00Z'), '2026-12-01', '12:00', 'slot_started'],
    ['already booked', context(early, [{ date: '2026-09-08', start: '12:30' }]), '2026-09-08', '12:30', 'already_booked'],
  ] as const)('refuses %s', (_case, ctx, date, start, reason) => {
    expect(checkBooking(ctx, { date, start })).toEqual({ ok: false, reason });
  });

  it.each([
    ['one second before it starts (summer time)', '2026-09-08T10:29:59Z', '2026-09-08', '12:30'],
    ['one second before it starts (winter time)', '2026-12-01T10:59:59Z', '2026-12-01', '12:00'],
    ['after midnight in Oslo, the day before in UTC', '2026-09-07T22:30:00Z', '2026-09-08', '12:00'],
    ['a slot taken the week before', '2026-09-01T08:00:00Z', '2026-09-15', '13:30'],
  ])('allows %s', (_case, now, date, start) => {
    expect(checkBooking(context(now, [{ date: '2026-09-08', start: '13:30' }]), { date, start }).ok).toBe(true);
  });

  it('lets every slot of every occurrence be booked once, and not twice', () => {
    const occurrences = occurrencesOf(oslo, tuesday);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (o, s) => {
        const occurrence = occurrences[o % occurrences.length];
        if (!occurrence) return;
        const slots = slotsOf(occurrence, tuesday.slotMinutes);
        const slot = slots[s % slots.length];
        if (!slot) return;
        const request = { date: occurrence.date, start: slot.start };
        expect(checkBooking(context('2026-08-01T00:00:00Z'), request).ok).toBe(true);
        expect(checkBooking(context('2026-08-01T00:00:00Z', [request]), request)).toEqual({ ok: false, reason: 'already_booked' });
      }),
    );
  });
});

describe('canChangeBooking', () => {
  it.each([
    ['the day before', '2026-09-07T12:00:00Z', true],
    ['a minute before it starts', '2026-09-08T10:29:00Z', true],
    ['when it starts', '2026-09-08T10:30:00Z', false],
    ['after it ended', '2026-09-08T12:00:00Z', false],
  ])('%s → %s', (_case, now, allowed) => {
    expect(canChangeBooking({ date: '2026-09-08', start: '12:30' }, new Date(now))).toBe(allowed);
  });
});

describe('checkReschedule', () => {
  const current = { date: '2026-09-08', start: '12:30' };

  it.each([
    ['to a free slot next week', '2026-09-07T08:00:00Z', { date: '2026-09-15', start: '13:00' }, { ok: true, slot: { date: '2026-09-15', start: '13:00', end: '13:30' } }],
    ['once the current slot has started', '2026-09-08T10:30:00Z', { date: '2026-09-15', start: '13:00' }, { ok: false, reason: 'slot_started' }],
    ['to a taken slot', '2026-09-07T08:00:00Z', { date: '2026-09-08', start: '13:00' }, { ok: false, reason: 'already_booked' }],
    ['into the autumn break', '2026-09-07T08:00:00Z', { date: '2026-09-29', start: '13:00' }, { ok: false, reason: 'no_hour_that_day' }],
  ] as const)('%s', (_case, now, request, result) => {
    expect(checkReschedule(context(now, [current, { date: '2026-09-08', start: '13:00' }]), current, request)).toEqual(result);
  });
});
