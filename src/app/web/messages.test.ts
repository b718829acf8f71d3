import { describe, expect, it } from 'vitest';
import type { MessageTree } from '../../kernel/i18n/define-messages.ts';
import { uiLanguages } from '../../kernel/i18n/languages.ts';
import { namespaceNames, namespaces } from './messages.ts';

/** Flattens a catalogue to dotted keys, so languages can be compared key by key. */
function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [nested, text] of flatten(value, path)) flat.set(nested, text);
  }
  return flat;
}

/** The names in {{name}} and {{name, format}}, sorted so that order does not matter. */
function variables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

describe.each(namespaceNames)('messages in namespace %s', (namespace) => {
  const source = flatten(namespaces[namespace].nb);

  it.each(uiLanguages)('%s has every key of bokmål and no others', (language) => {
    const keys = [...flatten(namespaces[namespace][language]).keys()].sort();
    expect(keys).toEqual([...source.keys()].sort());
  });

  it.each(uiLanguages)('%s has no empty texts', (language) => {
    const empty = [...flatten(namespaces[namespace][language])]
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(uiLanguages)('%s uses the same interpolation variables as bokmål', (language) => {
    const translated = flatten(namespaces[namespace][language]);
    for (const [key, text] of source) {
      expect({ key, variables: variables(translated.get(key) ?? '') }).toEqual({ key, variables: variables(text) });
    }
  });

  it.each(uiLanguages)('%s has every plural form its grammar needs', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const keys = new Set(flatten(namespaces[namespace][language]).keys());
    const pluralBases = new Set([...keys].filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
    for (const base of pluralBases) {
      for (const category of needed) expect(keys).toContain(`${base}_${category}`);
    }
  });
});
