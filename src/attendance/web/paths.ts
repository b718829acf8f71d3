import type { FileFormat } from '../domain/file-format.ts';

/** Where the attendance page lives, and the API it uses. Addresses carry unit, flag and case ids only. */
export const attendancePath = (unitId: string) => `/units/${unitId}/attendance`;
export const casePath = (caseId: string) => `/attendance/cases/${caseId}`;
/** The follow-up funnel of every school of the municipality, for its leaders; linked from the evaluation page. */
export const municipalityFunnelPath = '/attendance/funnel';
/** The guideline page: the municipality is the one of the unit the person acts for. */
export const guidelinePath = '/attendance/guideline';

const unit = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/attendance`;

export const api = {
  imports: (unitId: string, settings: { source: string; format: FileFormat; dryRun: boolean }) =>
    `${unit(unitId)}/imports?${new URLSearchParams({ source: settings.source, format: settings.format, dryRun: String(settings.dryRun) })}`,
  flags: (unitId: string) => `${unit(unitId)}/flags`,
  funnel: (unitId: string) => `${unit(unitId)}/funnel`,
  municipalityFunnel: (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/attendance/funnel`,
  handle: (unitId: string, flagId: string) => `${unit(unitId)}/flags/${encodeURIComponent(flagId)}/handle`,
  openCase: (unitId: string, flagId: string) => `${unit(unitId)}/flags/${encodeURIComponent(flagId)}/case`,
  case: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}`,
  people: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/people`,
  coordinator: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/coordinator`,
  steps: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/steps`,
  stepDone: (caseId: string, stepId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/steps/${encodeURIComponent(stepId)}/done`,
  contacts: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/contacts`,
  close: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/close`,
  report: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/concern-report`,
  consultation: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/consultation`,
  letters: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/letters`,
  guideline: (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/attendance/guideline`,
  hearing: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/hearing`,
};
