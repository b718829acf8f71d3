/**
 * The Danish warning letter at 10 % illegal absence in a quarter, as data: the template in
 * Danish with its source, filled with the pupil, the school, the quarter's period so far and the
 * percentage. The coordinator edits the text before recording it as sent; it is printed and
 * handed or posted (nothing is e-mailed).
 */
import type { RuleSource } from './guideline.ts';

export interface LetterTemplate {
  /** Where the duty was read and its words (shared/LAW.md). */
  source: RuleSource;
  /** The letter, with {{pupil}}, {{school}}, {{percent}}, {{from}}, {{to}}, {{sender}} to fill. */
  text: string;
}

export const DANISH_WARNING_LETTER: LetterTemplate = {
  source: {
    url: 'https://www.uvm.dk/ (fraværsregler i folkeskolen)',
    text: 'At 10 % illegal absence in a quarter the school warns the parents; at 15 % the school leader notifies the municipality, which hears the parents (and a child over 12) and may stop child benefit for a quarter.',
  },
  text: [
    'Kære forældre til {{pupil}}',
    '',
    '{{pupil}} har haft ulovligt fravær fra {{school}} i {{percent}} % af skoletiden i perioden {{from}} til {{to}}.',
    '',
    'Skolen skal give jer besked, når en elev har 10 % ulovligt fravær eller mere i et kvartal. Når det ulovlige fravær når 15 % i et kvartal, skal skolelederen underrette kommunen. Kommunen hører jer og kan derefter standse børne- og ungeydelsen for et kvartal.',
    '',
    'Vi vil gerne tale med jer om, hvordan vi sammen kan hjælpe {{pupil}} til at komme i skole hver dag. Kontakt os gerne.',
    '',
    'Med venlig hilsen',
    '{{sender}}',
    '{{school}}',
  ].join('\n'),
};

export interface LetterValues {
  pupil: string;
  school: string;
  /** The absence as a share of school time, in percent. */
  percent: number;
  from: string;
  to: string;
  sender: string;
}

const danishDate = (iso: string) => new Intl.DateTimeFormat('da', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The template filled in: dates and the percentage (one decimal) written the Danish way. */
export function fillLetter(template: LetterTemplate, values: LetterValues): string {
  const filled: Record<string, string> = {
    pupil: values.pupil,
    school: values.school,
    percent: new Intl.NumberFormat('da').format(Math.round(values.percent * 10) / 10),
    from: danishDate(values.from),
    to: danishDate(values.to),
    sender: values.sender,
  };
  return template.text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => filled[name] ?? '');
}

/** A letter's text and its addressee: up to a page, and a line. */
export const LETTER_TEXT_MAX = 4000;
export const LETTER_TO_MAX = 200;
