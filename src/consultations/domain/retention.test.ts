import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../time/dates.ts';
import { anyDate } from '../../time/calendar-fixture.ts';
import { schoolYearOf } from '../../time/school-year.ts';
import { keptUntil, oldestKeptSchoolYear, retentionYearsFrom } from './retention.ts';

describe('keptUntil', () => {
  it.each([
    ['2026-11-23', 2, '2029-07-31'],
    ['2026-08-01', 2, '2029-07-31'],
    ['2026-07-31', 2, '2028-07-31'],
    ['2026-11-23', 0, '2027-07-31'],
    ['2026-11-23', 1, '2028-07-31'],
    ['2026-07-31', 0, '2026-07-31'],
  ] as const)('held %s, %i school years after: kept until %s', (heldOn, years, until) => {
    expect(keptUntil(heldOn, years)).toBe(until);
  });
});

describe('oldestKeptSchoolYear', () => {
  it('keeps a record exactly until its last day and deletes it the day after', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 5 }), (heldOn, years) => {
        const last = keptUntil(heldOn, years);
        // Held on the school year's last day with no years after it, it is kept to the end of that day.
        expect(last >= heldOn).toBe(true);
        expect(schoolYearOf(heldOn) >= oldestKeptSchoolYear(last, years)).toBe(true);
        expect(schoolYearOf(heldOn) < oldestKeptSchoolYear(addDays(last, 1), years)).toBe(true);
      }),
    );
  });
});

describe('retentionYearsFrom', () => {
  it.each([
    [undefined, 2],
    ['', 2],
    ['0', 0],
    ['3', 3],
  ] as const)('%s → %i', (value, years) => expect(retentionYearsFrom(value)).toBe(years));

  it.each(['-1', '11', '1.5', 'two'])('refuses %s', (value) => expect(() => retentionYearsFrom(value)).toThrow(RangeError));
});
