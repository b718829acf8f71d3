/**
 * A school year of absence for the demo pupils, up to the seed's "today": most pupils miss a
 * few days, some more, a few a great deal (about 7 % of pupil-days in all; older pupils more),
 * mostly sickness. Each municipality follows a preset guideline (Ringsaker's in Norway, the
 * Danish rule in Denmark) and has the mapping of a source system saved, so a coordinator can
 * import a file at once. Pure and deterministic: the seed's random stream, no clock.
 */
import { DENMARK, RINGSAKER } from '../attendance/domain/presets.ts';
import type { AbsenceKind } from '../attendance/domain/absence.ts';
import type { ColumnMapping } from '../attendance/domain/mapping.ts';
import type { Guideline } from '../attendance/domain/guideline.ts';
import { addDays, type IsoDate } from '../time/dates.ts';
import { isClosed, type HolidayPeriod } from '../time/school-calendar.ts';
import { schoolYearOf, schoolYearRange } from '../time/school-year.ts';
import type { DemoData } from './data.ts';
import type { Random } from './random.ts';

export interface DemoAbsence {
  child_id: string;
  date: IsoDate;
  lesson: number;
  unit_id: string;
  municipality_id: string;
  minutes: number;
  kind: AbsenceKind;
  source: string;
}

export interface DemoAttendance {
  mappings: { municipality_id: string; source: string; mapping: ColumnMapping }[];
  guidelines: { municipality_id: string; guideline: Guideline }[];
  absences: DemoAbsence[];
}

/** The Visma Flyt Skole-like export the Norwegian demo municipalities receive (docs/attendance.md). */
export const DEMO_NORWEGIAN_MAPPING: ColumnMapping = {
  columns: { nationalId: 'Fødselsnummer', date: 'Dato', lesson: 'Time', minutes: 'Minutter', kind: 'Fraværstype' },
  dateFormat: 'dmy',
  kinds: { Dokumentert: 'documented', Udokumentert: 'undocumented', Syk: 'sick', Permisjon: 'permitted', 'For sent': 'late', 'Gått tidlig': 'left_early' },
  dayMinutes: 330,
};

/** A Lectio-like export for the Danish ones. */
export const DEMO_DANISH_MAPPING: ColumnMapping = {
  columns: { nationalId: 'CPR', date: 'Dato', lesson: 'Modul', minutes: 'Minutter', kind: 'Fraværsårsag' },
  dateFormat: 'dmy',
  kinds: { Sygdom: 'sick', 'Lovligt fravær': 'permitted', 'Ulovligt fravær': 'illegal' },
  dayMinutes: 360,
};

/** Share of pupils in each band and the chance they are away on a school day: about 7 % in all. */
const BANDS = [
  { share: 0.7, rate: 0.035 },
  { share: 0.22, rate: 0.1 },
  { share: 0.08, rate: 0.25 },
];
/** Older pupils are away more (Udir: absence grows through lower secondary). */
const OLDER_FACTOR = 1.5;

const NORWEGIAN_KINDS: [AbsenceKind, number][] = [['sick', 0.55], ['documented', 0.18], ['undocumented', 0.1], ['permitted', 0.05], ['late', 0.12]];
const DANISH_KINDS: [AbsenceKind, number][] = [['sick', 0.6], ['permitted', 0.15], ['illegal', 0.25]];

