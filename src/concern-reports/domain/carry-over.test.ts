import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContent } from '../content-schema.ts';
import { CARRY_ITEMS, carryOver, offeredItems, type CarrySource, type Confirmed } from './carry-over.ts';

const texts = {
  category: (label: string) => `Tema: ${label}`,
  advice: (advice: string) => `Råd: ${advice}`,
  followUp: (f: { text: string; owner: string; dueOn: string }) => `Oppfølging: ${f.text} (${f.owner}, ${f.dueOn})`,
};

const source: CarrySource = {
  child: { nationalId: '09811490145', givenName: 'Ola', familyName: 'Testesen' },
  categoryLabel: 'Fravær',
  description: 'Borte tre mandager på rad.',
  advice: 'Snakk med foreldrene.',
  followUps: [{ text: 'Ring hjem', owner: 'Kari Lærer', dueOn: '2026-11-30' }],
};

const none: Confirmed = { child: false, category: false, description: false, advice: false, followUps: false };
const only = (...items: (keyof Confirmed)[]): Confirmed => ({ ...none, ...Object.fromEntries(items.map((i) => [i, true])) });

describe('carryOver', () => {
  it('carries nothing unconfirmed', () => {
    expect(carryOver(emptyContent(), source, none, texts)).toEqual(emptyContent());
  });

  it.each<[string, Confirmed, (c: ReturnType<typeof emptyContent>) => unknown, unknown]>([
    ['the child: name and identity number', only('child'), (c) => [c.child.givenName, c.child.familyName, c.child.nationalId], ['Ola', 'Testesen', '09811490145']],
    ['the category, framed, as the observation', only('category'), (c) => c.observations[0]!.what, 'Tema: Fravær'],
    ['the description as the observation', only('description'), (c) => c.observations[0]!.what, 'Borte tre mandager på rad.'],
    ['category and description together', only('category', 'description'), (c) => c.observations[0]!.what, 'Tema: Fravær\n\nBorte tre mandager på rad.'],
    ['the advice as what was done', only('advice'), (c) => c.actionsTaken, 'Råd: Snakk med foreldrene.'],
    ['advice and follow-up as what was done', only('advice', 'followUps'), (c) => c.actionsTaken, 'Råd: Snakk med foreldrene.\nOppfølging: Ring hjem (Kari Lærer, 2026-11-30)'],
    ['the description leaves the child empty', only('description'), (c) => c.child, emptyContent().child],
  ])('%s', (_, confirmed, pick, expected) => {
    expect(pick(carryOver(emptyContent(), source, confirmed, texts))).toEqual(expected);
  });

  it('carries no child from a consultation without one, even when confirmed', () => {
    const anonymous = { ...source, child: null };
    expect(offeredItems(anonymous)).not.toContain('child');
    expect(carryOver(emptyContent(), anonymous, only('child'), texts)).toEqual(emptyContent());
  });

  it('offers no empty advice and no missing follow-up', () => {
    expect(offeredItems({ ...source, advice: ' ', followUps: [] })).toEqual(['child', 'category', 'description']);
  });

  it('never changes the reporter, the guardians, or anything the confirmed items do not touch', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(CARRY_ITEMS.map((i) => [i, fc.boolean()])) as Record<keyof Confirmed, fc.Arbitrary<boolean>>), (confirmed) => {
        const base = emptyContent({ name: 'Kari Lærer', workplace: 'Heimvik skole' });
        const result = carryOver(base, source, confirmed, texts);
        expect(result.reporter).toEqual(base.reporter);
        expect(result.guardians).toEqual(base.guardians);
        expect(result.child.givenName !== '').toBe(confirmed.child);
        expect(result.observations[0]!.what !== '').toBe(confirmed.category || confirmed.description);
        expect(result.actionsTaken !== '').toBe(confirmed.advice || confirmed.followUps);
        expect(base).toEqual(emptyContent({ name: 'Kari Lærer', workplace: 'Heimvik skole' }));
      }),
    );
  });
});
