import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSyntheticNorwegianId,
  isValidNorwegianId,
  makeSyntheticNorwegianId,
  norwegianIndividualRange,
  readNorwegianId,
} from './norwegian.ts';

// Control digits computed independently of the code under test.
describe('readNorwegianId', () => {
  it.each([
    ['01019012480', '1990-01-01', 'ordinary', false],
    ['15058545640', '1985-05-15', 'ordinary', false],
    ['29020051386', '2000-02-29', 'ordinary', false],
    ['31129949980', '1999-12-31', 'ordinary', false],
    ['17052063418', '2020-05-17', 'ordinary', false],
    ['41019012393', '1990-01-01', 'd_number', false],
    ['01509012330', '1990-10-01', 'h_number', false],
    ['01819012365', '1990-01-01', 'ordinary', true],
    ['15928545684', '1985-12-15', 'ordinary', true],
    ['21061178810', '2011-06-21', 'ordinary', false],
  ] as const)('reads %s', (digits, birthDate, kind, synthetic) => {
    expect(readNorwegianId(digits)).toEqual({ birthDate, kind, synthetic });
    expect(isValidNorwegianId(digits)).toBe(true);
    expect(isSyntheticNorwegianId(digits)).toBe(synthetic);
  });

  it.each([
    ['', 'empty'],
    ['0101901248', 'ten digits'],
    ['010190124800', 'twelve digits'],
    ['0101901248a', 'a letter'],
    ['01019012481', 'wrong second control digit'],
    ['01019012490', 'wrong first control digit'],
    ['29020049942', '29 February 1900 (individual 499 means the 1900s)'],
    ['31049012392', '31 April'],
    ['00000000000', 'day zero'],
  ])('refuses %s (%s)', (digits) => {
    expect(readNorwegianId(digits)).toBeNull();
    expect(isValidNorwegianId(digits)).toBe(false);
    expect(isSyntheticNorwegianId(digits)).toBe(false);
  });
});

describe('makeSyntheticNorwegianId', () => {
  it('adds 80 to the month and computes both control digits', () => {
    expect(makeSyntheticNorwegianId('1990-01-01', 124)).toBe('01819012446');
    expect(makeSyntheticNorwegianId('2020-05-17', 634)).toBe('17852063483');
  });

  it('returns null where a control digit would be 10, so the caller takes the next number', () => {
    expect(makeSyntheticNorwegianId('1990-01-01', 121)).toBeNull();
    expect(makeSyntheticNorwegianId('1990-01-01', 122)).toBe('01819012284');
  });

  it('refuses an individual number from another century', () => {
    expect(() => makeSyntheticNorwegianId('2015-03-04', 100)).toThrow(RangeError);
    expect(() => makeSyntheticNorwegianId('1985-03-04', 600)).toThrow(RangeError);
    expect(() => makeSyntheticNorwegianId('1985-03-04', 1000)).toThrow(RangeError);
    expect(() => makeSyntheticNorwegianId('1985-02-30', 100)).toThrow(RangeError);
  });

  it('gives the generator one range per century', () => {
    expect(norwegianIndividualRange(1975)).toEqual({ from: 0, to: 499 });
    expect(norwegianIndividualRange(2020)).toEqual({ from: 500, to: 999 });
    expect(() => norwegianIndividualRange(1899)).toThrow(RangeError);
  });
});

const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const syntheticCase = birthDate.chain((date) => {
  const { from, to } = norwegianIndividualRange(Number(date.slice(0, 4)));
  return fc.record({ date: fc.constant(date), individual: fc.integer({ min: from, max: to }) });
});

describe('synthetic numbers, for any birth date and individual number', () => {
  it('are valid, synthetic, carry the birth date and never show a real month', () => {
    fc.assert(
      fc.property(syntheticCase, ({ date, individual }) => {
        const id = makeSyntheticNorwegianId(date, individual);
        if (id === null) return;
        expect(readNorwegianId(id)).toEqual({ birthDate: date, kind: 'ordinary', synthetic: true });
        expect(Number(id.slice(2, 4))).toBeGreaterThan(80);
      }),
    );
  });

  it('stop being valid when either control digit changes', () => {
    fc.assert(
      fc.property(syntheticCase, fc.integer({ min: 9, max: 10 }), fc.integer({ min: 1, max: 9 }), (c, at, by) => {
        const id = makeSyntheticNorwegianId(c.date, c.individual);
        if (id === null) return;
        const flipped = `${id.slice(0, at)}${(Number(id[at]) + by) % 10}${id.slice(at + 1)}`;
        expect(isValidNorwegianId(flipped)).toBe(false);
      }),
    );
  });
});
