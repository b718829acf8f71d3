import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import './i18next-types.ts';
import { initialLanguage, storeLanguage } from './language-preference.ts';
import { defaultLanguage, uiLanguages, type UiLanguage } from './languages.ts';
import { buildResources, namespaceNames } from './registry.ts';

/**
 * Starts i18next with every namespace bundled (they are small, and a request per language
 * would only delay the first paint), and keeps `<html lang>` in step with the language shown.
 */
export async function startI18n(): Promise<i18n> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources: buildResources(),
    lng: initialLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: [...uiLanguages],
    ns: namespaceNames,
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
  });
  return i18next;
}

/**
 * Switches language at the user's request and remembers it. Only an explicit choice is
 * stored, so a first visit keeps following the browser's language until the user picks one.
 */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}
