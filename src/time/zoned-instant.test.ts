import { describe, expect, it } from 'vitest';
import { localDate } from './dates.ts';
import { localClockTime } from './clock-time.ts';
import { localInstant } from './zoned-instant.ts';

// Expected instants read off the published change dates: in 2026 Europe moves to summer time
// on 29 March at 01:00 UTC and back on 25 October at 01:00 UTC.
describe('localInstant', () => {
  it.each([
    ['winter', '2026-01-15', '09:00', 'Europe/Oslo', '2026-01-15T08:00:00.000Z'],
    ['summer', '2026-07-01', '12:00', 'Europe/Oslo', '2026-07-01T10:00:00.000Z'],
    ['Copenhagen keeps the same clocks', '2026-07-01', '12:00', 'Europe/Copenhagen', '2026-07-01T10:00:00.000Z'],
    ['midnight at the start of the day summer time begins', '2026-03-29', '00:00', 'Europe/Oslo', '2026-03-28T23:00:00.000Z'],
    ['a time the clocks skip is read an hour on', '2026-03-29', '02:30', 'Europe/Oslo', '2026-03-29T01:30:00.000Z'],
    ['a time shown twice is the second', '2026-10-25', '02:30', 'Europe/Oslo', '2026-10-25T01:30:00.000Z'],
  ])('%s', (_case, date, time, zone, expected) => {
    expect(localInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it('reads back as the same date and clock time outside the changes', () => {
    const instant = localInstant('2026-12-24', '23:59');
    expect([localDate(instant), localClockTime(instant)]).toEqual(['2026-12-24', '23:59']);
  });
});
