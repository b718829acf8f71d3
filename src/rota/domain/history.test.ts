import { describe, expect, it } from 'vitest';
import { aProblem, aWorker, rotaOf } from '../factories.ts';
import { historyAfter } from './history.ts';
import { structureOf } from './structure.ts';

describe('the history a period leaves the next', () => {
  // Nights 20:00–08:00 every day for four weeks from Monday 4 January 2027 (Oslo, UTC+1).
  const problem = aProblem({ staff: [aWorker('a', { history: { nights: 10, weekends: 1 } }), aWorker('b'), aWorker('c', { history: { nights: 4, weekends: 2, holidays: 1 } })] });
  const assigned = rotaOf(problem, structureOf(problem).shifts.map((s) => s.id), {
    'night@2027-01-04': ['a'],
    'night@2027-01-09': ['a'],
    'night@2027-01-10': ['a'],
    'night@2027-01-31': ['b'],
  });
  const after = historyAfter(structureOf(problem), assigned);

  it.each([
    // person, nights, weekends, holidays, last shift ended, worked the last Sunday
    ['a', 13, 3, 0, '2027-01-11T07:00:00.000Z', false],
    ['b', 1, 1, 0, '2027-02-01T07:00:00.000Z', true],
    ['c', 4, 2, 1, undefined, false],
  ] as const)('%s: %i nights, %i weekends, %i holidays', (person, nights, weekends, holidays, lastShiftEnd, workedLastSunday) => {
    const history = after.get(person)!;
    expect(history).toMatchObject({ nights, weekends, holidays, workedLastSunday });
    expect(history.lastShiftEnd).toBe(lastShiftEnd);
  });
});
