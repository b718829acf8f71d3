/** Builds a municipality's organisation: districts, units and the groups children sit in. */
import type { DemoData, DemoRow } from './data.ts';
import { nameLists } from './names.ts';
import { placeNamer } from './people.ts';
import { birthYearOfGrade, CLASS_SIZE, type MunicipalitySpec, type OnCallSpec } from './profiles.ts';
import type { Random } from './random.ts';

type UnitRow = DemoRow<'unit'>;

/** A class or a kindergarten group, with the years its children were born in. */
export interface Group {
  unit: UnitRow;
  name: string;
  grade: number | null;
  size: number;
  born: readonly [number, number];
}

export interface BuiltMunicipality {
  spec: MunicipalitySpec;
  id: string;
  childWelfare: UnitRow;
  /** Family centres (one per district) and the PPT: where partners work. */
  partnerUnits: UnitRow[];
  /** Schools, kindergartens and day care, grouped by district, schools first within each. */
  childUnits: UnitRow[];
  groups: Group[];
}

/** Adds one municipality with its districts and units; returns what later steps build on. */
export function buildMunicipality(data: DemoData, random: Random, spec: MunicipalitySpec): BuiltMunicipality {
  const id = random.uuid();
  data.municipality.push({
    id,
    code: spec.code,
    name: spec.name,
    country_code: spec.country,
    default_locale: spec.locale,
  });
  const districts = spec.districts.map((district) => ({
    id: random.uuid(),
    municipality_id: id,
    name: district.name,
    compass: district.compass,
  }));
  data.district.push(...districts);

  // Units are dealt to districts in turn, so every district gets a share of each kind.
  let dealt = 0;
  const units: UnitMaker = {
    add(fields) {
      const unit: UnitRow = {
        id: random.uuid(),
        municipality_id: id,
        district_id: null,
        cooperation_id: null,
        grade_from: null,
        grade_to: null,
        ...fields,
      };
      data.unit.push(unit);
      return unit;
    },
    nextDistrict: () => districts[dealt++ % districts.length]?.id ?? null,
  };

  const childWelfare = units.add({ kind: 'child_welfare', name: spec.childWelfare });
  const familyCentres = spec.districts.map((district, index) =>
    units.add({ kind: 'family_centre', name: district.familyCentre, district_id: districts[index]?.id ?? null }),
  );
  const ppt = units.add({ kind: 'ppt', name: spec.ppt });
  const groups: Group[] = [];
  const schools = addSchools(random, spec, units, groups);
  const earlyYears = addEarlyYears(random, spec, units, groups);
  return {
    spec,
    id,
    childWelfare,
    partnerUnits: [...familyCentres, ppt],
    childUnits: byDistrict([...schools, ...earlyYears]),
    groups,
  };
}

interface UnitMaker {
  add(fields: Pick<UnitRow, 'kind' | 'name'> & Partial<UnitRow>): UnitRow;
  nextDistrict(): string | null;
}

/** Schools with their classes: a few parallel classes per grade, each of 20–28 pupils. */
function addSchools(random: Random, spec: MunicipalitySpec, units: UnitMaker, groups: Group[]): UnitRow[] {
  const place = placeNamer(random, nameLists(spec.country), total(spec.schools));
  return spec.schools.flatMap((plan) =>
    Array.from({ length: plan.count }, () => {
      const unit = units.add({
        kind: 'school',
        name: plan.name(place()),
        district_id: units.nextDistrict(),
        grade_from: plan.gradeFrom,
        grade_to: plan.gradeTo,
      });
      for (let grade = plan.gradeFrom; grade <= plan.gradeTo; grade += 1) {
        const born = birthYearOfGrade(spec.country, grade);
        const classes = random.int(...plan.classesPerGrade);
        for (let letter = 0; letter < classes; letter += 1) {
          const name = className(spec, grade, letter);
          groups.push({ unit, name, grade, size: random.int(...CLASS_SIZE), born: [born, born] });
        }
      }
      return unit;
    }),
  );
}

/** Kindergartens and day care with named groups, toddlers and older children apart. */
function addEarlyYears(random: Random, spec: MunicipalitySpec, units: UnitMaker, groups: Group[]): UnitRow[] {
  const lists = nameLists(spec.country);
  const place = placeNamer(random, lists, total(spec.earlyYears));
  return spec.earlyYears.flatMap((plan) =>
    Array.from({ length: plan.count }, () => {
      const unit = units.add({ kind: plan.kind, name: plan.name(place()), district_id: units.nextDistrict() });
      const names = random.shuffle(lists.groups).slice(0, random.int(...plan.groups));
      names.forEach((name, at) => {
        const born = plan.bornBands[at % plan.bornBands.length];
        if (born) groups.push({ unit, name, grade: null, size: random.int(...plan.groupSize), born });
      });
      return unit;
    }),
  );
}

/**
 * Adds the cooperation that lets two municipalities share one on-call service, with the
 * service as a unit of the host.
 */
export function buildOnCallService(
  data: DemoData,
  random: Random,
  spec: OnCallSpec,
  host: BuiltMunicipality,
  member: BuiltMunicipality,
): DemoRow<'unit'> {
  const cooperation = { id: random.uuid(), name: spec.name, kind: 'on_call' as const, host_municipality_id: host.id };
  data.cooperation.push(cooperation);
  data.cooperation_member.push(
    { cooperation_id: cooperation.id, municipality_id: host.id },
    { cooperation_id: cooperation.id, municipality_id: member.id },
  );
  const unit: UnitRow = {
    id: random.uuid(),
    municipality_id: host.id,
    district_id: null,
    cooperation_id: cooperation.id,
    kind: 'on_call_service',
    name: spec.unitName,
    grade_from: null,
    grade_to: null,
  };
  data.unit.push(unit);
  return unit;
}

function total(plans: readonly { count: number }[]): number {
  return plans.reduce((sum, plan) => sum + plan.count, 0);
}

/** "5B" in Norway, "5.b" in Denmark. */
function className(spec: MunicipalitySpec, grade: number, letter: number): string {
  const mark = String.fromCharCode(65 + letter);
  return spec.country === 'DK' ? `${grade}.${mark.toLowerCase()}` : `${grade}${mark}`;
}

/** Stable grouping by district, so network contacts can serve neighbouring units. */
function byDistrict(units: UnitRow[]): UnitRow[] {
  const order = [...new Set(units.map((unit) => unit.district_id))];
  return order.flatMap((district) => units.filter((unit) => unit.district_id === district));
}
