import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '../../time/zone.ts';

export interface DateFormat {
  /** A calendar date (`2020-10-20`) as the language writes it: "20. oktober 2020". */
  date: (isoDate: string) => string;
  /** A moment (`2026-11-23T03:16:18Z`) on the service's clock: "23. nov. 2026, 04:16". */
  dateTime: (isoDateTime: string) => string;
  /** The same with seconds, for logs where several events fall in one minute. */
  dateTimeSeconds: (isoDateTime: string) => string;
}

/**
 * The locales to format in, best first. English here is read by people working in Norway and
 * Denmark: British order (23 November 2026, 14:05), not American (November 23, 2026, 2:05 PM).
 * Chromium ships no nynorsk formats, and a locale it lacks falls back to the browser's
 * language (an English date on a nynorsk page); bokmål writes dates the same way, so it comes
 * second for nynorsk.
 */
export function formatLocale(language: string): string[] {
  if (language === 'en') return ['en-GB'];
  if (language === 'nn') return ['nn', 'nb'];
  return [language];
}

/** Dates and times the way the current language writes them. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => dateFormatIn(language), [language]);
}

/**
 * A calendar date has no time zone: it is formatted as the same day everywhere, never shifted to
 * the day before in the west. A moment is shown on the service's clock (Norway's and Denmark's
 * agree), as the forms read the times typed into them, whatever zone the browser is set to: a
 * laptop left on another zone must not show a notice given today as given yesterday.
 */
export function dateFormatIn(language: string): DateFormat {
  const locale = formatLocale(language);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: DEFAULT_TIME_ZONE });
  const secondsFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: DEFAULT_TIME_ZONE });
  return {
    date: (isoDate) => {
      const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
      return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
    },
    dateTime: (isoDateTime) => dateTimeFormat.format(new Date(isoDateTime)),
    dateTimeSeconds: (isoDateTime) => secondsFormat.format(new Date(isoDateTime)),
  };
}
