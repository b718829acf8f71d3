import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boundedInt, calendarDate, cleanText, dateRange, idempotencyKey, instant, monthRange, RANGE_DAYS } from './primitives.ts';

/** The code a schema refuses a value with (our code from the message, else Zod's), or 'ok'. */
function verdict(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : result.error.issues[0]!.message.match(/^[a-z_]+$/) ? result.error.issues[0]!.message : result.error.issues[0]!.code;
}

describe('calendarDate', () => {
  // Leap years by the Gregorian rule as almanacs state it: 2024 and 2000 are, 2026 and 2100 are not.
  it.each([
    ['2024-02-29', 'ok'],
    ['2000-02-29', 'ok'],
    ['2026-02-29', 'not_a_date'],
    ['2100-02-29', 'not_a_date'],
    ['2026-02-30', 'not_a_date'],
    ['2026-04-31', 'not_a_date'],
    ['2026-12-31', 'ok'],
    ['2026-13-01', 'not_a_date'],
    ['2026-W60', 'not_a_date'],
    ['', 'not_a_date'],
    ['NaN', 'not_a_date'],
    ['2026-1-5', 'not_a_date'],
    [' 2026-01-05', 'not_a_date'],
    ['2026-01-05T00:00:00Z', 'not_a_date'],
    ['9999-12-31', 'date_out_of_range'],
    ['1999-12-31', 'date_out_of_range'],
    ['2000-01-01', 'ok'],
    ['2100-12-31', 'ok'],
    ['2101-01-01', 'date_out_of_range'],
    [20260105, 'not_a_date'],
    [null, 'not_a_date'],
  ])('%j → %s', (value, expected) => {
    expect(verdict(calendarDate(), value)).toBe(expected);
  });
});

describe('dateRange', () => {
  it.each([
    [{ from: '2026-08-17', to: '2027-06-18' }, 'ok'],
    [{ from: '2026-08-01', to: '2027-07-31' }, 'ok'], // 364 days
    [{ from: '2027-08-01', to: '2028-07-31' }, 'ok'], // 365 days, over a 29 February
    [{ from: '2026-08-01', to: '2027-08-03' }, 'range_too_long'], // 367 days
    [{ from: '2026-01-01', to: '9999-12-31' }, 'date_out_of_range'],
    [{ from: '2026-05-02', to: '2026-05-01' }, 'range_reversed'],
    [{ from: '2026-05-01', to: '2026-05-01' }, 'ok'],
    [{ from: '2026-02-30', to: '2026-05-01' }, 'not_a_date'],
  ])('%j → %s', (value, expected) => {
    expect(verdict(dateRange(RANGE_DAYS.schoolYear), value)).toBe(expected);
  });

  it('puts the range issue on the end date, where the form shows it', () => {
    const result = dateRange(10).safeParse({ from: '2026-05-01', to: '2026-06-01' });
    expect(result.error?.issues.map((i) => [i.path.join('/'), i.message])).toEqual([['to', 'range_too_long']]);
  });
});

describe('monthRange', () => {
  it.each([
    [{ from: '2026-08', to: '2027-07' }, 'ok'], // 12 months
    [{ from: '2026-08', to: '2027-08' }, 'range_too_long'], // 13
    [{ from: '2026-11', to: '2026-11' }, 'ok'],
    [{ from: '2026-11', to: '2026-10' }, 'range_reversed'],
    [{ from: '2026-13', to: '2027-01' }, 'not_a_date'],
    [{ from: '2026-1', to: '2027-01' }, 'not_a_date'],
    [{ from: '1999-12', to: '2000-01' }, 'date_out_of_range'],
    [{ from: 202611, to: '2027-01' }, 'not_a_date'],
  ])('%j → %s', (value, expected) => {
    expect(verdict(monthRange(12), value)).toBe(expected);
  });
});

describe('boundedInt', () => {
  it.each([
    [1, 'ok'],
    [2_147_483_647, 'ok'],
    [2_147_483_648, 'number_out_of_range'],
    [1e308, 'number_out_of_range'],
    [-1, 'number_out_of_range'],
    [1.5, 'number_out_of_range'],
    ['1', 'not_a_number'],
    [Number.NaN, 'not_a_number'],
    [Number.POSITIVE_INFINITY, 'not_a_number'],
  ])('%j → %s', (value, expected) => {
    expect(verdict(boundedInt(0, 2_147_483_647), value)).toBe(expected);
  });

  it('refuses bounds that do not fit an integer column', () => {
    expect(() => boundedInt(0, 2 ** 31)).toThrow(RangeError);
  });
});

describe('cleanText', () => {
  it.each([
    ['Hei', {}, 'ok'],
    ['a\u0000b', {}, 'text_not_allowed'],
    ['a\u0000b', { multiline: true }, 'text_not_allowed'],
    ['a\u0007b', { multiline: true }, 'text_not_allowed'],
    ['a\u0085b', { multiline: true }, 'text_not_allowed'], // C1: next line
    ['a\u007fb', {}, 'text_not_allowed'],
    ['one\ntwo', {}, 'text_not_allowed'],
    ['a\nb\tc\r\n', { multiline: true }, 'ok'],
    ['\ud800', {}, 'text_not_allowed'],
    ['x\udc00', {}, 'text_not_allowed'],
    ['😀', {}, 'ok'],
    ['æøå', {}, 'ok'],
    ['a'.repeat(11), {}, 'text_too_long'],
    [42, {}, 'not_text'],
  ])('%j %j → %s', (value, options, expected) => {
    expect(verdict(cleanText(10, options), value)).toBe(expected);
  });

  it('normalises to NFC and trims unless told not to', () => {
    expect(cleanText(20).parse('  a\u030a ')).toBe('\u00e5');
    expect(cleanText(20, { trim: false }).parse('a\u030a ')).toBe('\u00e5 ');
  });

  it('lets through any well-formed text without control characters, unchanged but for NFC', () => {
    const printable = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s));
    fc.assert(
      fc.property(printable, (value) => {
        expect(cleanText(400, { trim: false }).parse(value)).toBe(value.normalize('NFC'));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('refuses every text holding a NUL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (before, after) => {
        expect(cleanText(100, { multiline: true }).safeParse(`${before}\u0000${after}`).success).toBe(false);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});

describe('instant and idempotencyKey', () => {
  it.each([
    [instant(), '2026-11-23T12:00:00Z', 'ok'],
    [instant(), '2026-11-23T12:00:00+01:00', 'not_an_instant'],
    [instant({ offset: true }), '2026-11-23T12:00:00+01:00', 'ok'],
    [instant({ offset: true }), '9999-12-31T23:59:59Z', 'date_out_of_range'],
    [instant({ offset: true }), '2026-02-30T12:00:00Z', 'not_an_instant'],
    [instant(), 'NaN', 'not_an_instant'],
    [idempotencyKey(), 'short', 'text_too_short'],
    [idempotencyKey(), 'abcdefgh\u0000', 'text_not_allowed'],
  ] as const)('%#: %j → %s', (schema, value, expected) => {
    expect(verdict(schema, value)).toBe(expected);
  });
});
