/** Where the evaluation page lives, and the API it calls. */
export const evaluationPath = '/evaluation';
export const api = {
  evaluation: (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/evaluation`,
};
