/** Fills a municipality's classes and groups with children, in families with guardians. */
import type { CountryCode } from '../kernel/db/tables.ts';
import type { DemoData, DemoRow } from './data.ts';
import type { IdentityDesk } from './identity.ts';
import { nameLists, type NameLists } from './names.ts';
import type { BuiltMunicipality, Group } from './organisation.ts';
import { birthDateIn, givenName, phoneNumber, slug, streetAddress, type Sex } from './people.ts';
import type { Random } from './random.ts';

type Relation = DemoRow<'child_guardian'>['relation'];

/** Share of families that already have a contact person in child welfare. */
const CONTACT_PERSON_SHARE = 0.05;
/** Children per family in the demo: cumulative shares for one, two, three and four. */
const FAMILY_SIZES = [
  [0.45, 1],
  [0.83, 2],
  [0.96, 3],
  [1, 4],
] as const;
/** Who holds parental responsibility: cumulative shares. */
const GUARDIAN_SETS: readonly (readonly [number, readonly Relation[]])[] = [
  [0.72, ['mother', 'father']],
  [0.76, ['mother', 'other']],
  [0.91, ['mother']],
  [0.97, ['father']],
  [1, ['other']],
];

interface Household {
  data: DemoData;
  random: Random;
  ids: IdentityDesk;
  country: CountryCode;
  lists: NameLists;
  municipalityId: string;
}

/**
 * Seats a child in every place of every class and group. Siblings are drawn from the same
 * district, the way families live near their schools, and share a family and its guardians.
 */
export function populateChildren(
  data: DemoData,
  random: Random,
  ids: IdentityDesk,
  built: BuiltMunicipality,
  contactPeople: readonly DemoRow<'staff'>[],
): void {
  const house: Household = {
    data,
    random,
    ids,
    country: built.spec.country,
    lists: nameLists(built.spec.country),
    municipalityId: built.id,
  };
  for (const seats of seatsByDistrict(built.groups)) {
    const shuffled = random.shuffle(seats);
    for (let next = 0; next < shuffled.length; ) {
      const siblings = shuffled.slice(next, next + cumulativePick(random, FAMILY_SIZES));
      next += siblings.length;
      const hasContact = contactPeople.length > 0 && random.chance(CONTACT_PERSON_SHARE);
      addFamily(house, siblings, hasContact ? random.pick(contactPeople).id : null);
    }
  }
}

function seatsByDistrict(groups: readonly Group[]): Group[][] {
  const pools = new Map<string | null, Group[]>();
  for (const group of groups) {
    const pool = pools.get(group.unit.district_id) ?? [];
    for (let seat = 0; seat < group.size; seat += 1) pool.push(group);
    pools.set(group.unit.district_id, pool);
  }
  return [...pools.values()];
}

function addFamily(house: Household, seats: readonly Group[], contactPersonId: string | null): void {
  const { data, random, lists } = house;
  const familyId = random.uuid();
  data.family.push({ id: familyId, municipality_id: house.municipalityId, contact_person_staff_id: contactPersonId });
  const familyName = random.pick(lists.family);

  const children = seats.map((group) => {
    const sex: Sex = random.chance(0.5) ? 'female' : 'male';
    const birthDate = birthDateIn(random, ...group.born);
    const child: DemoRow<'child'> = {
      id: random.uuid(),
      municipality_id: house.municipalityId,
      family_id: familyId,
      given_name: givenName(random, lists, sex),
      family_name: familyName,
      birth_date: birthDate,
      national_id: house.ids.issue(house.country, birthDate, sex),
      national_id_synthetic: true,
    };
    data.child.push(child);
    data.enrolment.push({ child_id: child.id, unit_id: group.unit.id, grade: group.grade, group_name: group.name });
    return child;
  });

  const oldest = Math.min(...children.map((child) => Number(child.birth_date.slice(0, 4))));
  const home = streetAddress(random, lists);
  // Some parents live apart; the second guardian then has an address of their own.
  const apart = random.chance(0.2);
  cumulativePick(random, GUARDIAN_SETS).forEach((relation, index) => {
    const guardianId = addGuardian(house, {
      sex: guardianSex(random, relation),
      birthYear: oldest - random.int(22, 38),
      familyName: relation === 'mother' && random.chance(0.4) ? random.pick(lists.family) : familyName,
      address: index > 0 && apart ? streetAddress(random, lists) : home,
    });
    for (const child of children) data.child_guardian.push({ child_id: child.id, guardian_id: guardianId, relation });
  });
}

function addGuardian(
  house: Household,
  person: { sex: Sex; birthYear: number; familyName: string; address: string },
): string {
  const { random } = house;
  const given = givenName(random, house.lists, person.sex);
  const birthDate = birthDateIn(random, person.birthYear, person.birthYear);
  const id = random.uuid();
  house.data.guardian.push({
    id,
    given_name: given,
    family_name: person.familyName,
    national_id: house.ids.issue(house.country, birthDate, person.sex),
    national_id_synthetic: true,
    phone: random.chance(0.95) ? phoneNumber(random, house.country) : null,
    email: random.chance(0.8) ? `${slug(given)}.${slug(person.familyName)}${random.int(1, 99)}@post.demo` : null,
    street_address: person.address,
  });
  return id;
}

function guardianSex(random: Random, relation: Relation): Sex {
  if (relation === 'mother') return 'female';
  if (relation === 'father') return 'male';
  return random.chance(0.5) ? 'female' : 'male';
}

/** Picks from a table of [cumulative share, value] rows. */
function cumulativePick<T>(random: Random, table: readonly (readonly [number, T])[]): T {
  const roll = random.next();
  const row = table.find(([share]) => roll < share) ?? table[table.length - 1];
  if (!row) throw new RangeError('Empty table');
  return row[1];
}
