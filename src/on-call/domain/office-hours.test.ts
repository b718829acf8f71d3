import { expect, it } from 'vitest';
import { isOutsideOfficeHours } from './office-hours.ts';

it.each([
  ['2026-11-24T06:59:00Z', true], // Tuesday 07:59 in Oslo
  ['2026-11-24T07:00:00Z', false], // 08:00
  ['2026-11-24T14:29:00Z', false], // 15:29
  ['2026-11-24T14:30:00Z', true], // 15:30
  ['2026-11-28T11:00:00Z', true], // Saturday noon
  ['2026-12-25T11:00:00Z', true], // Christmas Day, a Friday
])('%s is outside office hours in Norway: %s', (at, outside) => {
  expect(isOutsideOfficeHours(new Date(at), 'NO')).toBe(outside);
});
