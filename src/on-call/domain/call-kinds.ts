/**
 * The closed lists of the call log, each written once: the table types, the API schemas and the
 * web's choices read them from here, and migration 0018's check constraints hold the same values.
 */

/**
 * Who called: Statistics Norway's categories of who reports to child welfare, in SSB's order
 * (source: ssb.no, barnevern statistics, as summarised in the project's LAW.md, "Who reports to
 * child welfare"). `emergency_room` (legevakt) is asked for by issue 14 and is kept apart from
 * `doctor_hospital` because the night's calls come from there; SSB counts it under doctor/hospital.
 */
export const CALLERS = [
  'child',
  'parents',
  'other_family',
  'neighbour',
  'child_welfare_service',
  'social_services',
  'on_call_service',
  'police',
  'kindergarten',
  'health_station',
  'school',
  'ppt',
  'mental_health',
  'doctor_hospital',
  'emergency_room',
  'asylum_reception',
  'crisis_centre',
  'outreach',
  'voluntary',
  'other_public',
  'other',
] as const;
export type Caller = (typeof CALLERS)[number];

export const CALLERS_SOURCE = 'ssb.no, barnevern: hvem melder (LAW.md, "Who reports to child welfare")';

/** What the on-call worker did; a call may take several (a home visit together with the police). */
export const RESPONSES = ['advice_by_phone', 'home_visit', 'control_visit', 'with_police', 'placement'] as const;
export type Response = (typeof RESPONSES)[number];

/** Whether an emergency placement (hasteplassering) was on the table, and how it ended. */
export const PLACEMENT_OUTCOMES = ['not_considered', 'considered', 'prevented', 'made'] as const;
export type PlacementOutcome = (typeof PLACEMENT_OUTCOMES)[number];
