import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Sorts names the way the current language alphabetises them (æ, ø, å last in Norwegian). */
export function useNameOrder() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => new Intl.Collator(language).compare, [language]);
}
