/**
 * The one internal model every school admin system's export is mapped onto: a pupil's absence
 * on a date, for the whole day or one lesson, with what was missed and the kind of absence in
 * the words of the pupil's country (Norway's documented / undocumented / sick / permitted /
 * late arrival, Denmark's sygdom / lovligt / ulovligt fravær).
 */
import type { IsoDate } from '../../time/dates.ts';
import type { CountryCode } from '../../time/zone.ts';

/** Norway: kinds the Norwegian admin systems record; `left_early` because Løten acts on it. */
export const NORWEGIAN_KINDS = ['documented', 'undocumented', 'sick', 'permitted', 'late', 'left_early'] as const;
/** Denmark: the three kinds the folkeskole registers (uvm.dk, fraværsregler i folkeskolen). */
export const DANISH_KINDS = ['sick', 'permitted', 'illegal'] as const;

export type NorwegianKind = (typeof NORWEGIAN_KINDS)[number];
export type DanishKind = (typeof DANISH_KINDS)[number];
export type AbsenceKind = NorwegianKind | DanishKind;

export const ABSENCE_KINDS: readonly AbsenceKind[] = [...new Set<AbsenceKind>([...NORWEGIAN_KINDS, ...DANISH_KINDS])];

/** The kinds a school in `country` may record. */
export function kindsOf(country: CountryCode): readonly AbsenceKind[] {
  return country === 'NO' ? NORWEGIAN_KINDS : DANISH_KINDS;
}

/** Whether `kind` is one `country` records (a Danish file carrying "late" is refused, not guessed). */
export function isKindOf(country: CountryCode, kind: string): kind is AbsenceKind {
  return (kindsOf(country) as readonly string[]).includes(kind);
}

/**
 * One registered absence. `lesson` null means the whole day; a lesson number means that lesson
 * only. `minutes` is the school time missed: a whole day is the school's day length, a late
 * arrival the minutes late.
 */
export interface Absence {
  pupilId: string;
  date: IsoDate;
  lesson: number | null;
  minutes: number;
  kind: AbsenceKind;
}
