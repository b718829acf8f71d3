/** Where the children pages live, and the API they read. One place, so links never drift. */
export const findChildPath = '/children/find';
export const childPath = (id: string) => `/children/${id}`;
export const api = {
  child: (id: string) => `/api/children/${encodeURIComponent(id)}`,
  register: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/register`,
  /** POST: the identity number goes in the body, never in an address. */
  lookup: '/api/children/lookup',
  emergencyAccess: (id: string) => `/api/children/${encodeURIComponent(id)}/emergency-access`,
};
