import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { activityMinutesByUnitAndMonth } from './index.ts';
import { buildActivity } from './factories.ts';
import type { NewActivity } from './schema.ts';
import { deleteActivity, editActivity, listMyActivities, logActivity, readActivitySums } from './service.ts';

/** Monday 23 November 2026, 10:00 in Norway. */
const NOW = new Date('2026-11-23T09:00:00Z');

/** Elvestad's school with its contact, a second contact, a teacher and the leader; Fjernvik is another municipality. */
async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db, { name: 'Elvestad' });
  const school = await buildUnit(db, { municipality_id: municipality.id, name: 'Elvestad skole' });
  const otherSchool = await buildUnit(db, { municipality_id: municipality.id, name: 'Bakken skole' });
  const far = await buildMunicipality(db, { name: 'Fjernvik' });
  const farUnit = await buildUnit(db, { municipality_id: far.id });
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
  return {
    municipality,
    school,
    otherSchool,
    far,
    child,
    contact: await buildPerson(db, 'network_contact', school),
    otherContact: await buildPerson(db, 'network_contact', school),
    otherSchoolContact: await buildPerson(db, 'network_contact', otherSchool),
    teacher: await buildPerson(db, 'staff', school),
    leader: await buildPerson(db, 'leader', otherSchool),
    farLeader: await buildPerson(db, 'leader', farUnit),
  };
}

function anActivity(unitId: string, fields: Partial<NewActivity> = {}): NewActivity {
  return { unitId, kind: 'parent_meeting', heldOn: '2026-11-20', minutes: 60, people: 4, note: 'Foreldremøte på 5. trinn om skjermbruk.', idempotencyKey: randomUUID(), ...fields };
}

