/**
 * Recomputing a municipality's flags from its guideline: one statement per rule, set-based over
 * every pupil (flag-sql.ts, flag-recompute-repo.ts). A pupil who reaches a rule gets an open flag, or has the open one's
 * figures refreshed; a flag is never removed by a recompute, so it is open until someone handles
 * it. A handled flag keeps a new one for the same rule from being raised while its window lasts.
 */
import type { Db } from '../kernel/db/database.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { withSystemAccess } from '../kernel/policy/named-access.ts';
import type { IsoDate } from '../time/dates.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import type { CountryCode } from '../time/zone.ts';
import { schoolDaysIn, windowOn } from './domain/windows.ts';
import * as repo from './flag-recompute-repo.ts';
import { listSchoolHolidays } from './import-repo.ts';

/** Recomputes every rule of the municipality's guideline on `asOf`; answers how many flags were raised. */
export async function recomputeFlags(trx: Trx | Db, municipalityId: string, asOf: IsoDate): Promise<number> {
  const setting = await repo.findGuidelineSetting(trx, municipalityId);
  if (!setting) return 0;
  const calendar: SchoolCalendar = { country: setting.country_code as CountryCode, holidays: await listSchoolHolidays(trx, municipalityId) };
  let raised = 0;
  for (const rule of setting.guideline.rules) {
    const window = windowOn(rule.window, asOf);
    const schoolDays = schoolDaysIn(calendar, window);
    if (schoolDays.length > 0) raised += await repo.raiseOrRefreshFlags(trx, { municipalityId, guideline: setting.guideline, rule, window, schoolDays, asOf });
  }
  return raised;
}

/** Recomputes every municipality with a guideline: the nightly run. */
export async function recomputeAllFlags(db: Db, asOf: IsoDate): Promise<number> {
  let raised = 0;
  for (const municipalityId of await repo.listMunicipalitiesWithGuideline(db)) {
    // A system access: one audited transaction per municipality, naming its flags.
    const done = await withSystemAccess(
      db,
      'attendance flags',
      { action: 'update', locate: async () => municipalityId, resource: (id) => ({ type: 'attendance_flags', id }) },
      (trx, id) => recomputeFlags(trx, id, asOf),
    );
    raised += done?.value ?? 0;
  }
  return raised;
}
