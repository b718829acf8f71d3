import { describe, expect, it } from 'vitest';
import { overviewOf, type CallFacts } from './overview.ts';

const OSLO = 'Europe/Oslo';

function calls(count: number, call: Omit<CallFacts, 'receivedAt'> & { receivedAt: string }): CallFacts[] {
  return Array.from({ length: count }, () => ({ ...call, receivedAt: new Date(call.receivedAt) }));
}

describe('overviewOf', () => {
  // Worked by hand: 12 calls one November weekend (Oslo is UTC+1), three workers of whom one had none.
  const weekend = [
    ...calls(6, { receivedAt: '2026-11-20T21:10:00Z', placement: 'not_considered', minutesSpent: 30, workerIds: ['w1'] }), // Fri 22:10
    ...calls(3, { receivedAt: '2026-11-21T01:30:00Z', placement: 'considered', minutesSpent: 60, workerIds: ['w1', 'w2'] }), // Sat 02:30
    ...calls(2, { receivedAt: '2026-11-21T01:30:00Z', placement: 'prevented', minutesSpent: 60, workerIds: ['w1', 'w2'] }),
    ...calls(1, { receivedAt: '2026-11-22T14:00:00Z', placement: 'made', minutesSpent: 90, workerIds: ['w2'] }), // Sun 15:00
  ];
  const overview = overviewOf(weekend, OSLO, ['w1', 'w2', 'w3']);

  it('counts the calls by two hours of the local day, hiding the bars under 5 (and the empty ones)', () => {
    expect(overview.total).toBe(12);
    const shown = [null, 5, null, null, null, null, null, null, null, null, null, 6];
    expect(overview.byHours).toEqual(shown);
  });

  it('counts them by weekday, Monday first', () => {
    expect(overview.byWeekday).toEqual([null, null, null, null, 6, 5, null]);
  });

  it('shows a busy week by weekday, hiding a quiet Monday and the smallest other day with it', () => {
    // Monday 23 November 2026 has 2 calls, Tuesday to Sunday 5 to 10: Monday alone hidden would be the total less the rest.
    const week = [2, 7, 5, 9, 6, 10, 8].flatMap((count, day) =>
      calls(count, { receivedAt: `2026-11-${23 + day}T19:00:00Z`, placement: 'not_considered', minutesSpent: 30, workerIds: [] }),
    );
    expect(overviewOf(week, OSLO, []).byWeekday).toEqual([null, 7, null, 9, 6, 10, 8]);
  });

  it('hides the one placement made, and says only that at least two thirds of the calls had none', () => {
    expect(overview.placements).toEqual({ not_considered: 6, considered: null, prevented: null, made: null });
    expect(overview.withoutPlacement).toBeNull();
    expect(overview.withoutPlacementAtLeast).toBeCloseTo(8 / 12, 10);
  });

  it('gives each worker their calls and hours to the half hour, and hides a worker under 5 calls', () => {
    // w1: 6 × 30 + 5 × 60 min = 8 h on 11 calls; w2: 5 × 60 + 90 min = 6.5 h on 6; w3 none.
    expect(overview.workers).toEqual([
      { workerId: 'w1', calls: 11, hours: 8 },
      { workerId: 'w2', calls: 6, hours: 6.5 },
      { workerId: 'w3', calls: null, hours: null },
    ]);
  });

  it('gives the share without a placement when the placements made are five or more', () => {
    const month = [
      ...calls(10, { receivedAt: '2026-11-03T19:00:00Z', placement: 'not_considered', minutesSpent: 20, workerIds: ['w1'] }),
      ...calls(5, { receivedAt: '2026-11-04T19:00:00Z', placement: 'made', minutesSpent: 240, workerIds: ['w1'] }),
    ];
    const figures = overviewOf(month, OSLO, ['w1']);
    expect(figures.placements).toEqual({ not_considered: 10, considered: null, prevented: null, made: 5 });
    expect(figures.withoutPlacement).toBeCloseTo(10 / 15, 10);
    expect(figures.withoutPlacementAtLeast).toBeNull();
  });

  it('reads the hour on summer time: 20:30 UTC in June is 22:30 in Oslo', () => {
    const june = calls(5, { receivedAt: '2026-06-10T20:30:00Z', placement: 'not_considered', minutesSpent: 20, workerIds: [] });
    expect(overviewOf(june, OSLO, []).byHours[11]).toBe(5);
  });

  it('shows nothing at all for a quiet period', () => {
    const quiet = overviewOf(calls(3, { receivedAt: '2026-11-03T19:00:00Z', placement: 'not_considered', minutesSpent: 20, workerIds: ['w1'] }), OSLO, ['w1']);
    expect(quiet.total).toBeNull();
    expect(quiet.byWeekday.every((count) => count === null)).toBe(true);
    expect(quiet.workers).toEqual([{ workerId: 'w1', calls: null, hours: null }]);
    expect([quiet.withoutPlacement, quiet.withoutPlacementAtLeast]).toEqual([null, null]);
  });
});
