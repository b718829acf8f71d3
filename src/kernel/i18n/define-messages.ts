import type { UiLanguage } from './languages.ts';

/** A capability's texts in one language: nested keys ending in strings. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The same nested keys as T, each ending in any string: what a translation must supply. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** Bokmål is the source language; every other language must have exactly its keys. */
export type Catalogue<T extends MessageTree> = { readonly nb: T } & {
  readonly [L in Exclude<UiLanguage, 'nb'>]: SameKeys<T>;
};

/**
 * Declares one capability's texts in all UI languages. The types make a missing key, an
 * extra key or a missing language a compile error; messages.test.ts catches what types
 * cannot see (empty strings, interpolation variables that differ between languages).
 */
export function defineMessages<T extends MessageTree>(catalogue: {
  nb: T;
  nn: NoInfer<SameKeys<T>>;
  da: NoInfer<SameKeys<T>>;
  en: NoInfer<SameKeys<T>>;
}): Catalogue<T> {
  return catalogue;
}
