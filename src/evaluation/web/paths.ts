/** Where the evaluation page lives, and the API it calls. */
export const evaluationPath = '/evaluation';
export const importCountsPath = '/evaluation/import';
const municipality = (id: string) => `/api/municipalities/${encodeURIComponent(id)}`;
export const api = {
  evaluation: (municipalityId: string) => `${municipality(municipalityId)}/evaluation`,
  evaluationPdf: (municipalityId: string) => `${municipality(municipalityId)}/evaluation/pdf`,
  pilots: (municipalityId: string) => `${municipality(municipalityId)}/evaluation-pilots`,
  pilot: (municipalityId: string, pilotId: string) => `${municipality(municipalityId)}/evaluation-pilots/${encodeURIComponent(pilotId)}`,
  importedCounts: (municipalityId: string) => `${municipality(municipalityId)}/evaluation/imported-counts`,
};
