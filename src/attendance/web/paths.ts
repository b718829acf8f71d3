/** Where the attendance page lives, and the API it uses. Addresses carry unit, flag and case ids only. */
export const attendancePath = (unitId: string) => `/units/${unitId}/attendance`;
export const casePath = (caseId: string) => `/attendance/cases/${caseId}`;

const unit = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/attendance`;

export const api = {
  imports: (unitId: string) => `${unit(unitId)}/imports`,
  flags: (unitId: string) => `${unit(unitId)}/flags`,
  handle: (unitId: string, flagId: string) => `${unit(unitId)}/flags/${encodeURIComponent(flagId)}/handle`,
  openCase: (unitId: string, flagId: string) => `${unit(unitId)}/flags/${encodeURIComponent(flagId)}/case`,
  case: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}`,
  steps: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/steps`,
  stepDone: (caseId: string, stepId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/steps/${encodeURIComponent(stepId)}/done`,
  contacts: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/contacts`,
  close: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/close`,
  report: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/concern-report`,
  consultation: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/consultation`,
  letters: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/letters`,
  hearing: (caseId: string) => `/api/attendance/cases/${encodeURIComponent(caseId)}/hearing`,
};
