/**
 * Use-cases of the organisation overview: what the pages need, shaped as the API's schema
 * says, limited to the municipalities the actor's roles reach. Counts of children pass the
 * small-count rule before they leave; a unit's people are personal data, read through
 * withAccess (decided and audited).
 */
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide, type ResourceScope } from '../kernel/policy/decide.ts';
import { suppressSmallCount } from '../kernel/privacy/small-count.ts';
import * as repo from './repo.ts';
import type { MunicipalityDetail, MunicipalityList, MunicipalitySummary, UnitDetail, UnitSummary } from './schema.ts';

const municipalityScope = (municipalityId: string): ResourceScope => ({ municipalityId, unitIds: [], districtIds: [] });
const reaches = (actor: Actor, municipalityId: string) =>
  decide(actor, 'organisation.read', municipalityScope(municipalityId)).allow;

export async function listMunicipalities(db: Db, actor: Actor): Promise<MunicipalityList> {
  const rows = await repo.listMunicipalities(db);
  return { municipalities: rows.filter((row) => reaches(actor, row.id)).map(toMunicipalitySummary) };
}

/** A municipality with its districts and their units, its shared units and its cooperations. */
export async function getMunicipality(db: Db, actor: Actor, id: string): Promise<MunicipalityDetail> {
  const municipality = await repo.findMunicipality(db, id);
  if (!municipality || !reaches(actor, id)) throw new NotFoundError('municipality');

  const [districts, units, cooperations] = await Promise.all([
    repo.listDistricts(db, id),
    repo.listUnitsOfMunicipality(db, id),
    repo.listCooperationsOf(db, id),
  ]);
  const cooperationUnits = await repo.listUnitsOfCooperations(
    db,
    cooperations.map((c) => c.id),
  );

  return {
    municipality: toMunicipalitySummary(municipality),
    districts: districts.map((d) => ({
      ...d,
      units: units.filter((u) => u.district_id === d.id).map(toUnitSummary),
    })),
    sharedUnits: units.filter((u) => u.district_id === null && u.cooperation_id === null).map(toUnitSummary),
    cooperations: cooperations.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      hostMunicipality: { id: c.host_id, name: c.host_name },
      members: c.members,
      units: cooperationUnits.filter((u) => u.cooperation_id === c.id).map(toUnitSummary),
    })),
  };
}

/** A unit with its people and its register as group sizes. */
export async function getUnit(db: Db, actor: Actor, id: string): Promise<UnitDetail> {
  // The page's first row is the one the policy locates: one query for both.
  let unit: repo.UnitInContextRow | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'organisation.read',
      action: 'read',
      resourceType: 'unit',
      resourceId: id,
      locate: async (trx) => {
        unit = await repo.findUnitInContext(trx, id);
        return unit && { municipalityId: unit.municipality_id, unitIds: [id], districtIds: unit.district_id ? [unit.district_id] : [] };
      },
    },
    (trx) => describeUnit(trx, unit!),
  );
}

async function describeUnit(db: Db, unit: repo.UnitInContextRow): Promise<UnitDetail> {
  const people = await repo.listPeopleOfUnit(db, unit.id);
  const groups = await repo.listGroupsOfUnit(db, unit.id);
  return {
    unit: {
      ...toUnitSummary(unit),
      municipality: { id: unit.municipality_id, name: unit.municipality_name, countryCode: unit.country_code },
      district: unit.district_id ? { id: unit.district_id, name: unit.district_name! } : null,
      cooperation: unit.cooperation_id ? { id: unit.cooperation_id, name: unit.cooperation_name! } : null,
    },
    people: people.map((p) => ({
      id: p.id,
      givenName: p.given_name,
      familyName: p.family_name,
      email: p.email,
      roles: p.roles,
    })),
    groups: groups.map((g) => ({
      name: g.group_name,
      grade: g.grade,
      childCount: suppressSmallCount(g.child_count),
    })),
  };
}

function toMunicipalitySummary(row: repo.MunicipalityRow): MunicipalitySummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    countryCode: row.country_code,
    locale: row.locale,
    districtCount: row.district_count,
    unitCount: row.unit_count,
  };
}

function toUnitSummary(row: repo.UnitRow): UnitSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    gradeFrom: row.grade_from,
    gradeTo: row.grade_to,
    staffCount: row.staff_count,
    childCount: suppressSmallCount(row.child_count),
  };
}
