/** Puts the generated demo data into a database: all of it in one transaction, or none. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { addDays, localDate } from '../time/dates.ts';
import { localInstant } from '../time/zoned-instant.ts';
import type { Db } from '../kernel/db/database.ts';
import { OperatorError } from '../kernel/errors.ts';
import { LOCK_KEYS } from '../kernel/db/lock-keys.ts';
import { DEMO_TABLES, type DemoData, type DemoOptions, type DemoRow, type DemoTable } from './data.ts';
import { generateDemo } from './generate.ts';
import { planDemoCasework, type DemoCasework } from './casework.ts';
import { insertDemoEvaluation, planDemoEvaluationHistory } from './evaluation.ts';
import { createRandom } from './random.ts';
import { planDemoPresence, type DemoPresence } from './presence.ts';
import { insertDemoOnCall, planDemoOnCall } from './on-call.ts';
import { insertDemoRotas, planDemoRotas } from './rota.ts';
import { insertDemoActivity, planDemoActivity } from './activity.ts';
import { planDemoAttendance, type DemoAttendance } from './attendance.ts';
import { seedDemoCases } from './attendance-cases.ts';
import { recomputeFlags } from '../attendance/index.ts';
import { clock } from '../time/clock.ts';

export interface SeedSummary {
  municipalities: number;
  units: number;
  staff: number;
  children: number;
  guardians: number;
}

// Rows per INSERT: large enough to be fast, small enough to keep each statement's text modest.
const BATCH_ROWS = 10_000;

/**
 * Fills an empty database with the demo municipalities for a seed and scale. Refuses a
 * database that already has municipalities, so demo people never mix with real ones.
 */
export async function seedDemo(db: Db, options: DemoOptions, today = localDate(clock.now())): Promise<SeedSummary> {
  const summary = await seedDemoIfEmpty(db, options, today);
  if (summary === null) throw notEmpty();
  return summary;
}

/**
 * Seeds only an empty database, and answers null when it was not: another server starting at
 * the same moment may have seeded it while this one waited for the lock, and then this one
 * serves what that one made.
 */
export async function seedDemoIfEmpty(db: Db, options: DemoOptions, today = localDate(clock.now())): Promise<SeedSummary | null> {
  // Checked before generating, to skip the work, and again under the lock, to be sure.
  if (!(await isDatabaseEmpty(db))) return null;
  const data = generateDemo(options);
  const seeded = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_KEYS.seed})`.execute(trx);
    if (!(await isDatabaseEmpty(trx))) return false;
    for (const table of DEMO_TABLES) await insertInBatches(trx, table, data[table]);
    const presence = planDemoPresence(data, today, randomUUID);
    await insertPresence(trx, presence);
    await insertCasework(trx, planDemoCasework(data, today, randomUUID));
    await insertDemoOnCall(trx, planDemoOnCall(data, today, randomUUID));
    await insertDemoRotas(trx, planDemoRotas(data, today), localInstant(addDays(today, -7), '12:00'));
    await insertDemoActivity(trx, planDemoActivity(data, today, randomUUID));
    await insertDemoEvaluation(trx, planDemoEvaluationHistory(data, today, createRandom(options.seed).fork()), randomUUID());
    await insertAttendance(trx, planDemoAttendance(data, presence.holidays, today, createRandom(options.seed).fork()), today);
    return true;
  });
  if (!seeded) return null;
  // The planner's statistics of the freshly filled tables: without them it guessed hundreds of
  // guardians per child and read all 134,842 to find two (the child's record, 28 ms at Oslo scale).
  // A role that does not own the tables gets a warning and nothing else.
  await sql`analyze`.execute(db);
  return summarise(data);
}

/** True when no municipality exists yet: the only state demo data may be seeded into. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('municipality').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The counts `tidlig seed` reports. */
export function summarise(data: DemoData): SeedSummary {
  return {
    municipalities: data.municipality.length,
    units: data.unit.length,
    staff: data.staff.length,
    children: data.child.length,
    guardians: data.guardian.length,
  };
}

function notEmpty(): OperatorError {
  return new OperatorError(
    'The database already holds municipalities, and demo data is only seeded into an empty database.',
  );
}

/**
 * Inserts rows as one JSON parameter per statement, which PostgreSQL unpacks with
 * json_populate_recordset. One row per bound parameter set would hit the bind limit: 65,535
 * on PostgreSQL, and on PGlite a statement with 32,768 or more silently returns nothing and
 * leaves the connection answering every later query with no rows. It is also about twice as fast.
 */
async function insertInBatches<T extends DemoTable>(db: Db, table: T, rows: DemoRow<T>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = sql.join(Object.keys(first).map((column) => sql.ref(column)));
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = JSON.stringify(rows.slice(start, start + BATCH_ROWS));
    await sql`insert into ${sql.table(table)} (${columns})
      select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${batch}::json)`.execute(db);
  }
}

async function insertPresence(db: Db, { hours, holidays, bookings }: DemoPresence): Promise<void> {
  if (hours.length > 0) {
    await db
      .insertInto('consultation_hour')
      .values(hours.map((h) => ({
        id: h.id,
        unit_id: h.unit_id,
        contact_staff_id: h.contact_staff_id,
        weekday: h.weekday,
        start_time: h.start,
        end_time: h.end,
        slot_minutes: h.slotMinutes,
        from_date: h.from,
        to_date: h.to,
      })))
      .execute();
  }
  if (holidays.length > 0) await db.insertInto('school_holiday').values(holidays).execute();
  if (bookings.length > 0) await db.insertInto('booking').values(bookings).execute();
}

/** The absence, mappings and guidelines, then each municipality's flags as of `today`. */
async function insertAttendance(db: Db, { mappings, guidelines, absences }: DemoAttendance, today: string): Promise<void> {
  for (const m of mappings) await db.insertInto('attendance_mapping').values({ ...m, mapping: JSON.stringify(m.mapping) }).execute();
  for (const g of guidelines) await db.insertInto('attendance_guideline').values({ ...g, guideline: JSON.stringify(g.guideline) }).execute();
  for (let start = 0; start < absences.length; start += BATCH_ROWS) {
    const batch = JSON.stringify(absences.slice(start, start + BATCH_ROWS));
    await sql`insert into absence (child_id, date, lesson, unit_id, municipality_id, minutes, kind, source)
      select child_id, date, lesson, unit_id, municipality_id, minutes, kind, source
      from json_populate_recordset(null::absence, ${batch}::json)`.execute(db);
  }
  for (const g of guidelines) await recomputeFlags(db, g.municipality_id, today);
  await seedDemoCases(db, today);
}

async function insertCasework(db: Db, { reports, consents, consultations, emergencies }: DemoCasework): Promise<void> {
  if (reports.length > 0) await db.insertInto('concern_report').values(reports).execute();
  if (consents.length > 0) await db.insertInto('consent').values(consents).execute();
  if (consultations.length > 0) await db.insertInto('consultation').values(consultations).execute();
  if (emergencies.length > 0) await db.insertInto('emergency_access').values(emergencies).execute();
}
