/**
 * What a concern is about: one closed list for a booking's topic, a consultation's category
 * and the statistics that count them, so a teacher who books about "absence" sees the same
 * words when the consultation is recorded. The labels are `concernCategory` in the common
 * messages; the migrations' check constraints mirror the values.
 */
export const CONCERN_CATEGORIES = [
  'wellbeing',
  'absence',
  'conflict_at_home',
  'neglect',
  'behaviour',
  'development',
  'substance_use',
  'other',
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];
