import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import {
  buildDistrict,
  buildEnrolledChild,
  buildMembership,
  buildMunicipality,
  buildStaff,
  buildUnit,
} from '../kernel/testing/register-factories.ts';
import { getMunicipality, getUnit, listMunicipalities } from './service.ts';

const ids = {} as Record<
  'municipality' | 'host' | 'district' | 'school' | 'childWelfare' | 'onCall' | 'teacher' | 'onCallWorker' | 'hostSchool',
  string
>;

function auditEventsFor(db: Db, resourceId: string) {
  return db
    .withTables<AuditTables>()
    .selectFrom('audit_event')
    .select(['action', 'outcome', 'actor_role'])
    .where('resource_id', '=', resourceId)
    .execute();
}

describeEachEngine(
  'organisation service',
  (use) => {
    it('lists the municipalities the role reaches, with their language and counts', async () => {
      const { db } = use();
      const onCall = await listMunicipalities(db, await actor(db, ids.onCallWorker));
      const fjord = onCall.municipalities.find((m) => m.id === ids.municipality);
      expect(fjord).toMatchObject({ name: 'Fjordøy', countryCode: 'NO', locale: 'nn', districtCount: 1, unitCount: 2 });
      expect(onCall.municipalities.find((m) => m.id === ids.host)?.locale).toBe('nb');

      const teacher = await listMunicipalities(db, await actor(db, ids.teacher));
      expect(teacher.municipalities.map((m) => m.name)).toEqual(['Fjordøy']);
    });

    it('places units in their district, shared units apart, and the cooperation with both members', async () => {
      const { db } = use();
      const detail = await getMunicipality(db, await actor(db, ids.teacher), ids.municipality);
      expect(detail.districts).toHaveLength(1);
      expect(detail.districts[0]?.units.map((u) => u.id)).toEqual([ids.school]);
      expect(detail.sharedUnits.map((u) => u.id)).toEqual([ids.childWelfare]);
      const [cooperation] = detail.cooperations;
      expect(cooperation?.hostMunicipality.id).toBe(ids.host);
      expect(cooperation?.members.map((m) => m.name).sort()).toEqual(['Fjordøy', 'Sundvik']);
      expect(cooperation?.units.map((u) => u.id)).toEqual([ids.onCall]);
    });

    it('shows a unit with each person once, all their roles, and group sizes with small counts hidden', async () => {
      const { db } = use();
      const detail = await getUnit(db, await actor(db, ids.teacher), ids.school);
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
      const { db } = use();
      const teacher = await actor(db, ids.teacher);
      await expect(getUnit(db, teacher, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMunicipality(db, teacher, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    });

    it("answers not found outside the role's reach, and audits the refused attempt", async () => {
      const { db } = use();
      const teacher = await actor(db, ids.teacher);
      await expect(getMunicipality(db, teacher, ids.host)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getUnit(db, teacher, ids.hostSchool)).rejects.toBeInstanceOf(NotFoundError);
      expect(await auditEventsFor(db, ids.hostSchool)).toEqual([{ action: 'read', outcome: 'denied', actor_role: 'network_contact' }]);
    });

    it("leaves one audit event for each read of a unit's people", async () => {
      const { db } = use();
      const before = (await auditEventsFor(db, ids.onCall)).length;
      await getUnit(db, await actor(db, ids.onCallWorker), ids.onCall);
      const after = await auditEventsFor(db, ids.onCall);
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toEqual({ action: 'read', outcome: 'allowed', actor_role: 'on_call_worker' });
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
    const onCallWorker = await buildStaff(db, { municipality_id: host.id });
    await buildMembership(db, { staff_id: onCallWorker.id, unit_id: onCall.id, role: 'on_call_worker' });
    const hostSchool = await buildUnit(db, { municipality_id: host.id, kind: 'school' });
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
      onCallWorker: onCallWorker.id,
      hostSchool: hostSchool.id,
    });
  },
);
