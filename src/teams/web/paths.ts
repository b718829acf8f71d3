/** Where the team page lives, and the API it reads. */
export const teamPath = (unitId: string) => `/units/${unitId}/team`;
export const api = {
  team: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/team`,
};
