import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { NotFoundError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import {
  buildDistrict,
  buildEnrolledChild,
  buildMembership,
  buildMunicipality,
  buildStaff,
  buildUnit,
} from './factories.ts';
import { getMunicipality, getUnit, listMunicipalities } from './service.ts';

const ids = {} as Record<'municipality' | 'host' | 'district' | 'school' | 'childWelfare' | 'onCall' | 'teacher', string>;

describeEachEngine(
  'organisation service',
  (use) => {
    it('lists municipalities with their country language and counts', async () => {
      const { municipalities } = await listMunicipalities(use().db);
      const fjord = municipalities.find((m) => m.id === ids.municipality);
      expect(fjord).toMatchObject({ name: 'Fjordøy', countryCode: 'NO', locale: 'nn', districtCount: 1, unitCount: 2 });
      expect(municipalities.find((m) => m.id === ids.host)?.locale).toBe('nb');
    });

    it('places units in their district, shared units apart, and the cooperation with both members', async () => {
      const detail = await getMunicipality(use().db, ids.municipality);
      expect(detail.districts).toHaveLength(1);
      expect(detail.districts[0]?.units.map((u) => u.id)).toEqual([ids.school]);
      expect(detail.sharedUnits.map((u) => u.id)).toEqual([ids.childWelfare]);
      const [cooperation] = detail.cooperations;
      expect(cooperation?.hostMunicipality.id).toBe(ids.host);
      expect(cooperation?.members.map((m) => m.name).sort()).toEqual(['Fjordøy', 'Sundvik']);
      expect(cooperation?.units.map((u) => u.id)).toEqual([ids.onCall]);
    });

    it('shows a unit with each person once, all their roles, and group sizes with small counts hidden', async () => {
      const detail = await getUnit(use().db, ids.school);
      expect(detail.unit).toMatchObject({ kind: 'school', gradeFrom: 1, gradeTo: 7, staffCount: 1, childCount: 7 });
      expect(detail.unit.district?.id).toBe(ids.district);
      expect(detail.people).toEqual([
        expect.objectContaining({ id: ids.teacher, roles: ['network_contact', 'staff'] }),
      ]);
      expect(detail.groups).toEqual([
        { name: '1A', grade: 1, childCount: null },
        { name: '4A', grade: 4, childCount: 5 },
      ]);
    });

    it('answers not found for an unknown unit or municipality', async () => {
      await expect(getUnit(use().db, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMunicipality(use().db, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    });
  },
  async ({ db }) => {
    const host = await buildMunicipality(db, { name: 'Sundvik' });
    const fjord = await buildMunicipality(db, { name: 'Fjordøy', default_locale: 'nn' });
    const district = await buildDistrict(db, { municipality_id: fjord.id });
    const school = await buildUnit(db, { municipality_id: fjord.id, district_id: district.id, kind: 'school' });
    const childWelfare = await buildUnit(db, { municipality_id: fjord.id, kind: 'child_welfare' });
    const cooperation = await db
      .insertInto('cooperation')
      .values({ name: 'Barnevernsvakta', kind: 'on_call', host_municipality_id: host.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await db
      .insertInto('cooperation_member')
      .values([
        { cooperation_id: cooperation.id, municipality_id: host.id },
        { cooperation_id: cooperation.id, municipality_id: fjord.id },
      ])
      .execute();
    const onCall = await buildUnit(db, { municipality_id: host.id, kind: 'on_call_service', cooperation_id: cooperation.id });
    const teacher = await buildStaff(db, { municipality_id: fjord.id });
    await buildMembership(db, { staff_id: teacher.id, unit_id: school.id, role: 'staff' });
    await buildMembership(db, { staff_id: teacher.id, unit_id: school.id, role: 'network_contact' });
    for (let i = 0; i < 5; i++) await buildEnrolledChild(db, { municipality_id: fjord.id, unit_id: school.id });
    for (let i = 0; i < 2; i++) {
      await buildEnrolledChild(db, { municipality_id: fjord.id, unit_id: school.id, group_name: '1A', grade: 1 });
    }
    Object.assign(ids, {
      municipality: fjord.id,
      host: host.id,
      district: district.id,
      school: school.id,
      childWelfare: childWelfare.id,
      onCall: onCall.id,
      teacher: teacher.id,
    });
  },
);
