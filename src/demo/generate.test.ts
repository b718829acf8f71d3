import { describe, expect, it } from 'vitest';
import { readCpr } from '../kernel/national-id/danish.ts';
import { readNorwegianId } from '../kernel/national-id/norwegian.ts';
import { roleSchema } from '../organisation/schema.ts';
import { DEMO_TABLES, type DemoData } from './data.ts';
import { generateDemo } from './generate.ts';
import { demoLoginPeople } from './logins.ts';
import { birthYearOfGrade, CLASS_SIZE, municipalitySpecs, SCHOOL_YEAR } from './profiles.ts';

const data = generateDemo({ seed: 1, scale: 'default' });
const byCode = (code: string) => {
  const municipality = data.municipality.find((m) => m.code === code);
  if (!municipality) throw new Error(`no municipality ${code}`);
  return municipality;
};
const elvestad = byCode('3199');
const vesterhav = byCode('899');
const unitById = new Map(data.unit.map((unit) => [unit.id, unit]));
const unitOf = (id: string) => {
  const unit = unitById.get(id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
};
const unitsOf = (data: DemoData, municipalityId: string, kind: string) =>
  data.unit.filter((unit) => unit.municipality_id === municipalityId && unit.kind === kind);
const pupilsOf = (data: DemoData, municipalityId: string) => {
  const schools = new Set(unitsOf(data, municipalityId, 'school').map((unit) => unit.id));
  return data.enrolment.filter((enrolment) => schools.has(enrolment.unit_id));
};

describe('generateDemo', () => {
  it('gives the same bytes for the same seed and other people for another seed', () => {
    expect(JSON.stringify(generateDemo({ seed: 1, scale: 'default' }))).toBe(JSON.stringify(data));
    const other = generateDemo({ seed: 2, scale: 'default' });
    expect(other.municipality[0]?.id).not.toBe(data.municipality[0]?.id);
    const firstNames = (d: DemoData) => d.child.slice(0, 20).map((c) => c.given_name);
    expect(firstNames(other)).not.toEqual(firstNames(data));
  });

  it('builds a Sarpsborg-sized town with three districts, each with a family centre', () => {
    expect(data.municipality.map((m) => m.name)).toEqual(['Elvestad', 'Fjordøy', 'Sundvik', 'Vesterhav']);
    expect(data.district.filter((d) => d.municipality_id === elvestad.id).map((d) => d.compass).sort()).toEqual([
      'centre',
      'east',
      'west',
    ]);
    expect(unitsOf(data, elvestad.id, 'family_centre').every((unit) => unit.district_id !== null)).toBe(true);
    expect(unitsOf(data, elvestad.id, 'family_centre')).toHaveLength(3);
    expect(unitsOf(data, elvestad.id, 'school').length).toBeGreaterThanOrEqual(18);
    expect(unitsOf(data, elvestad.id, 'school').length).toBeLessThanOrEqual(22);
    expect(unitsOf(data, elvestad.id, 'kindergarten').length).toBeGreaterThanOrEqual(25);
    expect(pupilsOf(data, elvestad.id).length).toBeGreaterThan(7_000);
    expect(pupilsOf(data, elvestad.id).length).toBeLessThan(9_000);
    for (const municipality of data.municipality) {
      expect(unitsOf(data, municipality.id, 'child_welfare')).toHaveLength(1);
      expect(unitsOf(data, municipality.id, 'ppt')).toHaveLength(1);
    }
  });

  it('keeps every id unique and shaped like a UUID', () => {
    const ids = DEMO_TABLES.flatMap((table) => data[table].flatMap((row) => ('id' in row ? [row.id] : [])));
    expect(new Set(ids).size).toBe(ids.length);
    const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.filter((id) => !uuidV4.test(id))).toEqual([]);
  });

  it('seats each child once, school children in a grade their school teaches and born the right year', () => {
    expect(data.enrolment).toHaveLength(data.child.length);
    const children = new Map(data.child.map((child) => [child.id, child]));
    const misfits = data.enrolment.filter((enrolment) => {
      const unit = unitOf(enrolment.unit_id);
      const child = children.get(enrolment.child_id);
      const country = unit.municipality_id === vesterhav.id ? 'DK' : 'NO';
      const born = Number(child?.birth_date.slice(0, 4));
      if (child?.municipality_id !== unit.municipality_id) return true;
      if (unit.kind !== 'school') {
        const early = unit.kind === 'kindergarten' || unit.kind === 'day_care';
        const tooYoung = child.birth_date > `${SCHOOL_YEAR - 1}-08-31`;
        return !early || enrolment.grade !== null || born < SCHOOL_YEAR - 5 || tooYoung;
      }
      const grade = enrolment.grade ?? NaN;
      return (
        !(grade >= (unit.grade_from ?? NaN) && grade <= (unit.grade_to ?? NaN)) ||
        born !== birthYearOfGrade(country, grade) ||
        !(country === 'DK' ? /^\d\.[a-z]$/ : /^\d{1,2}[A-Z]$/).test(enrolment.group_name)
      );
    });
    expect(misfits).toEqual([]);
  });

  it('gives every child a family and one or two guardians shared with siblings', () => {
    const guardiansOf = new Map<string, string[]>();
    for (const link of data.child_guardian) {
      guardiansOf.set(link.child_id, [...(guardiansOf.get(link.child_id) ?? []), link.guardian_id]);
    }
    const families = new Set(data.family.map((family) => family.id));
    const guardiansByFamily = new Map<string, string>();
    const misfits = data.child.filter((child) => {
      const guardians = (guardiansOf.get(child.id) ?? []).sort().join();
      const family = child.family_id ?? '';
      const sameAsSiblings = (guardiansByFamily.get(family) ?? guardians) === guardians;
      guardiansByFamily.set(family, guardians);
      const count = guardiansOf.get(child.id)?.length ?? 0;
      return count < 1 || count > 2 || !families.has(family) || !sameAsSiblings;
    });
    expect(misfits).toEqual([]);
    // Siblings share a family, so there are clearly fewer families than children.
    expect(families.size).toBeLessThan(data.child.length * 0.75);
  });

  it('gives about one family in twenty a contact person from child welfare in its municipality', () => {
    const share = data.family.filter((family) => family.contact_person_staff_id !== null).length / data.family.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.07);
    const staff = new Map(data.staff.map((s) => [s.id, s]));
    for (const family of data.family.filter((f) => f.contact_person_staff_id)) {
      expect(staff.get(family.contact_person_staff_id ?? '')?.municipality_id).toBe(family.municipality_id);
    }
  });

  it('gives every child and guardian a unique synthetic number of its country that matches the birth date', () => {
    const people = [...data.child, ...data.guardian];
    expect(new Set(people.map((p) => p.national_id)).size).toBe(people.length);
    const childrenOf = new Map(data.child.map((c) => [c.id, c]));
    const countryOfGuardian = new Map(
      data.child_guardian.map((link) => {
        const danish = childrenOf.get(link.child_id)?.municipality_id === vesterhav.id;
        return [link.guardian_id, danish ? 'DK' : 'NO'];
      }),
    );
    const readChild = (child: DemoData['child'][number]) =>
      child.municipality_id === vesterhav.id ? readCpr(child.national_id) : readNorwegianId(child.national_id);
    const childMisfits = data.child.filter((child) => {
      const facts = readChild(child);
      return !child.national_id_synthetic || !facts?.synthetic || facts.birthDate !== child.birth_date;
    });
    expect(childMisfits).toEqual([]);
    const guardianMisfits = data.guardian.filter((guardian) => {
      const id = guardian.national_id ?? '';
      const facts = countryOfGuardian.get(guardian.id) === 'DK' ? readCpr(id) : readNorwegianId(id);
      return !guardian.national_id_synthetic || !facts?.synthetic;
    });
    expect(guardianMisfits).toEqual([]);
    const danishChildren = data.child.filter((c) => c.municipality_id === vesterhav.id);
    expect(danishChildren.filter((c) => !/^\d{10}$/.test(c.national_id))).toEqual([]);
  });

  it('lets the two small municipalities share one on-call service hosted by the nynorsk one', () => {
    const [fjordoy, sundvik] = [byCode('4698'), byCode('4699')];
    expect(fjordoy.default_locale).toBe('nn');
    expect(data.cooperation).toEqual([
      expect.objectContaining({ kind: 'on_call', host_municipality_id: fjordoy.id }),
    ]);
    expect(data.cooperation_member.map((m) => m.municipality_id).sort()).toEqual([fjordoy.id, sundvik.id].sort());
    const onCall = data.unit.filter((unit) => unit.kind === 'on_call_service');
    expect(onCall).toEqual([
      expect.objectContaining({ cooperation_id: data.cooperation[0]?.id, municipality_id: fjordoy.id }),
    ]);
    const workers = data.membership.filter((m) => m.unit_id === onCall[0]?.id && m.role === 'on_call_worker');
    const employers = new Set(workers.map((m) => data.staff.find((s) => s.id === m.staff_id)?.municipality_id));
    expect(employers).toEqual(new Set([fjordoy.id, sundvik.id]));
  });

  it('has one demo login per role in every municipality, holding that role', () => {
    const logins = demoLoginPeople(data);
    for (const municipality of data.municipality) {
      const theirs = logins.filter((login) => login.municipality === municipality.name);
      expect(theirs.map((login) => login.role)).toEqual(roleSchema.options);
    }
    expect(logins.map((l) => l.email)).toContain('demo.network_contact@vesterhav.demo');
    const elvestadStaff = logins.find((l) => l.role === 'staff' && l.municipality === 'Elvestad');
    expect(elvestadStaff?.email).toBe('demo.staff@elvestad.demo');
    for (const login of logins) {
      const staff = data.staff.find((s) => s.email === login.email);
      expect(staff?.external_subject).toBe(login.email);
      expect(data.membership.some((m) => m.staff_id === staff?.id && m.role === login.role)).toBe(true);
    }
  });

  it('employs synthetic staff at .demo addresses and a network contact for every school and kindergarten', () => {
    const odd = data.staff.filter((s) => !s.synthetic || !s.email.endsWith('.demo') || s.external_subject !== s.email);
    expect(odd).toEqual([]);
    expect(new Set(data.staff.map((s) => s.email)).size).toBe(data.staff.length);
    const childUnits = data.unit.filter((unit) => ['school', 'kindergarten', 'day_care'].includes(unit.kind));
    const contacts = data.membership.filter(
      (m) => m.role === 'network_contact' && unitOf(m.unit_id).kind !== 'child_welfare',
    );
    expect(new Set(contacts.map((m) => m.unit_id)).size).toBe(childUnits.length);
    const load = new Map<string, number>();
    for (const m of contacts) load.set(m.staff_id, (load.get(m.staff_id) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(5);
    for (const unit of childUnits) {
      expect(data.membership.filter((m) => m.unit_id === unit.id && m.role === 'unit_leader')).toHaveLength(1);
    }
  });

  it("seats a team at each demo unit leader's school (family centre where there is one), each member where their role belongs", () => {
    for (const municipality of data.municipality) {
      const leader = data.staff.find((s) => s.municipality_id === municipality.id && s.email.startsWith('demo.unit_leader@'));
      const school = data.membership.find((m) => m.staff_id === leader?.id && m.role === 'unit_leader')?.unit_id;
      const team = data.team_member.filter((m) => m.unit_id === school);
      const hasFamilyCentre = unitsOf(data, municipality.id, 'family_centre').length > 0;
      expect(team.map((m) => m.role_in_team).sort()).toEqual(
        hasFamilyCentre ? ['child_welfare', 'family_centre', 'leader', 'ppt'] : ['child_welfare', 'leader', 'ppt'],
      );
      for (const member of team.filter((m) => m.role_in_team !== 'leader')) {
        const kinds = data.membership.filter((m) => m.staff_id === member.staff_id).map((m) => unitOf(m.unit_id).kind);
        expect(kinds).toContain(member.role_in_team);
      }
    }
  });

  // Generating the Oslo scale takes seconds; the plan it follows is checked instead.
  it('plans an Oslo-sized town on the oslo scale', () => {
    const [town] = municipalitySpecs('oslo');
    const mean = ([low, high]: readonly [number, number]) => (low + high) / 2;
    const pupils = (town?.schools ?? []).reduce(
      (sum, plan) =>
        sum + plan.count * (plan.gradeTo - plan.gradeFrom + 1) * mean(plan.classesPerGrade) * mean(CLASS_SIZE),
      0,
    );
    expect(pupils).toBeGreaterThan(80_000);
    expect(pupils).toBeLessThan(100_000);
    expect(town?.districts.map((district) => district.compass)).toEqual(['east', 'west', 'centre', 'north', 'south']);
    expect(town?.schools.reduce((sum, plan) => sum + plan.count, 0)).toBe(200);
    expect(town?.earlyYears.reduce((sum, plan) => sum + plan.count, 0)).toBe(700);
  });
});
