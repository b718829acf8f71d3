/**
 * Test factories for the organisation model: each builds one valid row with sensible
 * defaults and returns it, so a test states only what it is about.
 */
import { makeSyntheticNorwegianId } from '../national-id/norwegian.ts';
import type { Db } from '../db/database.ts';
import type { Role, Tables } from '../db/tables.ts';
import type { Insertable, Selectable } from 'kysely';

let counter = 0;
const next = () => ++counter;

type Row<T extends keyof Tables> = Selectable<Tables[T]>;
type Fields<T extends keyof Tables> = Partial<Insertable<Tables[T]>>;

export async function buildMunicipality(db: Db, fields: Fields<'municipality'> = {}): Promise<Row<'municipality'>> {
  const n = next();
  return db
    .insertInto('municipality')
    .values({ code: `T${n}`, name: `Testvik ${n}`, country_code: 'NO', ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildDistrict(
  db: Db,
  fields: Fields<'district'> & { municipality_id: string },
): Promise<Row<'district'>> {
  return db
    .insertInto('district')
    .values({ name: 'Øst', compass: 'east', ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUnit(db: Db, fields: Fields<'unit'> & { municipality_id: string }): Promise<Row<'unit'>> {
  const kind = fields.kind ?? 'school';
  const grades = kind === 'school' ? { grade_from: 1, grade_to: 7 } : {};
  return db
    .insertInto('unit')
    .values({ name: `Enhet ${next()}`, kind, ...grades, ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildStaff(db: Db, fields: Fields<'staff'> & { municipality_id: string }): Promise<Row<'staff'>> {
  const n = next();
  return db
    .insertInto('staff')
    .values({ given_name: 'Kari', family_name: `Nordmann${n}`, email: `person${n}@test.example`, ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildMembership(db: Db, fields: Insertable<Tables['membership']>) {
  return db.insertInto('membership').values(fields).returningAll().executeTakeFirstOrThrow();
}

/** The usual person of a test: a staff member of the unit's municipality with one role at the unit. Returns the staff id. */
export async function buildPerson(db: Db, role: Role, unit: { id: string; municipality_id: string }, fields: Fields<'staff'> = {}): Promise<string> {
  const staff = await buildStaff(db, { municipality_id: unit.municipality_id, ...fields });
  await buildMembership(db, { staff_id: staff.id, unit_id: unit.id, role });
  return staff.id;
}

/** A unique synthetic identity number (month + 80), valid but never a real person's. */
function syntheticId(): string {
  for (;;) {
    const id = makeSyntheticNorwegianId('2016-05-17', 500 + (next() % 500));
    if (id && !usedIds.has(id)) {
      usedIds.add(id);
      return id;
    }
  }
}
const usedIds = new Set<string>();

/**
 * A child with a synthetic identity number no child in the database has: a test may build its
 * world on top of the demo, whose children draw from the same numbers.
 */
async function insertChildWithFreeId(db: Db, municipalityId: string) {
  for (;;) {
    const child = await db
      .insertInto('child')
      .values({
        municipality_id: municipalityId,
        given_name: 'Ola',
        family_name: `Testesen${next()}`,
        birth_date: '2016-05-17',
        national_id: syntheticId(),
        national_id_synthetic: true,
      })
      .onConflict((conflict) => conflict.column('national_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (child) return child;
  }
}

/** A child enrolled in a unit's group, with a synthetic identity number. */
export async function buildEnrolledChild(
  db: Db,
  fields: { municipality_id: string; unit_id: string; group_name?: string; grade?: number | null },
) {
  const child = await insertChildWithFreeId(db, fields.municipality_id);
  await db
    .insertInto('enrolment')
    .values({
      child_id: child.id,
      unit_id: fields.unit_id,
      group_name: fields.group_name ?? '4A',
      grade: fields.grade === undefined ? 4 : fields.grade,
    })
    .execute();
  return child;
}
