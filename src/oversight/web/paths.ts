/** Where the leader's oversight pages live, and the API they read. One place, so links never drift. */
export const reviewListPath = '/oversight/emergency-access';
export const accessReportPath = (childId: string) => `/children/${childId}/access-report`;
export const api = {
  reviews: '/api/oversight/emergency-access',
  review: (id: string) => `/api/oversight/emergency-access/${encodeURIComponent(id)}/review`,
  accessReport: (childId: string) => `/api/oversight/access-report/children/${encodeURIComponent(childId)}`,
  /** A plain link downloads it: the session cookie goes along. */
  accessReportCsv: (childId: string) => `/api/oversight/access-report/children/${encodeURIComponent(childId)}/csv`,
};

/** What the child page hands the access report in the router state: the name, for the heading. */
export interface AccessReportState {
  childName?: string;
}
