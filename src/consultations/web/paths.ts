/** Where the consultation pages live, and the API they use. Addresses carry ids only. */
export const consultationsPath = (unitId: string) => `/units/${unitId}/consultations`;
export const consultationPath = (unitId: string, id: string) => `/units/${unitId}/consultations/${id}`;
export const newConsultationPath = (unitId: string) => `/units/${unitId}/consultations/new`;

export const api = {
  consultations: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/consultations`,
  consultation: (id: string) => `/api/consultations/${encodeURIComponent(id)}`,
  consents: (childId: string) => `/api/children/${encodeURIComponent(childId)}/consents`,
  withdraw: (consentId: string) => `/api/consents/${encodeURIComponent(consentId)}/withdraw`,
};
