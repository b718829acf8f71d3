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
  let unit: repo.UnitRow | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'organisation.read',
      action: 'read',
      resourceType: 'unit',
      resourceId: id,
      locate: async (trx) => {
        unit = await repo.findUnit(trx, id);
        return unit && { municipalityId: unit.municipality_id, unitIds: [id], districtIds: unit.district_id ? [unit.district_id] : [] };
      },
    },
    (trx) => describeUnit(trx, unit!),
  );
}

async function describeUnit(db: Db, unit: repo.UnitRow): Promise<UnitDetail> {
  const id = unit.id;
  const [municipality, district, cooperation, people, groups] = await Promise.all([
    repo.findMunicipality(db, unit.municipality_id),
    unit.district_id ? repo.findDistrict(db, unit.district_id) : undefined,
    unit.cooperation_id ? repo.findCooperation(db, unit.cooperation_id) : undefined,
    repo.listPeopleOfUnit(db, id),
    repo.listGroupsOfUnit(db, id),
  ]);
  if (!municipality) throw new NotFoundError('unit');

  return {
    unit: {
      ...toUnitSummary(unit),
      municipality: { id: municipality.id, name: municipality.name, countryCode: municipality.country_code },
      district: district ?? null,
      cooperation: cooperation ?? null,
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
