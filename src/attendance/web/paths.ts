/** Where the attendance page lives, and the API it uses. Addresses carry unit and flag ids only. */
export const attendancePath = (unitId: string) => `/units/${unitId}/attendance`;

const unit = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/attendance`;

export const api = {
  imports: (unitId: string) => `${unit(unitId)}/imports`,
  flags: (unitId: string) => `${unit(unitId)}/flags`,
  handle: (unitId: string, flagId: string) => `${unit(unitId)}/flags/${encodeURIComponent(flagId)}/handle`,
};
