import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, storeLanguage } from './language-preference.ts';
import { defaultLanguage, uiLanguages, type UiLanguage } from './languages.ts';
import type { MessageTree } from './define-messages.ts';
import { buildResources, type Catalogues } from './resources.ts';

type ShellTexts = { common: MessageTree; auth: MessageTree };

type Load = Record<UiLanguage, () => Promise<MessageTree>>;

/**
 * What the frame and the login page say: one small download per language, fetched for the
 * language shown, so the first page carries one language's texts rather than four. Every
 * language has every key (the catalogues' types see to it), so none needs another to fall back on.
 * Each import names its file in full: the bundler splits only imports it can read.
 */
const shellCatalogues: Record<keyof ShellTexts, Load> = {
  common: {
    nb: () => import('../ui/messages/nb.ts').then((m) => m.commonNb),
    nn: () => import('../ui/messages/nn.ts').then((m) => m.commonNn),
    da: () => import('../ui/messages/da.ts').then((m) => m.commonDa),
    en: () => import('../ui/messages/en.ts').then((m) => m.commonEn),
  },
  auth: {
    nb: () => import('../auth/web/messages/nb.ts').then((m) => m.authNb),
    nn: () => import('../auth/web/messages/nn.ts').then((m) => m.authNn),
    da: () => import('../auth/web/messages/da.ts').then((m) => m.authDa),
    en: () => import('../auth/web/messages/en.ts').then((m) => m.authEn),
  },
};

/** The shell's texts in one language, its catalogues fetched at once. */
async function shellTexts(language: UiLanguage): Promise<ShellTexts> {
  const [common, auth] = await Promise.all([shellCatalogues.common[language](), shellCatalogues.auth[language]()]);
  return { common, auth };
}

/** Adds the shell's texts in a language to i18next, once. */
async function loadShellTexts(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const texts = await shellTexts(language);
  for (const [namespace, messages] of Object.entries(texts)) i18next.addResourceBundle(language, namespace, messages, true, false);
}

/**
 * Starts i18next with the shell's messages, and keeps `<html lang>` in step with the
 * language shown. The capabilities' messages come with their pages (see loadAllMessages).
 */
export async function startI18n(): Promise<i18n> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { [language]: await shellTexts(language) },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...uiLanguages],
    ns: ['common', 'auth'],
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
  });
  return i18next;
}

let loadCatalogues: (() => Promise<Catalogues>) | undefined;
let allMessages: Promise<void> | undefined;

/** Where every capability's messages come from: the composition root tells, at start. */
export function setMessageCatalogues(load: () => Promise<Catalogues>): void {
  loadCatalogues = load;
}

/**
 * Adds every capability's messages, once: one download of all of them (a page often speaks
 * another capability's words too: a booking names the organisation's). The pages wait for
 * it before they first render, so no page ever shows a key instead of its text.
 */
export function loadAllMessages(): Promise<void> {
  if (!loadCatalogues) throw new Error('setMessageCatalogues was not called before the first page');
  allMessages ??= loadCatalogues().then((namespaces) => {
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
  await loadShellTexts(language);
  await i18next.changeLanguage(language);
}
