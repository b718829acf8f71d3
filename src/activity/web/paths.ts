/** Where the activity log's page lives, and the API it uses. Addresses carry ids only. */
export const activityPath = '/activity';

export const api = {
  activities: '/api/activities',
  mine: '/api/activities/mine',
  activity: (id: string) => `/api/activities/${encodeURIComponent(id)}`,
};
