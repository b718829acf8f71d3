/**
 * The closed lists a consultation is recorded with. The web translates each value, the
 * statistics count by them, and the migration's check constraints mirror them. What the concern
 * is about is the shared list in kernel/concern-categories, the same as a booking's topic.
 */

/** Anonymous: no child, nothing identifying. Consented: linked to a child under a guardian's consent. Group: a class or a friendship group. */
export const CONSULTATION_MODES = ['anonymous', 'consented', 'group'] as const;
export type ConsultationMode = (typeof CONSULTATION_MODES)[number];

/** Where the consultation ended: the unit handles it, a referral, a concern report, or nothing further. */
export const OUTCOMES = [
  'handled_by_unit',
  'referred_family_centre',
  'referred_ppt',
  'referred_health_nurse',
  'concern_report_recommended',
  'nothing_further',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What a guardian may consent to: discussing the child with the network contact, in the unit's
 * cross-sector team, and sharing with partners (family centre, PPT, health nurse).
 */
export const CONSENT_SCOPES = ['consultation', 'team_meeting', 'partner_sharing'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
