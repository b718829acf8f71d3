/**
 * Properties of the guard over generated text: identity numbers are found with their exact
 * span wherever they stand, broken ones are not, findings are always well-formed, and text
 * made only of dates, times, amounts, classes, years, rooms and percentages is left alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate } from '../kernel/national-id/gregorian-dates.ts';
import { findIdentifying } from './guard.ts';
import {
  CPR_LAYOUTS,
  NORWEGIAN_LAYOUTS,
  cpr,
  layCpr,
  layNorwegian,
  norwegianId,
  withWrongLastDigit,
  type NorwegianVariant,
} from './testing.ts';

const birthDate = (fromYear: number, toYear: number) =>
  fc
    .record({ year: fc.integer({ min: fromYear, max: toYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
    .map(({ year, month, day }) => formatIsoDate(year, month, 1 + (day % daysInMonth(year, month))));

const norwegianDigits = fc
  .record({
    date: birthDate(1940, 2039),
    individual: fc.nat(),
    variant: fc.constantFrom<NorwegianVariant>('ordinary', 'd_number', 'synthetic'),
  })
  .map(({ date, individual, variant }) => ({ digits: norwegianId(date, individual, variant), variant }))
  .filter((id): id is { digits: string; variant: NorwegianVariant } => id.digits !== null);

const cprDigits = fc
  .record({ date: birthDate(1900, 2036), serial: fc.nat(), synthetic: fc.boolean() })
  .map(({ date, serial, synthetic }) => cpr(date, serial, synthetic));

// Surrounding words that cannot join a number or form a finding of their own: ordinary words,
// letter strings too short for a street name, emoji, and numbers that are not digit groups.
const word = fc.oneof(
  fc.constantFrom('eleven', 'Mor', 'sa', 'at', 'fråvær', 'sidan', 'bekymring', 'skolen', 'hjemme', 'Æble', 'øy', 'ÅS'),
  fc.string({ unit: fc.constantFrom(...'abcxyzæøåÆØÅéü'), minLength: 1, maxLength: 3 }),
  fc.constantFrom('😀', '👩‍👧', '—', '“sa”', '12.03.2025', '14:30', '5B', '2024/25', '1,5'),
);
const words = fc.array(word, { maxLength: 8 }).map((list) => list.join(' '));
const surroundings = fc.record({
  before: words,
  after: words,
  open: fc.constantFrom(' ', '\n', ' (', ': ', ' «', ''),
  close: fc.constantFrom(' ', '.', ',', ')', '!', '?', '»', '\n', ''),
});

/** Puts a number between words; the punctuation right next to it never touches another digit. */
function embed(number: string, around: { before: string; after: string; open: string; close: string }) {
  const before = around.before === '' ? '' : `${around.before}${around.open || ' '}`;
  const after = around.after === '' ? around.close : `${around.close} ${around.after}`;
  return { text: `${before}${number}${after}`, start: before.length };
}

