import { isUiLanguage, matchBrowserLanguage, type UiLanguage } from './languages.ts';

const storageKey = 'tidlig.language';

/** The language to start in: the one chosen before, else the browser's if we have it. */
export function initialLanguage(): UiLanguage {
  const stored = readStoredLanguage();
  return stored ?? matchBrowserLanguage(navigator.languages ?? [navigator.language]);
}

/** Remembers the choice; storage may be blocked (private mode, policy), which is no error. */
export function storeLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // The choice then lasts for this page view only.
  }
}

function readStoredLanguage(): UiLanguage | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return isUiLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
