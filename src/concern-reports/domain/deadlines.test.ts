import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localInstant } from '../../time/zoned-instant.ts';
import { addDays, localDate } from '../../time/dates.ts';
import { isWorkingDay } from '../../time/working-days.ts';
import { addMonths, deadlinesOf, dueAfter, statusOf, type Deadline } from './deadlines.ts';
import type { DeadlineKind } from './law.ts';

const at = localInstant;

function dueDates(deadlines: Deadline[]): Partial<Record<DeadlineKind, string>> {
  return Object.fromEntries(deadlines.map((d) => [d.kind, d.dueDate]));
}

describe('Norwegian deadlines (review 1 week, feedback 3 weeks, investigation 3 months)', () => {
  it.each([
    ['a Friday', at('2026-11-20', '10:00'), { review: '2026-11-27', feedback: '2026-12-11', investigation: '2027-02-20' }],
    ['the Wednesday before Easter', at('2026-04-01', '14:00'), { review: '2026-04-08', feedback: '2026-04-22', investigation: '2026-07-01' }],
    ['Maundy Thursday (a holiday)', at('2026-04-02', '09:00'), { review: '2026-04-09', feedback: '2026-04-23', investigation: '2026-07-02' }],
    // Not moved off Boxing Day or a Saturday: "at the latest within" does not wait for holidays.
    ['a Saturday before Christmas', at('2026-12-19', '23:30'), { review: '2026-12-26', feedback: '2027-01-09', investigation: '2027-03-19' }],
    ['the day before Ascension', at('2026-05-13', '15:00'), { review: '2026-05-20', feedback: '2026-06-03', investigation: '2026-08-13' }],
    ['30 November: February has no 30th', at('2026-11-30', '12:00'), { review: '2026-12-07', feedback: '2026-12-21', investigation: '2027-02-28' }],
    ['30 November before a leap year', at('2027-11-30', '12:00'), { review: '2027-12-07', feedback: '2027-12-21', investigation: '2028-02-29' }],
    // 23:30 UTC is already the next day in Norway.
    ['just after midnight in Norway', new Date('2026-11-20T23:30:00Z'), { review: '2026-11-28', feedback: '2026-12-12', investigation: '2027-02-21' }],
  ])('received %s', (_case, receivedAt, expected) => {
    expect(dueDates(deadlinesOf('NO', receivedAt, { investigating: true, extended: false }))).toEqual(expected);
  });

  it('runs the investigation deadline only once an investigation is opened', () => {
    const kinds = deadlinesOf('NO', at('2026-11-20', '10:00'), { investigating: false, extended: false }).map((d) => d.kind);
    expect(kinds).toEqual(['review', 'feedback']);
  });

  it('extends the investigation to six months in special cases, and nothing else', () => {
    const deadlines = deadlinesOf('NO', at('2026-11-20', '10:00'), { investigating: true, extended: true });
    expect(dueDates(deadlines)).toEqual({ review: '2026-11-27', feedback: '2026-12-11', investigation: '2027-05-20' });
    expect(deadlines.filter((d) => d.extended).map((d) => d.kind)).toEqual(['investigation']);
  });

  it('lasts to the end of the local day, summer time or not', () => {
    const [review] = deadlinesOf('NO', at('2026-03-25', '10:00'), { investigating: false, extended: false });
    expect(review!.dueAt.toISOString()).toBe('2026-04-01T21:59:59.999Z');
    const [winter] = deadlinesOf('NO', at('2026-11-20', '10:00'), { investigating: false, extended: false });
    expect(winter!.dueAt.toISOString()).toBe('2026-11-27T22:59:59.999Z');
  });
});

describe('Danish deadlines (urgency 24 hours, receipt 6 working days)', () => {
  it.each([
    ['a Monday', at('2026-11-23', '09:00'), { urgency_assessment: '2026-11-24', receipt: '2026-12-01' }],
    ['a Friday afternoon: 24 hours run through the weekend', at('2026-11-20', '16:00'), { urgency_assessment: '2026-11-21', receipt: '2026-11-30' }],
    ['a Saturday: working days start on Monday', at('2026-11-21', '11:00'), { urgency_assessment: '2026-11-22', receipt: '2026-11-30' }],
    ['the Wednesday before Easter', at('2026-04-01', '10:00'), { urgency_assessment: '2026-04-02', receipt: '2026-04-14' }],
    ['the Monday of Ascension week', at('2026-05-11', '10:00'), { urgency_assessment: '2026-05-12', receipt: '2026-05-20' }],
    // Constitution Day (5 June) is not a public holiday under the holiday act: it counts.
    ['the Monday of Constitution Day week', at('2026-06-01', '10:00'), { urgency_assessment: '2026-06-02', receipt: '2026-06-09' }],
    // Christmas Eve is a working day by law, Christmas and Boxing Day are not.
    ['the Friday before Christmas', at('2026-12-18', '10:00'), { urgency_assessment: '2026-12-19', receipt: '2026-12-29' }],
    ['the Monday before Great Prayer Day 2023', at('2023-05-01', '10:00'), { urgency_assessment: '2023-05-02', receipt: '2023-05-10' }],
    ['the Monday of the week Great Prayer Day would have been in 2024', at('2024-04-22', '10:00'), { urgency_assessment: '2024-04-23', receipt: '2024-04-30' }],
  ])('received %s', (_case, receivedAt, expected) => {
    expect(dueDates(deadlinesOf('DK', receivedAt, { investigating: true, extended: false }))).toEqual(expected);
  });

  it('counts 24 elapsed hours across the change to summer time', () => {
    const [urgency] = deadlinesOf('DK', at('2026-03-28', '12:00'), { investigating: false, extended: false });
    expect(urgency!.dueAt.toISOString()).toBe('2026-03-29T11:00:00.000Z');
    expect(urgency!.dueDate).toBe('2026-03-29');
  });

  it('has no investigation or extension in the Danish rules', () => {
    const kinds = deadlinesOf('DK', at('2026-11-23', '09:00'), { investigating: true, extended: true }).map((d) => [d.kind, d.extended]);
    expect(kinds).toEqual([
      ['urgency_assessment', false],
      ['receipt', false],
    ]);
  });
});

