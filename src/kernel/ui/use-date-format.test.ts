import { describe, expect, it } from 'vitest';
import { dateFormatIn, formatLocale } from './use-date-format.ts';

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

describe('moments', () => {
  it('are shown on Norway’s clock, winter and summer, whatever zone the machine is set to', () => {
    // 03:16 UTC is 04:16 in Oslo in November (UTC+1) and 05:16 in June (UTC+2).
    expect(dateFormatIn('nb').dateTime('2026-11-23T03:16:18Z')).toBe('23. nov. 2026, 04:16');
    expect(dateFormatIn('en').dateTime('2026-06-23T03:16:18Z')).toBe('23 Jun 2026, 05:16');
    // 23:30 UTC on 6 December is already the 7th in Norway.
    expect(dateFormatIn('da').dateTimeSeconds('2026-12-06T23:30:05Z')).toBe('7. dec. 2026, 00.30.05');
  });
});
