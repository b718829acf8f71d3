import { describe, expect, it } from 'vitest';
import { findQuasiIdentifiers } from './quasi-identifiers.ts';

const found = (text: string) => findQuasiIdentifiers(text).map((w) => [w.kind, w.text]);

// Expected spans written by hand, per language; clean texts use the same words in ordinary ways.
describe('quasi-identifiers', () => {
  it.each([
    ['nb', 'Hun er den eneste jenta i 1A.', 'den eneste jenta i 1A'],
    ['nb', 'I klasse 5B er han eneste gutt som går alene.', 'klasse 5B er han eneste gutt'],
    ['nn', 'Ho er den einaste jenta på 3. trinn.', 'den einaste jenta på 3. trinn'],
    ['da', 'Han er den eneste dreng i 4.b.', 'den eneste dreng i 4.b'],
    ['en', 'She is the only girl in 1A.', 'the only girl in 1A'],
  ])('warns on singling out (%s): %j', (_language, text, span) => {
    expect(found(text)).toEqual([['singling_out', span]]);
  });

  it.each([
    ['nb', 'Eleven bruker høreapparat i timene.', 'høreapparat'],
    ['nb', 'Han kom i rullestol etter ulykken.', 'rullestol'],
    ['nn', 'Ho har cochleaimplantat og treng tolk.', 'cochleaimplantat'],
    ['nn', 'Guten har høyreapparatet med seg.', 'høyreapparatet'],
    ['da', 'Pigen sidder i kørestol.', 'kørestol'],
    ['da', 'Drengen bruger høreapparat.', 'høreapparat'],
  ])('warns on a rare trait (%s): %j', (_language, text, span) => {
    expect(found(text)).toEqual([['rare_trait', span]]);
  });

  it.each([
    ['nb', 'Han har ADHD og strever med pauser.', 'ADHD'],
    ['nb', 'Jenta har fått diagnosen autisme.', 'diagnosen'],
    ['nn', 'Ho har epilepsi og må følgjast på tur.', 'epilepsi'],
    ['da', 'Drengen er ordblind og har Tourettes.', 'ordblind'],
  ])('warns on a diagnosis (%s): %j', (_language, text, first) => {
    const warnings = found(text);
    expect(warnings[0]).toEqual(['diagnosis', first]);
    expect(warnings.every(([kind]) => kind === 'diagnosis')).toBe(true);
  });

  it.each([
    ['nb', 'Faren døde i sommer.', 'Faren døde'],
    ['nb', 'Foreldrene er midt i en skilsmisse.', 'Foreldrene er midt i en skilsmisse'],
    ['nn', 'Mora sit i fengsel.', 'Mora sit i fengsel'],
    // Nynorsk's definite plural "foreldra" (not "foreldre…"), and "skilde", the plural of "skild".
    ['nn', 'Foreldra vart skilde i fjor.', 'Foreldra vart skilde'],
    ['nn', 'Foreldra er midt i eit skilsmål.', 'Foreldra er midt i eit skilsmål'],
    ['da', 'Hendes far afsoner en dom.', 'far afsoner'],
    ['da', 'Forældrene er blevet skilt.', 'Forældrene er blevet skilt'],
  ])('warns on a family event (%s): %j', (_language, text, span) => {
    expect(found(text)).toEqual([['family_event', span]]);
  });

  it.each([
    ['nb', 'Det var den eneste gangen 5B var på tur.'],
    ['nb', 'Det eneste vi vet, er at klassen trives.'],
    ['nb', 'Hun er eneste barn, og familien har flyttet.'],
    ['nb', 'Møte 29.02.2028 om trivsel i 1A.'],
    ['nn', 'Den einaste måten å løyse det på er samtale i gruppa.'],
    ['nn', 'Mor og far kjem på møtet i veke 12.'],
    ['da', 'Det er den eneste mulighed for klassen.'],
    ['da', 'Hundens ejer døde, sagde drengen til læreren.'],
    ['en', 'It was the only time class 4B went out.'],
  ])('finds nothing in ordinary %s text: %j', (_language, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds every warning in the issue’s note, with its span', () => {
    const text = 'Født 29.02.2020, den eneste jenta i 1A med høreapparat';
    expect(findQuasiIdentifiers(text)).toEqual([
      { kind: 'singling_out', start: 17, end: 38, text: 'den eneste jenta i 1A' },
      { kind: 'rare_trait', start: 43, end: 54, text: 'høreapparat' },
    ]);
  });
});
