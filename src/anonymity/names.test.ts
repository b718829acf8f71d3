import { describe, expect, it } from 'vitest';
import { findNames } from './names.ts';
import { spellingsOf } from './spellings.ts';

const REGISTER = ['Emma', 'Jonas', 'Søren', 'Håkon', 'Aase', 'Anne Marie', 'Sæther', 'José', 'Hansen', "O'Neil"];

describe('findNames', () => {
  it.each([
    ['Emma har vært borte.', 'Emma'],
    ['Vi snakket med EMMA i dag.', 'EMMA'],
    ['Emmas mor ringte.', 'Emmas'],
    ["Emma's far kom.", "Emma's"],
    ['Emma’s lærer ble med.', 'Emma’s'],
    ["Jonas' bror er i 7. klasse.", 'Jonas'],
    ['Søren var glad.', 'Søren'],
    ['Soren var glad.', 'Soren'],
    ['Soeren sagde ikke noget.', 'Soeren'],
    ['Hakon kom for seint.', 'Hakon'],
    ['Haakon kom for seint.', 'Haakon'],
    ['Åse var med.', 'Åse'],
    ['Anne Marie trives.', 'Anne Marie'],
    ['Anne-Marie trives.', 'Anne-Marie'],
    ['anne  marie trives.', 'anne  marie'],
    ['Saether flyttet.', 'Saether'],
    ['Jose spiller fotball.', 'Jose'],
    ['Det var Hansens bil.', 'Hansens'],
    ['Moren til O’Neil ringte.', 'O’Neil'],
    // "Håkon" in Unicode's decomposed form, as some keyboards and macOS file names write it.
    ['Ha\u030Akon kom.', 'Ha\u030Akon'],
    // The Swedish spelling of the same name.
    ['Sören kom.', 'Sören'],
  ])('finds the name in %j', (text, name) => {
    const start = text.indexOf(name);
    expect(findNames(text, REGISTER)).toEqual([{ kind: 'name', start, end: start + name.length, text: name }]);
  });

  it('finds every name in a sentence, the longest at each place', () => {
    const text = 'Anne Marie Hansen og Emma, og Anne.';
    expect(findNames(text, [...REGISTER, 'Anne']).map((finding) => finding.text)).toEqual([
      'Anne Marie',
      'Hansen',
      'Emma',
      'Anne',
    ]);
  });

  it.each([
    ['a longer word that starts with a name', 'Emmaline og Jonasson kom.'],
    ['a name inside a word', 'Gemma og Hansenbakken.'],
    ['only the first half of a two-word name', 'Anne kom alene.'],
    ['a name written with another vowel', 'Emmy kom.'],
    ['"aa" that is not an å', 'Kan vi møtes?'],
  ])('finds nothing in %s', (_case, text) => {
    expect(findNames(text, [...REGISTER, 'Kaan'])).toEqual([]);
  });

  it('finds nothing without names, and ignores one-letter names', () => {
    expect(findNames('Emma og A kom.', [])).toEqual([]);
    expect(findNames('Emma og A kom.', ['A', ' ', ''])).toEqual([]);
  });
});

describe('spellingsOf', () => {
  it.each([
    ['Søren', ['soren', 'soeren']],
    ['Håkon', ['hakon', 'haakon']],
    ['Sæther', ['saether', 'sather']],
    ['José', ['jose']],
    ['EMMA', ['emma']],
  ])('spells %s', (word, spellings) => {
    expect(spellingsOf(word)).toEqual(spellings);
  });

  it('keeps a word with many special letters to two spellings', () => {
    expect(spellingsOf('øøøøøøøøøøøøøøøøøøøøø')).toHaveLength(2);
  });
});
