import { describe, expect, it } from 'vitest';
import { findIdentifying } from './guard.ts';
import { findNames } from './names.ts';

// Register names that are also everyday words, with two that are not (Emma, Hansen).
const REGISTER = ['Per', 'August', 'Hans', 'Liv', 'Bo', 'Tor', 'Dag', 'Lykke', 'Tage', 'Maj', 'Emma', 'Hansen'];

const found = (text: string, register: readonly string[] = REGISTER) => findNames(text, register).map((name) => name.text);

describe('a register name that is also a word', () => {
  it.each([
    // Capitalised inside a sentence: the name.
    ['nb', 'Han snakket med Per.', ['Per']],
    ['nb', 'Mor, Liv, vil bli ringt etter møtet.', ['Liv']],
    ['nb', 'Vi har snakket med Dag og Liv i dag.', ['Dag', 'Liv']],
    ['nb', 'Vi snakket med PER i dag.', ['PER']],
    // First in a sentence, but marked as a name: by a family name or the genitive.
    ['nb', 'Per Hansen sa at han var lei seg.', ['Per', 'Hansen']],
    ['nb', 'Per Olsen sa at han var lei seg.', ['Per']],
    ['nb', 'Pers far ringte i går.', ['Pers']],
    ['nb', 'Augusts mor ringte.', ['Augusts']],
    ['nb', "August's mor ringte.", ["August's"]],
    ['nb', "Hans' mor ringte.", ['Hans']],
    ['nb', 'Det ble sent. Per-Hansen kom alene.', ['Per', 'Hansen']],
    ['nn', 'Vi snakka med faren til Per i dag.', ['Per']],
    ['nn', 'Ho tor ikkje gå heim, seier Tor.', ['Tor']],
    ['nn', 'Tor Hansen kjem på møtet.', ['Tor', 'Hansen']],
    ['nn', 'Dags mor var med på møtet.', ['Dags']],
    ['da', 'Vi talte med Bo i går.', ['Bo']],
    ['da', 'Lykke Hansen går i 4.b.', ['Lykke', 'Hansen']],
    ['da', 'Moren til Tage ringede.', ['Tage']],
    ['da', 'Vi holdt møde med Maj og Bo.', ['Maj', 'Bo']],
    ['da', 'Augusts far kom for sent.', ['Augusts']],
  ])('finds the name in %s %j', (_language, text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    // In lower case: the word.
    ['nb', 'Hun har fravær to dager per uke.'],
    ['nb', 'Fraværet startet i august.'],
    ['nb', 'Vi snakket med hans mor.'],
    ['nb', 'Hun vil bo hos far, og det gir ro.'],
    ['nb', 'Han har vondt i magen hver dag, sier hans far.'],
    // First in a sentence and followed by a lower-case word: the word.
    ['nb', 'Hans mor ringte i dag.'],
    ['nb', 'Per uke får hun to timer ekstra.'],
    ['nb', 'August var en tung måned. Liv i skolen handler om trivsel.'],
    ['nb', 'Tiltak:\n- Per uke: to samtaler.'],
    ['nb', '«Dag for dag», sa læreren.'],
    ['nn', 'Ho tor ikkje seie noko, og vi ser det kvar dag.'],
    ['nn', 'Han har to timar per veke, og i august byrjar skulen.'],
    ['nn', 'Liv og lagnad: Dag for dag blir det betre.'],
    ['da', 'Hun har fravær to dage per uge.'],
    ['da', 'Vi skal tage en snak med hans far.'],
    ['da', 'I maj var hun syg. Lykke er ikke alt.'],
    ['da', 'Han vil gerne bo hos sin far i juni.'],
    // The price of the rule: alone first in a sentence, or in lower case, the name is missed.
    ['nb', 'Per kom ikke i dag.'],
    ['nb', 'Vi snakket med per i dag.'],
  ])('finds nothing in %s %j', (_language, text) => {
    expect(found(text)).toEqual([]);
  });

  it('judges a name by its spellings: "Bø" meets the word "bo"', () => {
    expect(found('Hun vil bo hos mor, sier Bø.', ['Bø'])).toEqual(['Bø']);
  });

  it('still finds every other register name in any case, first in a sentence or not', () => {
    expect(found('emma kom. EMMA og hansen gikk.')).toEqual(['emma', 'EMMA', 'hansen']);
  });

  it('lets the guard pass the word and find the name in one note', () => {
    const text = 'Fraværet er to dager per uke siden august. Per Hansen bor i Storgata 12B.';
    expect(findIdentifying(text, { names: REGISTER }).map(({ kind, text: what }) => [kind, what])).toEqual([
      ['name', 'Per'],
      ['name', 'Hansen'],
      ['address', 'Storgata 12B'],
    ]);
  });
});
