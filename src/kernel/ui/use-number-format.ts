import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats numbers the way the current language writes them (e.g. "1 234" in bokmål), with the given style or precision. */
export function useNumberFormat(options: Intl.NumberFormatOptions = {}): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // By value: a caller's options object is a new one at every render.
  const key = JSON.stringify(options);
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, JSON.parse(key) as Intl.NumberFormatOptions);
    return (value: number) => format.format(value);
  }, [language, key]);
}
