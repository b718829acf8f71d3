import { describe, expect, it } from 'vitest';
import { matchBrowserLanguage } from './languages.ts';

describe('matchBrowserLanguage', () => {
  it.each([
    [['nb-NO', 'en'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO', 'nb'], 'nn'],
    [['da-DK'], 'da'],
    [['en-GB', 'nb'], 'en'],
    [['sv-SE', 'da'], 'da'],
    [['de-DE', 'fr'], 'nb'],
    [[], 'nb'],
  ] as const)('%j gives %s', (tags, expected) => {
    expect(matchBrowserLanguage(tags)).toBe(expected);
  });
});
