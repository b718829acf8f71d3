/** The languages the user interface is written in. Bokmål comes first: it is the default. */
export const uiLanguages = ['nb', 'nn', 'da', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const defaultLanguage: UiLanguage = 'nb';

/** Each language in its own name, so a reader finds theirs whatever language is showing. */
export const languageNames: Readonly<Record<UiLanguage, string>> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  da: 'Dansk',
  en: 'English',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * Picks our language from the browser's preferred list (BCP 47 tags, best first).
 * "no" is the macrolanguage Norwegian, which browsers send for bokmål users too.
 */
export function matchBrowserLanguage(tags: readonly string[]): UiLanguage {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'no' || primary === 'nb') return 'nb';
    if (isUiLanguage(primary)) return primary;
  }
  return defaultLanguage;
}
