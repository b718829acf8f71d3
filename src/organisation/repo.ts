/**
 * Queries for the organisation model. Set-based: one query per list, counts computed in
 * the database, so a municipality with hundreds of units costs a handful of round trips.
 */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Compass, CountryCode, Locale, Role, UnitKind } from '../kernel/db/tables.ts';

export interface MunicipalityRow {
  id: string;
  code: string;
  name: string;
  country_code: CountryCode;
  locale: Locale;
  district_count: number;
  unit_count: number;
}

export interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  grade_from: number | null;
  grade_to: number | null;
  municipality_id: string;
  district_id: string | null;
  cooperation_id: string | null;
  staff_count: number;
  child_count: number;
}

const municipalityColumns = (db: Db) =>
  db
    .selectFrom('municipality as m')
    .innerJoin('country as c', 'c.code', 'm.country_code')
    .select((eb) => [
      'm.id',
      'm.code',
      'm.name',
      'm.country_code',
      eb.fn.coalesce('m.default_locale', 'c.default_locale').as('locale'),
      eb
        .selectFrom('district as d')
        .whereRef('d.municipality_id', '=', 'm.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('district_count'),
      eb
        .selectFrom('unit as u')
        .whereRef('u.municipality_id', '=', 'm.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('unit_count'),
    ])
    .$narrowType<{ district_count: number; unit_count: number }>();

export function listMunicipalities(db: Db): Promise<MunicipalityRow[]> {
  return municipalityColumns(db).orderBy('m.country_code', 'desc').orderBy('m.name').execute();
}

export function findMunicipality(db: Db, id: string): Promise<MunicipalityRow | undefined> {
  return municipalityColumns(db).where('m.id', '=', id).executeTakeFirst();
}

const unitColumns = (db: Db) =>
  db
    .selectFrom('unit as u')
    .select((eb) => [
      'u.id',
      'u.name',
      'u.kind',
      'u.grade_from',
      'u.grade_to',
      'u.municipality_id',
      'u.district_id',
      'u.cooperation_id',
      eb
        .selectFrom('membership as ms')
        .whereRef('ms.unit_id', '=', 'u.id')
        .select(sql<number>`count(distinct ms.staff_id)::int`.as('n'))
        .as('staff_count'),
      eb
        .selectFrom('enrolment as e')
        .whereRef('e.unit_id', '=', 'u.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('child_count'),
    ])
    .$narrowType<{ staff_count: number; child_count: number }>();

/** The municipality's own units, in name order. */
export function listUnitsOfMunicipality(db: Db, municipalityId: string): Promise<UnitRow[]> {
  return unitColumns(db).where('u.municipality_id', '=', municipalityId).orderBy('u.name').execute();
}

export function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return unitColumns(db).where('u.id', '=', id).executeTakeFirst();
}

export interface UnitInContextRow extends UnitRow {
  municipality_name: string;
  country_code: MunicipalityRow['country_code'];
  district_name: string | null;
  cooperation_name: string | null;
}

/** A unit with the names of its municipality, district and cooperation: the unit page's one row. */
export function findUnitInContext(db: Db, id: string): Promise<UnitInContextRow | undefined> {
  return unitColumns(db)
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .leftJoin('district as d', 'd.id', 'u.district_id')
    .leftJoin('cooperation as co', 'co.id', 'u.cooperation_id')
    .select(['m.name as municipality_name', 'm.country_code', 'd.name as district_name', 'co.name as cooperation_name'])
    .where('u.id', '=', id)
    .executeTakeFirst();
}

export function listUnitsOfCooperations(db: Db, cooperationIds: string[]): Promise<UnitRow[]> {
  if (cooperationIds.length === 0) return Promise.resolve([]);
  return unitColumns(db).where('u.cooperation_id', 'in', cooperationIds).orderBy('u.name').execute();
}

export function listDistricts(db: Db, municipalityId: string) {
  return db
    .selectFrom('district')
    .select(['id', 'name', 'compass'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute() as Promise<{ id: string; name: string; compass: Compass }[]>;
}

/** Cooperations the municipality takes part in, with host and members by name. */
export async function listCooperationsOf(db: Db, municipalityId: string) {
  const cooperations = await db
    .selectFrom('cooperation as co')
    .innerJoin('cooperation_member as cm', 'cm.cooperation_id', 'co.id')
    .innerJoin('municipality as host', 'host.id', 'co.host_municipality_id')
    .where('cm.municipality_id', '=', municipalityId)
    .select(['co.id', 'co.name', 'co.kind', 'host.id as host_id', 'host.name as host_name'])
    .orderBy('co.name')
    .execute();
  if (cooperations.length === 0) return [];
  const members = await db
    .selectFrom('cooperation_member as cm')
    .innerJoin('municipality as m', 'm.id', 'cm.municipality_id')
    .where(
      'cm.cooperation_id',
      'in',
      cooperations.map((c) => c.id),
    )
    .select(['cm.cooperation_id', 'm.id', 'm.name'])
    .orderBy('m.name')
    .execute();
  return cooperations.map((c) => ({
    ...c,
    members: members.filter((m) => m.cooperation_id === c.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** The people with a membership in the unit, each once, with all their roles there. */
export function listPeopleOfUnit(db: Db, unitId: string) {
  return db
    .selectFrom('membership as ms')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .where('ms.unit_id', '=', unitId)
    .groupBy(['s.id', 's.given_name', 's.family_name', 's.email'])
    .select([
      's.id',
      's.given_name',
      's.family_name',
      's.email',
      sql<Role[]>`array_agg(ms.role::text order by ms.role)`.as('roles'),
    ])
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
}

/** The unit's register as group sizes; no child is named. */
export function listGroupsOfUnit(db: Db, unitId: string) {
  return db
    .selectFrom('enrolment')
    .where('unit_id', '=', unitId)
    .groupBy(['group_name', 'grade'])
    .select(['group_name', 'grade', sql<number>`count(*)::int`.as('child_count')])
    .orderBy('grade')
    .orderBy('group_name')
    .execute();
}