describe('the Norwegian second feedback (three weeks after the investigation is concluded, § 13-2)', () => {
  const secondFeedback = (concludedOn: string | null) =>
    deadlinesOf('NO', at('2026-01-05', '10:00'), { investigating: true, extended: false, concludedOn }).find((d) => d.kind === 'second_feedback');

  // Expected dates counted by hand on a calendar: 21 days on, the same weekday, to the end of that day.
  it.each([
    ['a Thursday', '2027-01-14', '2027-02-04', '2027-02-04T22:59:59.999Z'],
    ['a Friday: due on New Year’s Day, a holiday, not moved', '2026-12-11', '2027-01-01', '2027-01-01T22:59:59.999Z'],
    ['a Saturday: due on Easter Saturday, not moved', '2026-03-14', '2026-04-04', '2026-04-04T21:59:59.999Z'],
    ['a Wednesday before Whitsun: runs through Whit Monday', '2026-05-06', '2026-05-27', '2026-05-27T21:59:59.999Z'],
    ['a Monday before summer time starts', '2026-03-09', '2026-03-30', '2026-03-30T21:59:59.999Z'],
    ['a Monday before summer time ends', '2026-10-05', '2026-10-26', '2026-10-26T22:59:59.999Z'],
    ['the last day of February in a leap year', '2028-02-29', '2028-03-21', '2028-03-21T22:59:59.999Z'],
  ])('concluded on %s', (_case, concludedOn, dueDate, dueAt) => {
    const deadline = secondFeedback(concludedOn);
    expect(deadline).toMatchObject({ dueDate, timed: false, extended: false });
    expect(deadline!.dueAt.toISOString()).toBe(dueAt);
  });

  it('runs only once the investigation is concluded, and only in Norway', () => {
    expect(secondFeedback(null)).toBeUndefined();
    const danish = deadlinesOf('DK', at('2026-01-05', '10:00'), { investigating: true, extended: false, concludedOn: '2026-02-01' });
    expect(danish.map((d) => d.kind)).toEqual(['urgency_assessment', 'receipt']);
  });

  it('shows the time only of a deadline counted in hours', () => {
    const timed = (country: 'NO' | 'DK') => deadlinesOf(country, at('2026-11-20', '16:00'), { investigating: true, extended: false }).filter((d) => d.timed).map((d) => d.kind);
    expect(timed('DK')).toEqual(['urgency_assessment']);
    expect(timed('NO')).toEqual([]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-10-31', 6, '2027-04-30'],
  ])('%s + %i months → %s', (from, count, to) => expect(addMonths(from, count)).toBe(to));
});

describe('statusOf', () => {
  const [review] = deadlinesOf('NO', at('2026-11-20', '10:00'), { investigating: false, extended: false });
  it.each([
    ['open with days to go', at('2026-11-23', '12:00'), null, 'open'],
    ['near within two days', at('2026-11-26', '08:00'), null, 'near'],
    ['near at the last minute', at('2026-11-27', '23:59'), null, 'near'],
    ['past the next morning', at('2026-11-28', '00:00'), null, 'past'],
    ['met when decided in time', at('2026-12-10', '00:00'), at('2026-11-27', '15:00'), 'met'],
    ['met late when decided after', at('2026-12-10', '00:00'), at('2026-11-30', '09:00'), 'met_late'],
  ] as const)('%s', (_case, now, metAt, expected) => {
    expect(statusOf(review!, now, metAt)).toBe(expected);
  });
});

describe('properties', () => {
  const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
  const country = fc.constantFrom('NO' as const, 'DK' as const);

  it('no deadline falls before receipt, and a later receipt never gives an earlier deadline', () => {
    fc.assert(
      fc.property(country, instant, fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.boolean(), (c, receivedAt, minutesLater, extended) => {
        const later = new Date(receivedAt.getTime() + minutesLater * 60_000);
        const first = deadlinesOf(c, receivedAt, { investigating: true, extended });
        const second = deadlinesOf(c, later, { investigating: true, extended });
        return first.every((d, i) => d.dueAt >= receivedAt && second[i]!.dueAt >= d.dueAt);
      }),
    );
  });

  it('n working days end on a working day with exactly n working days after the day of receipt', () => {
    fc.assert(
      fc.property(country, instant, fc.integer({ min: 1, max: 20 }), (c, receivedAt, count) => {
        const due = localDate(dueAfter(c, receivedAt, { unit: 'working_days', count }));
        let counted = 0;
        for (let day = addDays(localDate(receivedAt), 1); day <= due; day = addDays(day, 1)) {
          if (isWorkingDay(c, day)) counted += 1;
        }
        return isWorkingDay(c, due) && counted === count;
      }),
    );
  });

  it('a month later is the same day of the month, or the last day of a shorter month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7000 }), fc.integer({ min: 1, max: 12 }), (offset, count) => {
        const from = addDays('2020-01-01', offset);
        const to = addMonths(from, count);
        const sameDay = to.slice(8) === from.slice(8);
        const lastOfMonth = addDays(to, 1).slice(8) === '01' && to.slice(8) < from.slice(8);
        return sameDay || lastOfMonth;
      }),
    );
  });
});
