/**
 * When a consultation may be dated and its follow-ups fall due. A record is written after the
 * talk, so it cannot be dated after today; nor more than a year back, which is a typing slip
 * (2062 for 2026) rather than a late note. A follow-up is work still to do: a new record's
 * follow-ups are due today or later, and an edited record's not before the consultation (an
 * old follow-up may have fallen due meanwhile). "Today" is the municipality's: Norway and
 * Denmark keep the same time zone offset all year, so one local date serves both.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';

/** How far back a consultation may be dated. */
export const OLDEST_RECORD_DAYS = 365;

export type DateProblemCode = 'held_in_future' | 'held_too_long_ago' | 'due_in_past' | 'due_before_held';

/** A date the rules refuse, by its field's path in the request body. */
export interface DateProblem {
  path: string;
  code: DateProblemCode;
}

/** Every date problem in a record, heldOn first, then each follow-up in order. */
export function checkRecordDates(
  record: { heldOn: IsoDate; followUps: readonly { dueOn: IsoDate }[] },
  context: { today: IsoDate; editing: boolean },
): DateProblem[] {
  const problems: DateProblem[] = [];
  if (record.heldOn > context.today) problems.push({ path: 'heldOn', code: 'held_in_future' });
  else if (record.heldOn < addDays(context.today, -OLDEST_RECORD_DAYS)) problems.push({ path: 'heldOn', code: 'held_too_long_ago' });
  record.followUps.forEach((followUp, index) => {
    const path = `followUps/${index}/dueOn`;
    if (!context.editing && followUp.dueOn < context.today) problems.push({ path, code: 'due_in_past' });
    else if (followUp.dueOn < record.heldOn) problems.push({ path, code: 'due_before_held' });
  });
  return problems;
}
