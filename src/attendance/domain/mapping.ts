/**
 * Reading one row of a school admin system's export through the municipality's saved column
 * mapping: none of Visma, Vigilo, IST, Lectio or Tabulex publishes a format, so the columns,
 * the date style and the words for each kind are named once per source and kept as data.
 * Checks that need the register or the calendar (unknown pupil, closed day) come later.
 */
import type { IsoDate } from '../../time/dates.ts';
import { isIsoDate } from '../../time/iso-dates.ts';
import type { CountryCode } from '../../time/zone.ts';
import { isKindOf, type AbsenceKind } from './absence.ts';

export interface ColumnMapping {
  /** The header of each column Tidlig reads; lesson and minutes may be absent in a day-only export. */
  columns: { nationalId: string; date: string; kind: string; lesson?: string; minutes?: string };
  /** '2026-11-03' or '03.11.2026' (Norwegian and Danish exports alike). */
  dateFormat: 'iso' | 'dmy';
  /** The source's own word for each kind ("Udokumentert", "Ulovligt fravær") → Tidlig's kind. */
  kinds: Readonly<Record<string, AbsenceKind>>;
  /** Minutes of a whole day when the file gives none. */
  dayMinutes: number;
}

/** Why a row was refused; the pages and the CLI translate the code. */
export type RejectionReason =
  | 'missing_value'
  | 'bad_identity_number'
  | 'bad_date'
  | 'bad_lesson'
  | 'bad_minutes'
  | 'unknown_kind'
  | 'unknown_pupil'
  | 'outside_school_year'
  | 'closed_day'
  | 'duplicate_different';

export interface Rejection {
  reason: RejectionReason;
  /** The file's own header of the column at fault, or null when the row as a whole is. */
  column: string | null;
}

/** A row in Tidlig's model, before it is matched to the register. Lesson 0 is the whole day. */
export interface MappedRow {
  nationalId: string;
  date: IsoDate;
  lesson: number;
  minutes: number;
  kind: AbsenceKind;
}

const IDENTITY_NUMBER = /^\d{6}-?\d{4,5}$/;
const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MAX_LESSON = 20;
const MAX_REMEMBERED_DATES = 10_000;

/**
 * The mapping of `country`'s export set up once per import, then one record (header → cell) at
 * a time mapped, or the column at fault named. A file has millions of rows but few dates, so
 * each date's text is read once (up to a bound: a broken file may have a new text on each row).
 */
export function rowMapper(mapping: ColumnMapping, country: CountryCode): (record: Readonly<Record<string, string | undefined>>) => MappedRow | Rejection {
  const { columns } = mapping;
  const required = [columns.nationalId, columns.date, columns.kind];
  const kinds = new Map(Object.entries(mapping.kinds).filter(([, kind]) => isKindOf(country, kind)));
  const dates = new Map<string, IsoDate | null>();
  const dateOf = (text: string) => {
    let date = dates.get(text);
    if (date === undefined) {
      date = toIsoDate(text, mapping.dateFormat);
      if (dates.size < MAX_REMEMBERED_DATES) dates.set(text, date);
    }
    return date;
  };
  return (record) => {
    const cell = (header: string | undefined) => (header === undefined ? '' : (record[header] ?? '').trim());
    for (const header of required) {
      if (cell(header) === '') return { reason: 'missing_value', column: header };
    }
    const identityNumber = cell(columns.nationalId);
    if (!IDENTITY_NUMBER.test(identityNumber)) return { reason: 'bad_identity_number', column: columns.nationalId };
    const date = dateOf(cell(columns.date));
    if (!date) return { reason: 'bad_date', column: columns.date };
    const kind = kinds.get(cell(columns.kind));
    if (!kind) return { reason: 'unknown_kind', column: columns.kind };
    const lessonText = cell(columns.lesson);
    const lesson = lessonText === '' ? 0 : Number(lessonText);
    if (!Number.isInteger(lesson) || lesson < 0 || lesson > MAX_LESSON) return { reason: 'bad_lesson', column: columns.lesson ?? null };
    const minutesText = cell(columns.minutes);
    const minutes = minutesText === '' ? (lesson === 0 ? mapping.dayMinutes : NaN) : Number(minutesText);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > mapping.dayMinutes) return { reason: 'bad_minutes', column: columns.minutes ?? null };
    return { nationalId: identityNumber.replace('-', ''), date, lesson, minutes, kind };
  };
}

export function isRejection(row: MappedRow | Rejection): row is Rejection {
  return 'reason' in row;
}

function toIsoDate(text: string, format: ColumnMapping['dateFormat']): IsoDate | null {
  if (format === 'iso') return isIsoDate(text) ? text : null;
  const match = DMY.exec(text);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
