import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats numbers the way the current language writes them (e.g. "1 234" in bokmål). */
export function useNumberFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(language);
    return (value: number) => format.format(value);
  }, [language]);
}
