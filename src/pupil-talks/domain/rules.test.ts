import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenAtRefusal, isDueForDeletion, noticeStepRefusal, retentionCutoff, talkDateRefusal, type NoticeStep } from './rules.ts';
import type { NoticeStatus } from '../tables.ts';

describe('noticeStepRefusal', () => {
  const table: [NoticeStatus, NoticeStep, ReturnType<typeof noticeStepRefusal>][] = [
    ['none', 'draft', null],
    ['drafted', 'draft', null],
    ['none', 'give', 'notice_not_drafted'],
    ['drafted', 'give', null],
    ['none', 'withhold', null],
    ['drafted', 'withhold', null],
    ['given', 'draft', 'notice_closed'],
    ['given', 'give', 'notice_closed'],
    ['given', 'withhold', 'notice_closed'],
    ['withheld', 'draft', 'notice_closed'],
    ['withheld', 'give', 'notice_closed'],
    ['withheld', 'withhold', 'notice_closed'],
  ];
  it.each(table)('%s then %s → %s', (status, step, expected) => {
    expect(noticeStepRefusal(status, step)).toBe(expected);
  });
});

describe('talkDateRefusal', () => {
  it.each([
    ['2026-11-20', '2026-11-18', '2026-11-23', null],
    ['2026-11-18', '2026-11-18', '2026-11-23', null],
    ['2026-11-23', '2026-11-18', '2026-11-23', null],
    ['2026-11-17', '2026-11-18', '2026-11-23', 'before_request'],
    ['2026-11-24', '2026-11-18', '2026-11-23', 'in_future'],
    ['2026-02-30', '2026-01-01', '2026-11-23', 'bad_date'],
    ['20.11.2026', '2026-01-01', '2026-11-23', 'bad_date'],
  ] as const)('%s (asked %s, today %s) → %s', (heldOn, askedOn, today, expected) => {
    expect(talkDateRefusal(heldOn, askedOn, today)).toBe(expected);
  });
});

describe('givenAtRefusal', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it.each([
    ['2026-11-23T11:00:00Z', '2026-11-20', null],
    ['2026-11-23T12:04:00Z', '2026-11-20', null],
    ['2026-11-23T12:06:00Z', '2026-11-20', 'in_future'],
    // 23:30 UTC on the 19th is already the 20th in Norway.
    ['2026-11-19T23:30:00Z', '2026-11-20', null],
    ['2026-11-19T22:30:00Z', '2026-11-20', 'before_talk'],
    ['not a time', '2026-11-20', 'bad_time'],
  ] as const)('%s (talk %s) → %s', (givenAt, heldOn, expected) => {
    expect(givenAtRefusal(new Date(givenAt), heldOn, now)).toBe(expected);
  });
});

describe('isDueForDeletion', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

  it.each([
    ['an open request past the time', { requestedAt: daysAgo(31), talkRecordedAt: null, closedAt: null }, true],
    ['an open request within the time', { requestedAt: daysAgo(29), talkRecordedAt: null, closedAt: null }, false],
    ['a recent talk on an old request', { requestedAt: daysAgo(90), talkRecordedAt: daysAgo(10), closedAt: null }, false],
    ['a recently closed talk', { requestedAt: daysAgo(90), talkRecordedAt: daysAgo(80), closedAt: daysAgo(2) }, false],
    ['a talk closed long ago', { requestedAt: daysAgo(90), talkRecordedAt: daysAgo(80), closedAt: daysAgo(40) }, true],
  ] as const)('%s → %s', (_label, record, expected) => {
    expect(isDueForDeletion(record, 30, now)).toBe(expected);
  });

  it('is due exactly when the last event is at or before the cutoff', () => {
    const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, fc.option(instant, { nil: null }), fc.option(instant, { nil: null }), fc.integer({ min: 1, max: 3650 }), (now, requestedAt, talkRecordedAt, closedAt, days) => {
        const last = closedAt ?? talkRecordedAt ?? requestedAt;
        const due = isDueForDeletion({ requestedAt, talkRecordedAt, closedAt }, days, now);
        expect(due).toBe(last.getTime() <= retentionCutoff(now, days).getTime());
        // Keeping longer never makes a record due sooner.
        if (!due) expect(isDueForDeletion({ requestedAt, talkRecordedAt, closedAt }, days + 1, now)).toBe(false);
      }),
    );
  });
});
