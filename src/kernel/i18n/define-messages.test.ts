import { describe, expect, it } from 'vitest';
import { defineMessages } from './define-messages.ts';

// The @ts-expect-error lines are the real test: `tsc --noEmit` fails if a catalogue with a
// missing, extra or misnested key stops being a type error.
describe('defineMessages', () => {
  it('accepts catalogues whose languages all have bokmål’s keys', () => {
    const messages = defineMessages({
      nb: { title: 'Tittel', nested: { text: 'Tekst' } },
      nn: { title: 'Tittel', nested: { text: 'Tekst' } },
      da: { title: 'Titel', nested: { text: 'Tekst' } },
      en: { title: 'Title', nested: { text: 'Text' } },
    });
    expect(messages.en.nested.text).toBe('Text');
  });

  it('rejects missing, extra and misnested keys at compile time', () => {
    defineMessages({
      nb: { title: 'Tittel', nested: { text: 'Tekst' } },
      // @ts-expect-error nested.text is missing
      nn: { title: 'Tittel', nested: {} },
      // @ts-expect-error extra is not a bokmål key
      da: { title: 'Titel', nested: { text: 'Tekst', extra: 'Ekstra' } },
      // @ts-expect-error nested must be a tree, not a string
      en: { title: 'Title', nested: 'Text' },
    });
    // @ts-expect-error a language is missing
    defineMessages({ nb: { title: 'Tittel' }, nn: { title: 'Tittel' }, da: { title: 'Titel' } });
    expect(true).toBe(true);
  });
});
