import { describe, expect, it } from 'vitest';
import { formatLocale } from './use-date-format.ts';

const longDate = (language: string) =>
  new Intl.DateTimeFormat(formatLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 10, 4));

describe('formatLocale', () => {
  it('writes English dates the British way, and Danish and bokmål in their own language', () => {
    expect(longDate('en')).toBe('4 November 2020');
    expect(longDate('nb')).toBe('4. november 2020');
    expect(longDate('da')).toBe('4. november 2020');
  });

  it('falls back to bokmål for nynorsk, never to the browser’s language, where nynorsk formats are missing', () => {
    // Node has nynorsk data; Chromium has not, and takes the next locale in the list (e2e/delivery).
    expect(formatLocale('nn').at(-1)).toBe('nb');
    expect(longDate('nn')).toBe('4. november 2020');
  });
});
