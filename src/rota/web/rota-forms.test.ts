import { describe, expect, it } from 'vitest';
import { nextMonday } from './rota-forms.ts';

describe('a new plan starts on the Monday after today', () => {
  it.each([
    ['Monday 7 December 2026', '2026-12-07', '2026-12-14'],
    ['Wednesday 9 December 2026', '2026-12-09', '2026-12-14'],
    ['Sunday 13 December 2026', '2026-12-13', '2026-12-14'],
    ['Thursday 31 December 2026, into the new year', '2026-12-31', '2027-01-04'],
    ['Saturday 27 February 2027, across the month', '2027-02-27', '2027-03-01'],
  ])('%s', (_day, today, monday) => {
    expect(nextMonday(today)).toBe(monday);
  });
});