describe('findIdentifying, properties', () => {
  it('finds every valid Norwegian number, however written and wherever it stands, with its exact span', () => {
    fc.assert(
      fc.property(norwegianDigits, fc.constantFrom(...NORWEGIAN_LAYOUTS), surroundings, (id, layout, around) => {
        const number = layNorwegian(id.digits, layout);
        const { text, start } = embed(number, around);
        const kind = id.variant === 'd_number' ? 'd_number' : 'national_id';
        expect(findIdentifying(text)).toEqual([{ kind, start, end: start + number.length, text: number }]);
      }),
    );
  });

  it('finds every valid CPR number, however written and wherever it stands, with its exact span', () => {
    fc.assert(
      fc.property(cprDigits, fc.constantFrom(...CPR_LAYOUTS), surroundings, (digits, layout, around) => {
        const number = layCpr(digits, layout);
        const { text, start } = embed(number, around);
        expect(findIdentifying(text)).toEqual([{ kind: 'cpr', start, end: start + number.length, text: number }]);
      }),
    );
  });

  it('does not take a Norwegian number with a wrong control digit for an identity number', () => {
    fc.assert(
      fc.property(norwegianDigits, fc.constantFrom(...NORWEGIAN_LAYOUTS), surroundings, (id, layout, around) => {
        const { text } = embed(layNorwegian(withWrongLastDigit(id.digits), layout), around);
        expect(findIdentifying(text)).toEqual([]);
      }),
    );
  });

  it('returns sorted findings that never overlap and always match the text', () => {
    const fragment = fc.oneof(
      norwegianDigits.map((id) => id.digits),
      cprDigits.map((digits) => layCpr(digits, '6-4')),
      fc.constantFrom('912 34 567', '+47 91234567', '22 33 44 55', 'mor@example.no', 'Storgata 12B', 'Kongens gate 5'),
      fc.constantFrom('Emma', 'Emmas', 'Anne Marie', 'Søren', 'Hansen', 'Anne', 'Per', "Per's", 'per'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...'0123456789 -+.,:/@'), maxLength: 16 }),
    );
    const separator = fc.constantFrom('', ' ', '.', '-', '@', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fragment, separator), { maxLength: 12 }), (parts) => {
        const text = parts.map(([part, joiner]) => `${part}${joiner}`).join('');
        const findings = findIdentifying(text, { names: ['Emma', 'Anne Marie', 'Anne', 'Søren', 'Hansen', 'Per'] });
        findings.forEach((finding, index) => {
          expect(finding.start).toBeLessThan(finding.end);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          const next = findings[index + 1];
          if (next !== undefined) expect(finding.end).toBeLessThanOrEqual(next.start);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text made of dates, times, amounts, classes, years, rooms and percentages', () => {
    const n = (min: number, max: number) => fc.integer({ min, max });
    const two = (min: number, max: number) => n(min, max).map((value) => String(value).padStart(2, '0'));
    const grouped = (value: number) => value.toLocaleString('en-US').replaceAll(',', ' ');
    const date = fc.oneof(
      fc.tuple(two(1, 28), two(1, 12), n(2000, 2039)).map(([d, m, y]) => `${d}.${m}.${y}`),
      fc.tuple(n(1, 31), n(1, 12)).map(([d, m]) => `${d}/${m}`),
      fc.tuple(n(2000, 2039), two(1, 12), two(1, 28)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(n(1, 31), fc.constantFrom('mars', 'mai', 'desember', 'oktober')).map(([d, m]) => `${d}. ${m}`),
    );
    const time = fc.oneof(
      fc.tuple(two(0, 23), two(0, 59)).map(([h, m]) => `${h}:${m}`),
      fc.tuple(n(7, 20), two(0, 59)).map(([h, m]) => `kl. ${h}.${m}`),
    );
    const amount = fc.oneof(
      n(100, 99_999_999).map((value) => `kr ${grouped(value)}`),
      n(100, 99_999_999).map((value) => `${grouped(value)} kroner`),
      n(100, 99_999_999).map((value) => `${grouped(value)} kr`),
      n(10_000_000, 99_999_999).map((value) => `${value} kr`),
    );
    const schoolClass = fc.oneof(
      fc.tuple(n(1, 10), fc.constantFrom('A', 'B', 'C', 'D')).map(([grade, letter]) => `${grade}${letter}`),
      n(1, 10).map((grade) => `${grade}. trinn`),
      fc.tuple(n(1, 10), fc.constantFrom('A', 'B', 'c')).map(([grade, letter]) => `klasse ${grade}${letter}`),
    );
    const year = fc.oneof(
      n(1990, 2039).map(String),
      n(2000, 2038).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
      n(2000, 2038).map((y) => `${y} ${y + 1}`),
    );
    const room = fc.oneof(
      n(1, 999).map((number) => `rom ${number}`),
      fc.tuple(n(1, 9), n(1, 40)).map(([floor, number]) => `lokale ${floor}.${number}`),
    );
    const percent = fc.oneof(
      n(0, 100).map((value) => `${value} %`),
      fc.tuple(n(0, 99), n(1, 9)).map(([whole, tenth]) => `${whole},${tenth} prosent`),
    );
    const sentence = fc.oneof(
      fc.tuple(date, time, room).map(([d, t, r]) => `Møtet er ${d} kl ${t} i ${r}.`),
      fc.tuple(schoolClass, date, percent).map(([c, d, p]) => `Eleven i ${c} har hatt fravær siden ${d}, om lag ${p}.`),
      fc.tuple(amount, year).map(([a, y]) => `Skolen fikk ${a} i ${y}.`),
      fc.tuple(schoolClass, amount).map(([c, a]) => `Klassa ${c} fekk ${a} til tur.`),
      fc.tuple(date, time, schoolClass).map(([d, t, c]) => `Mødet den ${d} ${t} handlede om ${c}.`),
      fc.tuple(year, room, percent).map(([y, r, p]) => `I skoleåret ${y} brugte vi ${r} til ${p} af timerne.`),
    );
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        expect(findIdentifying(sentences.join(' '), { names: ['Emma', 'Jonas', 'Søren'] })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
