/** Test data for attendance: a municipality with Oslo's 2026/27 holidays, a saved mapping, a guideline, and a CSV file's text. */
import type { Db } from '../kernel/db/database.ts';
import { buildAttendanceCasePlace, type AttendanceCasePlace } from './case-factories.ts';
import { buildMunicipality } from '../kernel/testing/register-factories.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import type { Guideline } from './domain/guideline.ts';
import type { ColumnMapping } from './domain/mapping.ts';
import { saveGuideline, saveMapping } from './import-repo.ts';
import type { SourceRow } from './read-rows.ts';

/** A Visma-like Norwegian export: semicolons, Norwegian headers and kind words, dd.mm.yyyy dates. */
export const VISMA_MAPPING: ColumnMapping = {
  columns: { nationalId: 'Fødselsnummer', date: 'Dato', lesson: 'Time', minutes: 'Minutter', kind: 'Fraværstype' },
  dateFormat: 'dmy',
  kinds: {
    Dokumentert: 'documented',
    Udokumentert: 'undocumented',
    Syk: 'sick',
    Permisjon: 'permitted',
    'For sent': 'late',
    'Gått tidlig': 'left_early',
  },
  dayMinutes: 330,
};

/** A municipality whose school calendar is `calendar`, with VISMA_MAPPING saved as source "visma" and `guideline` set. */
export async function buildAttendanceMunicipality(db: Db, calendar: SchoolCalendar, guideline: Guideline | null) {
  const municipality = await buildMunicipality(db, { country_code: calendar.country });
  if (calendar.holidays.length > 0) {
    await db
      .insertInto('school_holiday')
      .values(calendar.holidays.map((h) => ({ municipality_id: municipality.id, from_date: h.from, to_date: h.to, label: h.label })))
      .execute();
  }
  await saveMapping(db, municipality.id, 'visma', VISMA_MAPPING);
  if (guideline) await saveGuideline(db, municipality.id, guideline);
  return municipality;
}


/** One row of a Visma-like file: identity number, dd.mm.yyyy, lesson ('' for the day), minutes, kind word. */
export type VismaLine = [nationalId: string, date: string, lesson: string, minutes: string, kind: string];

export function vismaCsv(lines: VismaLine[]): string {
  return ['Fødselsnummer;Dato;Time;Minutter;Fraværstype', ...lines.map((l) => l.join(';'))].join('\n') + '\n';
}

/** The same lines as parsed rows (line 1 is the header), for tests that skip the file. */
export async function* vismaRows(lines: VismaLine[]): AsyncIterable<SourceRow> {
  for (const [i, [nationalId, date, lesson, minutes, kind]] of lines.entries()) {
    yield { line: i + 2, record: { Fødselsnummer: nationalId, Dato: date, Time: lesson, Minutter: minutes, Fraværstype: kind } };
  }
}

/** What the access-matrix walk calls the attendance routes about: a school with a flag, and the mapping an upload uses. */
export interface AttendancePlace extends AttendanceCasePlace {
  attendanceFlagId: string;
}

export async function buildAttendancePlace(db: Db, municipalityId: string, unitId: string, childId: string): Promise<AttendancePlace> {
  await saveMapping(db, municipalityId, 'visma', VISMA_MAPPING);
  const flag = await db
    .insertInto('attendance_flag')
    .values({
      child_id: childId,
      unit_id: unitId,
      municipality_id: municipalityId,
      rule_id: 'ringsaker-days-month',
      stage: 1,
      measure: 'days',
      comparison: 'more_than',
      threshold: 3,
      value: 4,
      window_from: '2026-11-01',
      window_to: '2026-11-20',
      school_days: 15,
      raised_on: '2026-11-20',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { attendanceFlagId: flag.id, ...(await buildAttendanceCasePlace(db, municipalityId, unitId)) };
}

/** An absence flag raised on `raisedOn` for a pupil at a unit, as the nightly recompute would write it. */
export async function buildFlag(db: Db, child: { id: string; municipality_id: string }, unitId: string, raisedOn: string, fields: { ruleId?: string; status?: 'open' | 'handled' } = {}): Promise<void> {
  await db
    .insertInto('attendance_flag')
    .values({
      child_id: child.id,
      unit_id: unitId,
      municipality_id: child.municipality_id,
      rule_id: fields.ruleId ?? 'ringsaker-days-month',
      stage: 1,
      measure: 'days',
      comparison: 'at_least',
      threshold: 4,
      value: 4,
      window_from: raisedOn,
      window_to: raisedOn,
      school_days: 20,
      raised_on: raisedOn,
      status: fields.status ?? 'open',
    })
    .execute();
}
