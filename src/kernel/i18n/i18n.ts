import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { authMessages } from '../auth/web/messages.ts';
import { commonMessages } from '../ui/messages.ts';
import './i18next-types.ts';
import { initialLanguage, storeLanguage } from './language-preference.ts';
import { defaultLanguage, uiLanguages, type UiLanguage } from './languages.ts';
import { buildResources } from './resources.ts';

/** What the frame and the login page say: bundled, so the first page needs no other request. */
const shellNamespaces = { common: commonMessages, auth: authMessages };

/**
 * Starts i18next with the shell's messages, and keeps `<html lang>` in step with the
 * language shown. The capabilities' messages come with their pages (see loadAllMessages).
 */
export async function startI18n(): Promise<i18n> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources: buildResources(shellNamespaces),
    lng: initialLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: [...uiLanguages],
    ns: Object.keys(shellNamespaces),
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
  });
  return i18next;
}

let allMessages: Promise<void> | undefined;

/**
 * Adds every capability's messages, once: one download of all of them (a page often speaks
 * another capability's words too: a booking names the organisation's). The pages wait for
 * it before they first render, so no page ever shows a key instead of its text.
 */
export function loadAllMessages(): Promise<void> {
  allMessages ??= import('./registry.ts').then(({ namespaces }) => {
    const resources = buildResources(namespaces);
    for (const language of uiLanguages) {
      for (const [namespace, messages] of Object.entries(resources[language])) {
        i18next.addResourceBundle(language, namespace, messages, true, false);
      }
    }
  });
  return allMessages;
}

/**
 * Switches language at the user's request and remembers it. Only an explicit choice is
 * stored, so a first visit keeps following the browser's language until the user picks one.
 */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}
