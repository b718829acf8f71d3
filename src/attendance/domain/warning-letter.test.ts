import { describe, expect, it } from 'vitest';
import { DANISH_WARNING_LETTER, fillLetter } from './warning-letter.ts';

describe('the Danish warning letter', () => {
  it('is filled with the pupil, the school, the period and the percentage, written the Danish way', () => {
    const letter = fillLetter(DANISH_WARNING_LETTER, { pupil: 'Freja Holm', school: 'Klitby Skole', percent: 12.1212, from: '2026-10-01', to: '2026-11-20', sender: 'Mette Skov' });
    // Written out by hand.
    expect(letter).toBe(
      'Kære forældre til Freja Holm\n' +
        '\n' +
        'Freja Holm har haft ulovligt fravær fra Klitby Skole i 12,1 % af skoletiden i perioden 1. oktober 2026 til 20. november 2026.\n' +
        '\n' +
        'Skolen skal give jer besked, når en elev har 10 % ulovligt fravær eller mere i et kvartal. Når det ulovlige fravær når 15 % i et kvartal, skal skolelederen underrette kommunen. Kommunen hører jer og kan derefter standse børne- og ungeydelsen for et kvartal.\n' +
        '\n' +
        'Vi vil gerne tale med jer om, hvordan vi sammen kan hjælpe Freja Holm til at komme i skole hver dag. Kontakt os gerne.\n' +
        '\n' +
        'Med venlig hilsen\n' +
        'Mette Skov\n' +
        'Klitby Skole',
    );
  });

  it('names its source', () => {
    expect(DANISH_WARNING_LETTER.source.text).toContain('10 %');
  });
});
