import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cprCenturyDigits, isSyntheticDanishCpr, isValidCpr, makeSyntheticDanishCpr, readCpr } from './danish.ts';

describe('readCpr', () => {
  it.each([
    ['0101901234', '1990-01-01', false],
    ['010190-1234', '1990-01-01', false],
    ['2902004321', '2000-02-29', false], // serial 4xxx with year 00 means 2000, a leap year
    ['3112995000', '1899-12-31', false], // serial 5xxx with year 99 means the 1800s
    ['1506209876', '2020-06-15', false],
    ['6101901234', '1990-01-01', true],
    ['910190-1234', '1990-01-31', true],
    // No mod-11: numbers issued since 2007 need not pass it.
    ['0101651111', '1965-01-01', false],
  ] as const)('reads %s', (text, birthDate, synthetic) => {
    expect(readCpr(text)).toEqual({ birthDate, synthetic });
    expect(isValidCpr(text)).toBe(true);
    expect(isSyntheticDanishCpr(text)).toBe(synthetic);
  });

  it.each([
    ['', 'empty'],
    ['010190123', 'nine digits'],
    ['01019012345', 'eleven digits'],
    ['010190 1234', 'a space for the hyphen'],
    ['01-0190-1234', 'a hyphen in the date'],
    ['0013901234', 'month 13'],
    ['3204901234', 'day 32'],
    ['0001901234', 'day zero'],
    ['6001901234', 'synthetic day zero'],
    ['9202901234', 'synthetic 32 February'],
    ['2902001234', '29 February 1900 (serial 1xxx means the 1900s)'],
  ])('refuses %s (%s)', (text) => {
    expect(readCpr(text)).toBeNull();
    expect(isValidCpr(text)).toBe(false);
  });
});

describe('makeSyntheticDanishCpr', () => {
  it('adds 60 to the day and keeps the serial', () => {
    expect(makeSyntheticDanishCpr('1990-01-01', 1234)).toBe('6101901234');
    expect(makeSyntheticDanishCpr('2020-12-31', 4002)).toBe('9112204002');
  });

  it('refuses a serial that would read back to another century', () => {
    expect(() => makeSyntheticDanishCpr('2015-03-04', 1234)).toThrow(RangeError);
    expect(() => makeSyntheticDanishCpr('1985-03-04', 5234)).toThrow(RangeError);
    expect(() => makeSyntheticDanishCpr('1985-03-04', 10_000)).toThrow(RangeError);
  });
});

const syntheticCase = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2036-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
  .chain((date) =>
    fc.record({
      date: fc.constant(date),
      century: fc.constantFrom(...cprCenturyDigits(Number(date.slice(0, 4)))),
      rest: fc.integer({ min: 0, max: 999 }),
    }),
  );

describe('synthetic numbers, for any birth date and serial', () => {
  it('are valid, synthetic, carry the birth date and never show a real day', () => {
    fc.assert(
      fc.property(syntheticCase, ({ date, century, rest }) => {
        const cpr = makeSyntheticDanishCpr(date, century * 1000 + rest);
        expect(readCpr(cpr)).toEqual({ birthDate: date, synthetic: true });
        expect(readCpr(`${cpr.slice(0, 6)}-${cpr.slice(6)}`)).toEqual({ birthDate: date, synthetic: true });
        expect(Number(cpr.slice(0, 2))).toBeGreaterThan(60);
      }),
    );
  });
});
