/**
 * A school's flags: the list its staff see (open first, by the date the guideline's meeting is
 * due), and the coordinator handling one with a note of what was done. Every read and write goes
 * through withAccess: one decision, one audit event, one transaction.
 */
import type { Db } from '../kernel/db/database.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { locateUnit, type UnitScope } from '../kernel/policy/locate.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import { meetingDueOn } from './domain/due-date.ts';
import type { Guideline, GuidelineRule } from './domain/guideline.ts';
import type { IsoDate } from '../time/dates.ts';
import * as repo from './flag-repo.ts';
import { listSchoolHolidays } from './import-repo.ts';
import type { Flag, FlagList, HandleFlagRequest } from './schema.ts';

/** The school's open flags and those handled in the last 30 days, open first and by due date. */
export function listFlags(db: Db, actor: Actor, unitId: string): Promise<FlagList> {
  return withAccess(
    db,
    actor,
    { permission: 'attendance.read', action: 'read', resourceType: 'attendance_flags', resourceId: unitId, locate: (trx) => locateUnit(trx, unitId) },
    async (trx) => ({ flags: await flagsOf(trx, unitId) }),
  );
}

/** Records that a flag was acted on; the flag stays, handled, with the note. */
export function handleFlag(db: Db, actor: Actor, unitId: string, flagId: string, request: HandleFlagRequest): Promise<Flag> {
  return withAccess(
    db,
    actor,
    {
      permission: 'attendance.follow_up',
      action: 'update',
      resourceType: 'attendance_flag',
      resourceId: flagId,
      // The flag is about one pupil: the event names them, so the access report finds it.
      childId: (trx) => repo.findFlagChild(trx, flagId),
      locate: async (trx) => ((await repo.findFlagUnit(trx, flagId)) === unitId ? locateUnit(trx, unitId) : undefined),
    },
    async (trx) => {
      await repo.handleFlag(trx, flagId, actor.staffId, request.note);
      return (await flagsOf(trx, unitId)).find((flag) => flag.id === flagId)!;
    },
  );
}

async function flagsOf(trx: Trx, unitId: string): Promise<Flag[]> {
  const flags = (await repo.listUnitFlags(trx, unitId)).map(await presenter(trx, unitId));
  return flags.sort((a, b) => statusOrder(a) - statusOrder(b) || (a.dueOn ?? a.raisedOn).localeCompare(b.dueOn ?? b.raisedOn));
}

/** The flags of a follow-up case at the school, with their due dates. */
export async function caseFlags(trx: Trx, unitId: string, caseId: string): Promise<Flag[]> {
  return (await repo.listCaseFlags(trx, caseId)).map(await presenter(trx, unitId));
}

/** Turns a school's flag rows into flags, with the due dates its municipality's guideline and calendar give. */
async function presenter(trx: Trx, unitId: string): Promise<(row: repo.FlagRow) => Flag> {
  const scope = (await locateUnit(trx, unitId)) as UnitScope;
  const guideline = await repo.findGuideline(trx, scope.municipalityId);
  const calendar: SchoolCalendar = { country: scope.countryCode, holidays: await listSchoolHolidays(trx, scope.municipalityId) };
  // A due date walks the calendar day by day; a school's flags share a few rules and raise days,
  // so each pair is walked once (1,000 flags walked one by one took most of the page's time).
  const dueDates = new Map<string, IsoDate | null>();
  const dueOn = (rule: GuidelineRule | undefined, raisedOn: IsoDate): IsoDate | null => {
    if (!rule) return null;
    const key = `${rule.id} ${raisedOn}`;
    if (!dueDates.has(key)) dueDates.set(key, meetingDueOn(rule.triggers, raisedOn, calendar));
    return dueDates.get(key)!;
  };
  return (row) => present(row, guideline, dueOn);
}

const statusOrder = (flag: Flag) => (flag.status === 'open' ? 0 : 1);

function present(row: repo.FlagRow, guideline: Guideline | undefined, dueOn: (rule: GuidelineRule | undefined, raisedOn: IsoDate) => IsoDate | null): Flag {
  const rule = guideline?.rules.find((r) => r.id === row.rule_id);
  return {
    id: row.id,
    childId: row.child_id,
    pupilName: `${row.given_name} ${row.family_name}`,
    groupName: row.group_name,
    ruleId: row.rule_id,
    stage: row.stage,
    measure: row.measure,
    comparison: row.comparison,
    threshold: Number(row.threshold),
    value: Number(row.value),
    windowFrom: row.window_from,
    windowTo: row.window_to,
    schoolDays: row.school_days,
    raisedOn: row.raised_on,
    dueOn: dueOn(rule, row.raised_on),
    status: row.status,
    handledNote: row.handled_note,
    caseId: row.case_id,
  };
}
