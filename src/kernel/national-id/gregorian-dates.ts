/** The date arithmetic both identity-number schemes need, kept free of time zones. */

/** True when year-month-day names a day that exists in the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month; used to draw birth dates as well as to check them. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits an ISO `YYYY-MM-DD` date into numbers, refusing anything that is not a real day. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  if (!isCalendarDate(year, month, day)) throw new RangeError(`Not a calendar date: ${iso}`);
  return { year, month, day };
}

/** Formats a date as ISO `YYYY-MM-DD`, the form the database keeps dates in. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Two digits with a leading zero, as both identity numbers write days, months and years. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
