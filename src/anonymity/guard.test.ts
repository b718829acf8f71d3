import { describe, expect, it } from 'vitest';
import { findIdentifying } from './guard.ts';

const NAMES = ['Emma', 'Hansen', 'Søren', 'Jonas', 'Ingrid', 'Nilsen'];

describe('findIdentifying', () => {
  // The brief's list of ordinary text, in bokmål, nynorsk and Danish.
  it.each([
    ['nb', 'Møtet er flyttet til 12.03.2025 kl. 14:30, og neste er 12/3 eller 2025-03-12.'],
    ['nb', 'Eleven i 5B har hatt fravær siden uke 10, og 10. trinn har prøve kl. 8.15.'],
    ['nb', 'Klasse 3A fikk kr 12 500 til tur, og skolen søker om 1 250 000 kr.'],
    ['nb', 'Skoleåret 2024/25 og 2024 2025 var like; vi bruker rom 213 og lokale 1.12.'],
    ['nb', 'Fraværet er 15 % (12,5 prosent i fjor), og budsjettet 12 500 000 er brukt.'],
    ['nb', 'Nummeret 01019012481 er feil, så vi ringte ikke.'],
    ['nn', 'Eleven i 7C har hatt mykje fråvær sidan 3. mars, og 12 500 kroner er løyvd.'],
    ['nn', 'Møtet i rom 214 startar kl. 08.30; neste møte er 2025-04-02 klokka 9.'],
    ['nn', 'Trinnet har 45 elevar, og 2 av 3 grupper var i lokale 2.14 i veke 12.'],
    ['nn', 'Kommunen brukte 22 500 000 i 2024, og 30 % gjekk til førebygging.'],
    ['da', 'Mødet er flyttet til den 12.03.2025 kl. 14.30 i lokale 1.12.'],
    ['da', 'Eleven i 4.b og klasse 3A har haft fravær i 2024/25 og i uge 12.'],
    ['da', 'Kommunen bevilgede 1 250 000 kr, og 12 500 kroner gik til lejrskolen.'],
    ['da', 'Hun var der 3 dage om ugen; alle 5 elever var med på arbejdspladsen 2 gange.'],
    ['da', 'Beløbet 24900000 og kr 22500000 er fra 2024-2025; 20 % er brugt.'],
  ])('finds nothing in ordinary %s text: %j', (_language, text) => {
    expect(findIdentifying(text, { names: NAMES })).toEqual([]);
  });

  it('finds every kind in one note, in order', () => {
    const text =
      'Emma Hansen (01019012480) bor i Storgata 12B; mor har 912 34 567 og mor@example.no. Søsteren har cpr 010190-1234.';
    expect(findIdentifying(text, { names: NAMES }).map(({ kind, text: found }) => [kind, found])).toEqual([
      ['name', 'Emma'],
      ['name', 'Hansen'],
      ['national_id', '01019012480'],
      ['address', 'Storgata 12B'],
      ['phone', '912 34 567'],
      ['email', 'mor@example.no'],
      ['cpr', '010190-1234'],
    ]);
  });

  it('lets the longer finding speak for a finding inside it', () => {
    const text = 'Skriv til emma.hansen@skole.no eller 91234567@sms.no.';
    expect(findIdentifying(text, { names: NAMES })).toEqual([
      { kind: 'email', start: 10, end: 30, text: 'emma.hansen@skole.no' },
      { kind: 'email', start: 37, end: 52, text: '91234567@sms.no' },
    ]);
  });

  it('lets an address speak for a register name inside it', () => {
    const text = 'Hun bor i Ingrid Nilsens gate 4.';
    expect(findIdentifying(text, { names: NAMES })).toEqual([
      { kind: 'address', start: 10, end: 31, text: 'Ingrid Nilsens gate 4' },
    ]);
  });

  it('stretches a finding over a partly overlapping one, so nothing is left uncovered', () => {
    // The name "Anne Marie" and the address "marie@example.no" share a word.
    const text = 'Skriv til Anne marie@example.no i dag.';
    expect(findIdentifying(text, { names: ['Anne Marie'] })).toEqual([
      { kind: 'email', start: 10, end: 31, text: 'Anne marie@example.no' },
    ]);
  });

  it('counts positions in UTF-16 code units, as JavaScript does', () => {
    const text = '😀 Ring 912 34 567';
    expect(findIdentifying(text)).toEqual([{ kind: 'phone', start: 8, end: 18, text: '912 34 567' }]);
  });

  it('finds nothing in an empty text', () => {
    expect(findIdentifying('')).toEqual([]);
  });
});
