/** Where the organisation pages live, and the API they read. One place, so links never drift. */
export const overviewPath = '/organisation';
export const municipalityPath = (id: string) => `/organisation/${id}`;
export const unitPath = (id: string) => `/units/${id}`;

export const api = {
  municipalities: '/api/organisation/municipalities',
  municipality: (id: string) => `/api/organisation/municipalities/${encodeURIComponent(id)}`,
  unit: (id: string) => `/api/organisation/units/${encodeURIComponent(id)}`,
};
