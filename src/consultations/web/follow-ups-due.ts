import { addDays } from '../../time/dates.ts';
import type { Consultation } from '../schema.ts';

/**
 * How far the start page looks for follow-ups, ahead and back: two weeks, so a week's planning
 * sees them. A follow-up has no "done" mark, so one long past would otherwise stay forever.
 */
export const FOLLOW_UP_HORIZON_DAYS = 14;

export interface DueFollowUp {
  consultation: Consultation;
  text: string;
  dueOn: string;
  overdue: boolean;
}

/**
 * The follow-ups one person owns that are due within the horizon either side of today, the
 * earliest first, those past marked overdue: what the start page asks them to do. Records whose details are gone (consent
 * withdrawn) have none left to follow.
 */
export function followUpsDue(consultations: readonly Consultation[], ownerId: string, today: string): DueFollowUp[] {
  const since = addDays(today, -FOLLOW_UP_HORIZON_DAYS);
  const until = addDays(today, FOLLOW_UP_HORIZON_DAYS);
  return consultations
    .flatMap((consultation) =>
      (consultation.details?.followUps ?? [])
        .filter((f) => f.owner.id === ownerId && f.dueOn >= since && f.dueOn <= until)
        .map((f) => ({ consultation, text: f.text, dueOn: f.dueOn, overdue: f.dueOn < today })),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
