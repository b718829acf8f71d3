import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinutes, isClockTime, localClockTime, toMinutes } from './clock-time.ts';

describe('isClockTime', () => {
  it.each([
    ['00:00', true],
    ['08:30', true],
    ['23:59', true],
    ['24:00', false],
    ['8:30', false],
    ['08:60', false],
    ['08.30', false],
    ['', false],
  ])('%s → %s', (value, valid) => expect(isClockTime(value)).toBe(valid));
});

describe('toMinutes / fromMinutes', () => {
  it.each([
    ['00:00', 0],
    ['08:05', 485],
    ['23:59', 1439],
  ])('%s is %i minutes', (time, minutes) => {
    expect(toMinutes(time)).toBe(minutes);
    expect(fromMinutes(minutes)).toBe(time);
  });

  it('round-trip every minute of the day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => toMinutes(fromMinutes(minutes)) === minutes && isClockTime(fromMinutes(minutes))));
  });
});

describe('localClockTime', () => {
  it.each([
    ['summer time, UTC+2', '2026-09-08T10:29:59Z', '12:29'],
    ['winter time, UTC+1', '2026-12-01T11:00:00Z', '12:00'],
    ['just after midnight in Oslo, still the day before in UTC', '2026-09-07T22:30:00Z', '00:30'],
    ['spring forward 2027-03-28: 01:59 → 03:00', '2027-03-28T01:00:00Z', '03:00'],
  ])('%s', (_case, instant, time) => expect(localClockTime(new Date(instant))).toBe(time));
});
