import type { MessageTree } from './define-messages.ts';
import { uiLanguages, type UiLanguage } from './languages.ts';

export type Catalogues = Readonly<Record<string, Readonly<Record<UiLanguage, MessageTree>>>>;

/** Catalogues by namespace in i18next's resource shape: language → namespace → messages. */
export function buildResources(catalogues: Catalogues): Record<UiLanguage, Record<string, MessageTree>> {
  const resources = {} as Record<UiLanguage, Record<string, MessageTree>>;
  for (const language of uiLanguages) {
    resources[language] = {};
    for (const [namespace, messages] of Object.entries(catalogues)) resources[language][namespace] = messages[language];
  }
  return resources;
}
