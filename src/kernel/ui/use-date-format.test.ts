import { describe, expect, it } from 'vitest';
import { formatLocale } from './use-date-format.ts';

describe('formatLocale', () => {
  it('writes English dates the British way, and the others in their own language', () => {
    expect(formatLocale('en')).toBe('en-GB');
    expect(new Intl.DateTimeFormat(formatLocale('en'), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 10, 4))).toBe(
      '4 November 2020',
    );
    for (const language of ['nb', 'nn', 'da']) expect(formatLocale(language)).toBe(language);
  });
});