/** The plan for the demo as seeded on `today`, with the school holidays the presence plan gives. */
export function planDemoAttendance(data: DemoData, holidays: { municipality_id: string; from_date: IsoDate; to_date: IsoDate; label: string }[], today: IsoDate, random: Random): DemoAttendance {
  const plan: DemoAttendance = { mappings: [], guidelines: [], absences: [] };
  const schools = new Map(data.unit.filter((u) => u.kind === 'school').map((u) => [u.id, u]));
  for (const municipality of data.municipality) {
    const norwegian = municipality.country_code === 'NO';
    plan.mappings.push({ municipality_id: municipality.id, source: norwegian ? 'visma' : 'lectio', mapping: norwegian ? DEMO_NORWEGIAN_MAPPING : DEMO_DANISH_MAPPING });
    plan.guidelines.push({ municipality_id: municipality.id, guideline: norwegian ? RINGSAKER : DENMARK });
  }
  const countryOf = new Map(data.municipality.map((m) => [m.id, m.country_code]));
  const schoolDays = new Map<string, IsoDate[]>();
  for (const municipality of data.municipality) {
    const periods: HolidayPeriod[] = holidays.filter((h) => h.municipality_id === municipality.id).map((h) => ({ from: h.from_date, to: h.to_date, label: h.label }));
    const calendar = { country: municipality.country_code, holidays: periods };
    const days: IsoDate[] = [];
    for (let date = schoolYearRange(schoolYearOf(today)).from; date < today; date = addDays(date, 1)) if (!isClosed(calendar, date)) days.push(date);
    schoolDays.set(municipality.id, days);
  }
  for (const enrolment of data.enrolment) {
    const school = schools.get(enrolment.unit_id);
    if (!school) continue;
    const norwegian = countryOf.get(school.municipality_id) === 'NO';
    const band = pickBand(random);
    const rate = band * ((enrolment.grade ?? 0) >= 8 ? OLDER_FACTOR : 1);
    for (const date of schoolDays.get(school.municipality_id) ?? []) {
      if (!random.chance(rate)) continue;
      const kind = pickKind(random, norwegian ? NORWEGIAN_KINDS : DANISH_KINDS);
      const dayMinutes = norwegian ? DEMO_NORWEGIAN_MAPPING.dayMinutes : DEMO_DANISH_MAPPING.dayMinutes;
      const late = kind === 'late';
      plan.absences.push({
        child_id: enrolment.child_id,
        date,
        lesson: late ? 1 : 0,
        unit_id: school.id,
        municipality_id: school.municipality_id,
        minutes: late ? random.int(5, 30) : dayMinutes,
        kind,
        source: norwegian ? 'visma' : 'lectio',
      });
    }
  }
  for (const municipality of data.municipality.filter((m) => m.country_code === 'DK')) {
    plan.absences = withDanishFifteenPercentPupils(plan.absences, data, municipality.id, schoolDays.get(municipality.id) ?? [], today);
  }
  return plan;
}

/**
 * One pupil of 12 or older (grade 6 and up) at each Danish school, the first in the data's
 * order, away without leave on the first of every four school days of the quarter so far: 25 % illegal
 * absence, past the 15 % at which the school leader notifies the municipality, so the demo
 * has an underretning to draft. Their other rows in the quarter give way.
 */
function withDanishFifteenPercentPupils(absences: DemoAbsence[], data: DemoData, municipalityId: string, schoolDays: IsoDate[], today: IsoDate): DemoAbsence[] {
  const quarterStart = `${today.slice(0, 5)}${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const quarterDays = schoolDays.filter((day) => day >= quarterStart);
  const schools = new Set(data.unit.filter((u) => u.kind === 'school' && u.municipality_id === municipalityId).map((u) => u.id));
  const chosen = new Map<string, string>();
  for (const enrolment of data.enrolment) {
    if (schools.has(enrolment.unit_id) && (enrolment.grade ?? 0) >= 6 && !chosen.has(enrolment.unit_id)) chosen.set(enrolment.unit_id, enrolment.child_id);
  }
  const pupils = new Set(chosen.values());
  const kept = absences.filter((a) => !(pupils.has(a.child_id) && a.date >= quarterStart));
  for (const [unitId, childId] of chosen) {
    for (const [i, date] of quarterDays.entries()) {
      if (i % 4 !== 0) continue;
      kept.push({ child_id: childId, date, lesson: 0, unit_id: unitId, municipality_id: municipalityId, minutes: DEMO_DANISH_MAPPING.dayMinutes, kind: 'illegal', source: 'lectio' });
    }
  }
  return kept;
}

function pickBand(random: Random): number {
  let roll = random.next();
  for (const band of BANDS) {
    if (roll < band.share) return band.rate;
    roll -= band.share;
  }
  return BANDS[0]!.rate;
}

function pickKind(random: Random, kinds: [AbsenceKind, number][]): AbsenceKind {
  let roll = random.next();
  for (const [kind, share] of kinds) {
    if (roll < share) return kind;
    roll -= share;
  }
  return kinds[0]![0];
}
