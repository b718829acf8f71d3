/** Where the My calendar page lives, and the API it uses. */
export const calendarPath = '/calendar';
export const api = { feed: '/api/calendar-feed' };
