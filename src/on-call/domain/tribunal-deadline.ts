/**
 * The county tribunal's clock after an emergency placement. The rule is data with its source,
 * so a lawyer can read it in one place; the deadline is counted in elapsed hours, so on the
 * nights the clocks change the wall clock shows 47 or 49 hours between decision and deadline.
 */

export interface TribunalRule {
  country: 'NO';
  hours: number;
  says: string;
  source: string;
}

export const TRIBUNAL_RULE: TribunalRule = {
  country: 'NO',
  hours: 48,
  says: 'An emergency decision (akuttvedtak) goes to the county social welfare board (fylkesnemnda) for approval within 48 hours.',
  source: 'bufdir.no, akuttvedtak (LAW.md, "Working time for evening and on-call shifts", emergency placement)',
};

const HOUR_MS = 3_600_000;

/** When the decision made at `madeAt` must be with the county tribunal. */
export function tribunalDeadline(madeAt: Date, rule: TribunalRule = TRIBUNAL_RULE): Date {
  return new Date(madeAt.getTime() + rule.hours * HOUR_MS);
}

/** Whole minutes left until the deadline at `now`; negative once it has passed. */
export function minutesLeft(madeAt: Date, now: Date, rule: TribunalRule = TRIBUNAL_RULE): number {
  return Math.floor((tribunalDeadline(madeAt, rule).getTime() - now.getTime()) / 60_000);
}
