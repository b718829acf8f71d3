/** Where the presence pages live, and the API they use. Addresses carry ids, dates and times only. */
export const bookingsPath = '/bookings';
/** A contact's week; without a week, the current one. */
export const weekPath = (contactId: string, week: string | null) =>
  `/presence/week?contact=${encodeURIComponent(contactId)}${week ? `&week=${encodeURIComponent(week)}` : ''}`;
export const movePath = (bookingId: string) => `/bookings/${encodeURIComponent(bookingId)}/move`;
/** A slot is named by its hour's id, date and start: `<hourId>:<YYYY-MM-DD>:<HH:MM>`. */
export const bookPath = (unitId: string, slot: { consultationHourId: string; date: string; start: string }) =>
  `/units/${unitId}/book?slot=${encodeURIComponent(`${slot.consultationHourId}:${slot.date}:${slot.start}`)}`;

export const api = {
  consultationHours: (unitId: string, limit = 20) =>
    `/api/units/${encodeURIComponent(unitId)}/consultation-hours?limit=${limit}`,
  consultationHoursOf: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/consultation-hours`,
  bookings: '/api/bookings',
  myBookings: '/api/bookings/mine',
  cancel: (id: string) => `/api/bookings/${encodeURIComponent(id)}/cancel`,
  week: (contactId: string, week: string | null) =>
    `/api/presence/week?contact=${encodeURIComponent(contactId)}${week ? `&week=${encodeURIComponent(week)}` : ''}`,
  contacts: '/api/presence/contacts',
  settings: (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/presence-settings`,
  move: (id: string) => `/api/bookings/${encodeURIComponent(id)}/move`,
};

/** The slot named in the address, or null when the parameter is not one. */
export function parseSlotParam(value: string | null): { consultationHourId: string; date: string; start: string } | null {
  if (!value) return null;
  const match = /^([0-9a-f-]{36}):(\d{4}-\d{2}-\d{2}):(\d{2}:\d{2})$/i.exec(value);
  if (!match) return null;
  return { consultationHourId: match[1]!, date: match[2]!, start: match[3]! };
}
