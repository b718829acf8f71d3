/** The consultation routes' answers over HTTP: status codes and the error bodies the web translates. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { consultations } from './index.ts';

describeEachEngine('consultation routes', (use, engine) => {
  let app: FastifyInstance;
  const ids = {} as Record<'school' | 'contact' | 'teacher', string>;
  const NAME = 'Solbakken';

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    await db.updateTable('child').set({ family_name: NAME }).where('id', '=', child.id).execute();
    const person = async (role: 'network_contact' | 'staff') => {
      const staff = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: staff.id, unit_id: school.id, role });
      return staff.id;
    };
    Object.assign(ids, { school: school.id, contact: await person('network_contact'), teacher: await person('staff') });
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [consultations] });
  });
  afterAll(() => app?.close());

  const as = (staffId: string, method: 'GET' | 'POST', url: string, payload?: object) => injectAs(app, use().db, staffId, { method, url, payload });

  const body = (fields: object = {}) => ({
    mode: 'anonymous',
    childId: null,
    groupLabel: null,
    category: 'behaviour',
    // The server dates by its own clock: a consultation may not be dated after its today, nor a year before.
    heldOn: TEST_TODAY,
    description: 'En elev på 4. trinn slår andre i friminuttene.',
    advice: '',
    outcome: 'referred_ppt',
    followUps: [],
    idempotencyKey: 'route-test-key-1',
    ...fields,
  });

  it('answers identifying text with 400, the field and span but never the text, and records nothing', async () => {
    const description = `Vi er bekymret for ${NAME}.`;
    const response = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, body({ description, idempotencyKey: 'route-test-key-0' }));
    expect(response.statusCode).toBe(400);
    const start = description.indexOf(NAME);
    expect(response.json()).toMatchObject({ code: 'identifying_text', findings: [{ field: 'description', kind: 'name', start, end: start + NAME.length }] });
    expect(response.body).not.toContain(NAME);
    const list = await as(ids.contact, 'GET', `/api/units/${ids.school}/consultations`);
    expect(list.json()).toEqual({ consultations: [] });
  });

  it('refuses a consultation dated after today or a follow-up due before it with 400 and the field, recording nothing', async () => {
    const today = TEST_TODAY;
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const future = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, body({ heldOn: nextYear, idempotencyKey: 'route-test-future' }));
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'body/heldOn', code: 'held_in_future' }] });
    const followUps = [{ text: 'Ringe helsesykepleier', ownerStaffId: ids.contact, dueOn: '2001-01-01' }];
    const pastDue = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, body({ followUps, idempotencyKey: 'route-test-past-due' }));
    expect(pastDue.statusCode).toBe(400);
    expect(pastDue.json()).toMatchObject({ issues: [{ path: 'body/followUps/0/dueOn', code: 'due_in_past' }] });
    const list = await as(ids.contact, 'GET', `/api/units/${ids.school}/consultations`);
    expect(list.json()).toEqual({ consultations: [] });
  });

  it('creates with 201, answers a retry with 200 and the same record, and refuses a teacher the list', async () => {
    const first = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, body());
    const retry = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, body());
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json()).toEqual(first.json());
    expect((await as(ids.teacher, 'GET', `/api/units/${ids.school}/consultations`)).statusCode).toBe(403);
    const list = await as(ids.contact, 'GET', `/api/units/${ids.school}/consultations`);
    expect(list.json().consultations).toHaveLength(1);
  });
});