describeEachEngine('the activity log', (use) => {
  it('logs an activity at a unit the contact serves, and a retry answers the first entry without logging again', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const contact = await actor(db, w.contact);
    const input = anActivity(w.school.id);
    const first = await logActivity(db, contact, input, { now: NOW });
    expect(first).toMatchObject({ created: true, activity: { unit: { id: w.school.id, name: 'Elvestad skole' }, kind: 'parent_meeting', minutes: 60, people: 4, version: 1 } });
    const retry = await logActivity(db, contact, { ...input, minutes: 90 }, { now: NOW });
    expect(retry).toEqual({ created: false, activity: first.activity });
    expect((await listMyActivities(db, contact)).activities).toEqual([first.activity]);
    // Each attempt left one audit event, naming the entry.
    const audit = await db.withTables<AuditTables>().selectFrom('audit_event').select(['action', 'outcome']).where('resource_id', '=', first.activity.id).execute();
    expect(audit).toEqual([
      { action: 'create', outcome: 'allowed' },
      { action: 'create', outcome: 'allowed' },
    ]);
  });

  it('refuses a teacher, and a contact at a unit they do not serve, as if the unit were not there', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await expect(logActivity(db, await actor(db, w.teacher), anActivity(w.school.id), { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(logActivity(db, await actor(db, w.otherSchoolContact), anActivity(w.school.id), { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.selectFrom('activity_entry').selectAll().where('unit_id', '=', w.school.id).execute()).toEqual([]);
  });

  it.each([
    ['a name in the unit register', 'name', (child: { given_name: string; family_name: string }) => `Møte med foreldrene til ${child.given_name} ${child.family_name}.`],
    ['a phone number', 'phone', () => 'Ring mor på 912 34 567 etter møtet.'],
  ])('refuses a note with %s (400, its spans but not its text) and stores nothing', async (_name, kind, note) => {
    const { db } = use();
    const w = await buildWorld(db);
    const text = note(w.child);
    const refused = logActivity(db, await actor(db, w.contact), anActivity(w.school.id, { note: text }), { now: NOW });
    await expect(refused).rejects.toMatchObject({ status: 400, code: 'identifying_note', details: { findings: expect.arrayContaining([expect.objectContaining({ kind })]) } });
    expect(JSON.stringify((await refused.catch((error: unknown) => error)) as object)).not.toContain(text);
    expect(await db.selectFrom('activity_entry').selectAll().where('unit_id', '=', w.school.id).execute()).toEqual([]);
  });

  it.each([
    ['tomorrow', '2026-11-24', 'in_future'],
    ['more than a year back', '2025-11-22', 'too_old'],
  ])('refuses a day %s', async (_name, heldOn, code) => {
    const { db } = use();
    const w = await buildWorld(db);
    await expect(logActivity(db, await actor(db, w.contact), anActivity(w.school.id, { heldOn }), { now: NOW })).rejects.toMatchObject({
      status: 400,
      details: { issues: [{ path: 'body/heldOn', code }] },
    });
  });

  it("keeps a contact's entries their own: another contact at the same unit neither lists, edits nor deletes them", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { activity } = await logActivity(db, await actor(db, w.contact), anActivity(w.school.id), { now: NOW });
    const other = await actor(db, w.otherContact);
    expect((await listMyActivities(db, other)).activities).toEqual([]);
    await expect(editActivity(db, other, activity.id, { ...anActivity(w.school.id), version: 1 }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteActivity(db, other, activity.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMyActivities(db, await actor(db, w.contact))).activities).toEqual([activity]);
  });

  it('edits and deletes at the version read; a stale version answers 409 and changes nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const contact = await actor(db, w.contact);
    const { activity } = await logActivity(db, contact, anActivity(w.school.id), { now: NOW });
    const edited = await editActivity(db, contact, activity.id, { ...anActivity(w.school.id), kind: 'outreach', minutes: 30, note: '', version: 1 }, { now: NOW });
    expect(edited).toMatchObject({ kind: 'outreach', minutes: 30, note: '', version: 2 });
    await expect(editActivity(db, contact, activity.id, { ...anActivity(w.school.id), minutes: 45, version: 1 }, { now: NOW })).rejects.toMatchObject({ status: 409, code: 'conflict' });
    await expect(deleteActivity(db, contact, activity.id, 1)).rejects.toMatchObject({ status: 409 });
    expect((await listMyActivities(db, contact)).activities).toEqual([edited]);
    await deleteActivity(db, contact, activity.id, 2);
    expect((await listMyActivities(db, contact)).activities).toEqual([]);
  });

  it('moves an entry only to a unit the contact serves', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const contact = await actor(db, w.contact);
    const { activity } = await logActivity(db, contact, anActivity(w.school.id), { now: NOW });
    await expect(editActivity(db, contact, activity.id, { ...anActivity(w.otherSchool.id), version: 1 }, { now: NOW })).rejects.toMatchObject({
      status: 400,
      details: { issues: [{ path: 'body/unitId', code: 'not_served' }] },
    });
  });

  it("gives the leader the municipality's sums with fewer than five sessions hidden, and no one else", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const entry = (unitId: string, held_on: string, minutes: number) => buildActivity(db, { municipality_id: w.municipality.id, unit_id: unitId, contact_staff_id: w.contact, kind: 'outreach', held_on, minutes });
    for (const minutes of [30, 30, 45, 60, 90]) await entry(w.school.id, '2026-11-02', minutes);
    for (const minutes of [30, 60]) await entry(w.otherSchool.id, '2026-11-05', minutes);
    // Outside the range asked for.
    await entry(w.school.id, '2026-09-30', 600);
    const range = { from: '2026-10-01', to: '2026-11-30' };
    const sums = await readActivitySums(db, await actor(db, w.leader), w.municipality.id, range);
    expect(sums.units.map((u) => u.name)).toEqual(['Bakken skole', 'Elvestad skole']);
    expect(sums.sums).toEqual(
      expect.arrayContaining([
        { unitId: w.school.id, month: '2026-11', kind: 'outreach', sessions: 5, minutes: 255 },
        { unitId: w.otherSchool.id, month: '2026-11', kind: 'outreach', sessions: null, minutes: null },
      ]),
    );
    expect(sums.sums).toHaveLength(2);
    await expect(readActivitySums(db, await actor(db, w.farLeader), w.municipality.id, range)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readActivitySums(db, await actor(db, w.contact), w.municipality.id, range)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sums for another capability inside its own transaction, by month and kind, hiding small counts', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const entry = (kind: 'staff_guidance' | 'classroom_session', held_on: string) =>
      buildActivity(db, { municipality_id: w.municipality.id, unit_id: w.school.id, contact_staff_id: w.contact, kind, held_on, minutes: 40 });
    for (const day of ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05']) await entry('staff_guidance', day);
    await entry('classroom_session', '2026-10-12');
    const sums = await db.transaction().execute((trx) => activityMinutesByUnitAndMonth(trx, [w.school.id], { from: '2026-10-01', to: '2026-11-30' }));
    expect(sums).toEqual([
      { unitId: w.school.id, month: '2026-10', kind: 'classroom_session', sessions: null, minutes: null },
      { unitId: w.school.id, month: '2026-10', kind: 'staff_guidance', sessions: 5, minutes: 200 },
      { unitId: w.school.id, month: '2026-11', kind: 'staff_guidance', sessions: null, minutes: null },
    ]);
    expect(await db.transaction().execute((trx) => activityMinutesByUnitAndMonth(trx, [], { from: '2026-10-01', to: '2026-11-30' }))).toEqual([]);
  });
});
