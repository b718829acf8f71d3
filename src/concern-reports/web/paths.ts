/** Where the concern report pages live, and the API they use. Addresses carry ids only. */
export const myReportsPath = '/concern-reports';
export const draftPath = (id: string) => `/concern-reports/drafts/${id}`;
/** A report not yet started: nothing is stored until its first input. */
export const newReportPath = '/concern-reports/new';
export const serviceNumbersPath = '/concern-reports/service-numbers';
export const intakePath = '/concern-reports/intake';
export const receivedPath = (id: string) => `/concern-reports/received/${id}`;
export const deadlinesPath = '/concern-reports/deadlines';

export const api = {
  guidance: '/api/concern-reports/guidance',
  drafts: '/api/concern-reports/drafts',
  template: '/api/concern-reports/drafts/template',
  serviceNumbers: '/api/concern-reports/service-numbers',
  draft: (id: string) => `/api/concern-reports/drafts/${encodeURIComponent(id)}`,
  pdf: (id: string) => `/api/concern-reports/drafts/${encodeURIComponent(id)}/pdf`,
  submit: (id: string) => `/api/concern-reports/drafts/${encodeURIComponent(id)}/submit`,
  fromConsultation: (consultationId: string) => `/api/consultations/${encodeURIComponent(consultationId)}/concern-report`,
  mine: '/api/concern-reports/mine',
  intake: '/api/concern-reports/intake',
  deadlines: '/api/concern-reports/deadlines',
  counts: (from: string, to: string) => `/api/concern-reports/counts?from=${from}&to=${to}`,
  received: (id: string) => `/api/concern-reports/${encodeURIComponent(id)}`,
  decision: (id: string) => `/api/concern-reports/${encodeURIComponent(id)}/decision`,
  extension: (id: string) => `/api/concern-reports/${encodeURIComponent(id)}/extension`,
  conclusion: (id: string) => `/api/concern-reports/${encodeURIComponent(id)}/conclusion`,
  fiks: (id: string) => `/api/concern-reports/${encodeURIComponent(id)}/fiks-io`,
};
