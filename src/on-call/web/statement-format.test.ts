import { describe, expect, it } from 'vitest';
import { formatMonth, formatOre, keyParts, kronerInput, parseKroner } from './statement-format.ts';

describe('kroner', () => {
  it.each([
    ['1250000,50', 125_000_050],
    ['1 250 000.5', 125_000_050],
    ['0', 0],
    ['12,3', 1_230],
  ])('reads %s as %d øre', (text, ore) => expect(parseKroner(text)).toBe(ore));

  it.each(['', '-5', '1,234', '12.345,00', 'abc', '123456789'])('refuses %j', (text) => expect(parseKroner(text)).toBeUndefined());

  it('writes øre back as the field shows them, and round-trips', () => {
    expect(kronerInput(125_000_050, 'nb')).toBe('1250000,50');
    expect(kronerInput(100, 'en')).toBe('1');
    expect(parseKroner(kronerInput(123_456_789, 'nb'))).toBe(123_456_789);
  });

  it('formats to the øre', () => {
    expect(formatOre(125_000_050, 'en').replace(/\s/g, ' ')).toBe('NOK 1,250,000.50');
  });
});

it('names the month and the key in the language', () => {
  expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  expect(keyParts({ population: 50, calls: 0, minutes: 50 }, (p, b) => `${p} ${b}`)).toBe('50 population, 50 minutes');
});
