/** The API the chronology section uses. Addresses carry ids only. */
export const api = {
  chronology: (childId: string) => `/api/children/${encodeURIComponent(childId)}/chronology`,
};
