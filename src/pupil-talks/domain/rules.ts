/**
 * The rules of a pupil's talk and its parent notice, pure so they are tested as tables: which
 * step may follow which, which dates a talk and a given notice may carry, and when a request
 * or talk has been kept long enough.
 */
import { localDate, type IsoDate } from '../../time/dates.ts';
import { isIsoDate } from '../../time/iso-dates.ts';
import type { NoticeStatus } from '../tables.ts';

export type NoticeStep = 'draft' | 'give' | 'withhold';

/**
 * Whether a step may follow the notice's state, or the refusal code. The notice is drafted
 * (and redrafted) with the pupil before it is given; once it is given, or withheld and the case
 * referred to child welfare, the talk is closed and neither can be undone here.
 */
export function noticeStepRefusal(status: NoticeStatus, step: NoticeStep): 'notice_not_drafted' | 'notice_closed' | null {
  if (status === 'given' || status === 'withheld') return 'notice_closed';
  if (step === 'give' && status !== 'drafted') return 'notice_not_drafted';
  return null;
}

/** The day a talk was held: a real date, not before the pupil asked and not after today. */
export function talkDateRefusal(heldOn: string, askedOn: IsoDate, today: IsoDate): 'bad_date' | 'before_request' | 'in_future' | null {
  if (!isIsoDate(heldOn)) return 'bad_date';
  if (heldOn < askedOn) return 'before_request';
  if (heldOn > today) return 'in_future';
  return null;
}

/** A few minutes of clock difference between the device and the server are not "the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

/** When the parents were told: not before the day of the talk (Norwegian time), not in the future. */
export function givenAtRefusal(givenAt: Date, heldOn: IsoDate, now: Date): 'bad_time' | 'before_talk' | 'in_future' | null {
  if (Number.isNaN(givenAt.getTime())) return 'bad_time';
  if (localDate(givenAt) < heldOn) return 'before_talk';
  if (givenAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return 'in_future';
  return null;
}

/**
 * Whether a request (and its talk) is due for deletion: `retentionDays` after the last thing
 * that happened to it — the notice given or withheld, else the talk recorded, else the request.
 */
export function isDueForDeletion(
  record: { requestedAt: Date; talkRecordedAt: Date | null; closedAt: Date | null },
  retentionDays: number,
  now: Date,
): boolean {
  const last = record.closedAt ?? record.talkRecordedAt ?? record.requestedAt;
  return last.getTime() <= retentionCutoff(now, retentionDays).getTime();
}

/** The instant before which (inclusive) a last event is old enough to delete. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * 86_400_000);
}
