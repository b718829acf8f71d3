import type { MunicipalityDetail, UnitSummary } from '../schema.ts';

export interface FilteredMunicipality {
  districts: MunicipalityDetail['districts'];
  sharedUnits: UnitSummary[];
  cooperations: MunicipalityDetail['cooperations'];
  /** Units left after filtering, and before: for the "showing 3 of 210" line. */
  shown: number;
  total: number;
  active: boolean;
}

/**
 * Narrows a municipality's page to the units whose names contain the query (ignoring case
 * and surrounding space). Districts and cooperations without a match are left out while a
 * filter is active, so a long page shrinks to what the user is looking for.
 */
export function filterMunicipality(detail: MunicipalityDetail, query: string): FilteredMunicipality {
  const needle = query.trim().toLocaleLowerCase();
  const active = needle !== '';
  const keep = (units: UnitSummary[]) =>
    active ? units.filter((unit) => unit.name.toLocaleLowerCase().includes(needle)) : units;

  const districts = detail.districts.map((district) => ({ ...district, units: keep(district.units) }));
  const sharedUnits = keep(detail.sharedUnits);
  const cooperations = detail.cooperations.map((cooperation) => ({ ...cooperation, units: keep(cooperation.units) }));

  return {
    districts: active ? districts.filter((district) => district.units.length > 0) : districts,
    sharedUnits,
    cooperations: active ? cooperations.filter((cooperation) => cooperation.units.length > 0) : cooperations,
    shown: countUnits(districts, sharedUnits, cooperations),
    total: countUnits(detail.districts, detail.sharedUnits, detail.cooperations),
    active,
  };
}

function countUnits(
  districts: { units: UnitSummary[] }[],
  sharedUnits: UnitSummary[],
  cooperations: { units: UnitSummary[] }[],
): number {
  const sum = (groups: { units: UnitSummary[] }[]) => groups.reduce((total, group) => total + group.units.length, 0);
  return sum(districts) + sharedUnits.length + sum(cooperations);
}
