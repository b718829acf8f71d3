import type { UiLanguage } from '../../kernel/i18n/languages.ts';

/** Where the leader's oversight pages live, and the API they read. One place, so links never drift. */
export const reviewListPath = '/oversight/emergency-access';
export const accessReportPath = (childId: string) => `/children/${childId}/access-report`;
export const api = {
  reviews: '/api/oversight/emergency-access',
  review: (id: string) => `/api/oversight/emergency-access/${encodeURIComponent(id)}/review`,
  accessReport: (childId: string) => `/api/oversight/access-report/children/${encodeURIComponent(childId)}`,
  /** A plain link downloads it (the session cookie goes along), headed in the given language. */
  accessReportCsv: (childId: string, language: UiLanguage) =>
    `/api/oversight/access-report/children/${encodeURIComponent(childId)}/csv?lang=${language}`,
};
