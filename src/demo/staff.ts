/** Employs the people of a municipality and gives them their roles through memberships. */
import type { Role } from '../kernel/db/tables.ts';
import type { DemoData, DemoRow } from './data.ts';
import { demoEmail } from './logins.ts';
import { nameLists } from './names.ts';
import type { BuiltMunicipality } from './organisation.ts';
import { givenName, phoneNumber, slug } from './people.ts';
import type { MunicipalitySpec } from './profiles.ts';
import type { Random } from './random.ts';

type UnitRow = DemoRow<'unit'>;
type StaffRow = DemoRow<'staff'>;

export interface StaffDesk {
  /**
   * Employs a new person with a membership of the unit. The first person hired for each role
   * in a municipality is its demo login, `demo.<role>@<municipality>.demo`, so a demo always
   * has one predictable person per role.
   */
  hire(unit: UnitRow, role: Role): StaffRow;
  /** Gives an employed person one more membership. */
  join(staff: StaffRow, unit: UnitRow, role: Role): void;
}

/** One desk per municipality: it knows which roles already have their demo person. */
export function createStaffDesk(
  data: DemoData,
  random: Random,
  spec: MunicipalitySpec,
  municipalityId: string,
): StaffDesk {
  const lists = nameLists(spec.country);
  const rolesWithDemo = new Set<Role>();
  const usedLocalParts = new Map<string, number>();

  const ordinaryEmail = (given: string, family: string) => {
    const base = `${slug(given)}.${slug(family)}`;
    const seen = (usedLocalParts.get(base) ?? 0) + 1;
    usedLocalParts.set(base, seen);
    return `${seen === 1 ? base : `${base}.${seen}`}@${spec.key}.demo`;
  };

  const join: StaffDesk['join'] = (staff, unit, role) => {
    data.membership.push({ id: random.uuid(), staff_id: staff.id, unit_id: unit.id, role });
  };

  return {
    hire(unit, role) {
      const given = givenName(random, lists, random.chance(0.7) ? 'female' : 'male');
      const family = random.pick(lists.family);
      const demo = !rolesWithDemo.has(role);
      rolesWithDemo.add(role);
      const email = demo ? demoEmail(role, spec.key) : ordinaryEmail(given, family);
      const staff: StaffRow = {
        id: random.uuid(),
        municipality_id: municipalityId,
        given_name: given,
        family_name: family,
        email,
        phone: phoneNumber(random, spec.country),
        // A development identity provider can then log anyone in by address.
        external_subject: email,
        synthetic: true,
      };
      data.staff.push(staff);
      join(staff, unit, role);
      return staff;
    },
    join,
  };
}

/**
 * Staffs every unit of a municipality and places network contacts in its schools and
 * kindergartens. Returns the child welfare workers who may be a family's contact person.
 */
export function staffMunicipality(random: Random, desk: StaffDesk, built: BuiltMunicipality): StaffRow[] {
  const { spec, childWelfare } = built;
  desk.hire(childWelfare, 'leader');
  desk.hire(childWelfare, 'administrator');
  const caseWorkers = times(spec.staffing.intakeWorkers, () => desk.hire(childWelfare, 'intake_worker'));
  times(spec.staffing.eveningTeam, () => desk.hire(childWelfare, 'on_call_worker'));

  const groupsPerUnit = new Map<string, number>();
  for (const group of built.groups) groupsPerUnit.set(group.unit.id, (groupsPerUnit.get(group.unit.id) ?? 0) + 1);
  for (const unit of built.childUnits) {
    desk.hire(unit, 'unit_leader');
    // Several teachers per school, growing with its classes; a few staff per kindergarten.
    const staffCount =
      unit.kind === 'school' ? Math.min(12, 3 + Math.floor((groupsPerUnit.get(unit.id) ?? 0) / 4)) : random.int(2, 4);
    times(staffCount, () => desk.hire(unit, 'staff'));
  }

  for (const unit of built.partnerUnits) {
    const partners = unit.kind === 'ppt' ? spec.staffing.pptPartners : random.int(3, 5);
    times(partners, () => desk.hire(unit, 'partner'));
  }

  const networkContacts = servedUnits(random, built.childUnits).map((units) => {
    const contact = desk.hire(childWelfare, 'network_contact');
    for (const unit of units) desk.join(contact, unit, 'network_contact');
    return contact;
  });
  return [...networkContacts, ...caseWorkers];
}

/** Splits the units into runs of three to five within one district: one network contact each. */
function servedUnits(random: Random, units: UnitRow[]): UnitRow[][] {
  const runs: UnitRow[][] = [];
  let current: UnitRow[] = [];
  let wanted = random.int(3, 5);
  for (const unit of units) {
    const previous = current[current.length - 1];
    if (current.length === wanted || (previous && previous.district_id !== unit.district_id)) {
      runs.push(current);
      current = [];
      wanted = random.int(3, 5);
    }
    current.push(unit);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function times<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}
