/**
 * The countries Tidlig serves and the time zone each keeps. Every wall-clock reading in the
 * project (the date it is, the time on the clock, the instant of a local date and time) goes
 * through here, so the zone is named once and each formatter is built once per zone.
 */
export const COUNTRY_CODES = ['NO', 'DK'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export const TIME_ZONES: Readonly<Record<CountryCode, string>> = {
  NO: 'Europe/Oslo',
  DK: 'Europe/Copenhagen',
};

/** Norway and Denmark keep the same clocks; a reading without a municipality at hand uses this. */
export const DEFAULT_TIME_ZONE = TIME_ZONES.NO;

export function timeZoneOf(country: CountryCode): string {
  return TIME_ZONES[country];
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and purpose, built on first use (building one costs far more than using it). */
export function zonedFormatter(key: string, timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'en-GB'): Intl.DateTimeFormat {
  const id = `${key}|${timeZone}|${locale}`;
  let formatter = cache.get(id);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(id, formatter);
  }
  return formatter;
}
