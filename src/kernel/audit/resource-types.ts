/**
 * Every kind of record an audit event can be about. A closed list, so that the access report
 * has a name for each (a Record over ResourceType in access-report.ts and in oversight) and a
 * misspelt type fails the type check instead of landing in the log as a kind nobody reads.
 * It lives in the kernel because the kernel audits and may not import capabilities: a
 * capability that audits a new kind of record adds it here.
 */
export const RESOURCE_TYPES = [
  // The register and people.
  'child',
  'register',
  'staff',
  'unit',
  'session',
  // A call the route guard refused before any record was looked up (403): its route's pattern.
  'route',
  'emergency_access',
  'emergency_review_list',
  'consent',
  'consents',
  'chronology',
  // Consultations and presence.
  'consultation',
  'consultations',
  'consultation_hour',
  'consultation_hours',
  'booking',
  'own_bookings',
  'presence_settings',
  'network_contacts',
  'contact_week',
  'calendar_feed',
  // Concern reports.
  'concern_report',
  'own_concern_reports',
  'concern_report_template',
  'concern_intake_queue',
  'concern_deadlines',
  'concern_counts',
  'municipality_service_number',
  // Pupils' talks.
  'pupil_talk',
  'pupil_talks',
  'pupil_talk_request',
  'pupil_referrals',
  'pupil_mode',
  // Teams.
  'team',
  'own_teams',
  'team_candidates',
  'team_meeting',
  'team_plan',
  'agenda_item',
  'action_point',
  // Attendance.
  'attendance_import',
  'attendance_flag',
  'attendance_flags',
  'attendance_case',
  'attendance_guideline',
  'attendance_funnel',
  // Activity.
  'activity_entry',
  'activity_sums',
  'own_activities',
  // On call.
  'on_call_call',
  'on_call_calls',
  'on_call_handover',
  'on_call_statement',
  'on_call_statistics',
  // Rota.
  'rota_plan',
  'rota_service',
  'rota_staff',
  'rota_swap',
  'own_shifts',
  // Evaluation.
  'evaluation',
  'evaluation_pilot',
  'evaluation_imported_count',
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** For values read back from the log, which may predate the list: an older kind is just a string. */
export function isResourceType(value: string): value is ResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(value);
}
