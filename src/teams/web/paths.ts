/** Where the team pages live, and the API they use. Addresses carry ids and school years only. */
export const teamPath = (unitId: string, schoolYear?: string) =>
  `/units/${unitId}/team${schoolYear ? `?year=${encodeURIComponent(schoolYear)}` : ''}`;
export const meetingPath = (unitId: string, meetingId: string) => `/units/${unitId}/team/meetings/${meetingId}`;

const unit = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/team`;
export const myTeamsPath = '/teams';

export const api = {
  mine: '/api/teams/mine',
  team: (unitId: string, schoolYear?: string) =>
    `${unit(unitId)}${schoolYear ? `?schoolYear=${encodeURIComponent(schoolYear)}` : ''}`,
  candidates: (unitId: string) => `${unit(unitId)}/candidates`,
  members: (unitId: string) => `${unit(unitId)}/members`,
  plan: (unitId: string) => `${unit(unitId)}/plan`,
  publish: (unitId: string) => `${unit(unitId)}/plan/publish`,
  meeting: (unitId: string, meetingId: string) => `${unit(unitId)}/meetings/${encodeURIComponent(meetingId)}`,
  agendaItems: (unitId: string, meetingId: string) => `${api.meeting(unitId, meetingId)}/agenda-items`,
  minutes: (unitId: string, meetingId: string) => `${api.meeting(unitId, meetingId)}/minutes`,
  actionPoints: (unitId: string, meetingId: string) => `${api.meeting(unitId, meetingId)}/action-points`,
  actionPoint: (unitId: string, actionPointId: string) => `${unit(unitId)}/action-points/${encodeURIComponent(actionPointId)}`,
};
