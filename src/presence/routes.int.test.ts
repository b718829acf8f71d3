/** The presence routes' answers over HTTP: status codes and the error bodies the web translates. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, localDate } from '../time/dates.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { buildConsultationHour } from './factories.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { presence } from './index.ts';

describeEachEngine('presence routes', (use, engine) => {
  let app: FastifyInstance;
  const ids = {} as Record<'schoolA' | 'schoolB' | 'contact' | 'teacher' | 'leader' | 'hour', string>;

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const schoolA = await buildUnit(db, { municipality_id: municipality.id });
    const schoolB = await buildUnit(db, { municipality_id: municipality.id });
    const person = (role: 'network_contact' | 'staff' | 'leader') => buildPerson(db, role, schoolA);
    const today = TEST_TODAY;
    Object.assign(ids, { schoolA: schoolA.id, schoolB: schoolB.id, contact: await person('network_contact') });
    ids.teacher = await person('staff');
    ids.leader = await person('leader');
    ids.hour = (
      await buildConsultationHour(db, {
        unit_id: schoolA.id,
        contact_staff_id: ids.contact,
        weekday: 3,
        from_date: today,
        to_date: addDays(today, 365),
      })
    ).id;
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [presence] });
  });
  afterAll(() => app?.close());

  const as = (staffId: string, method: 'GET' | 'POST', url: string, payload?: object, language?: string) =>
    injectAs(app, use().db, staffId, { method, url, payload, headers: language ? { 'accept-language': language } : {} });

  it('answers a clash with 409 naming date, unit and times, and a bad hour with per-field codes', async () => {
    const clash = await as(ids.leader, 'POST', `/api/units/${ids.schoolB}/consultation-hours`, {
      contactStaffId: ids.contact,
      weekday: 3,
      start: '14:00',
      end: '15:00',
      slotMinutes: 30,
      from: TEST_TODAY,
      to: addDays(TEST_TODAY, 60),
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      code: 'clash',
      clash: { existing: { unitId: ids.schoolA, start: '12:00', end: '14:00' }, proposed: { start: '14:00', end: '15:00' }, travelMinutes: 30 },
    });

    const bad = await as(ids.leader, 'POST', `/api/units/${ids.schoolB}/consultation-hours`, {
      contactStaffId: ids.contact,
      weekday: 3,
      start: '25:00',
      end: '15:00',
      slotMinutes: 30,
      from: '2027-01-01',
      to: '2027-06-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'body/start', code: 'bad_time' }] });
  });

  it('refuses an hour running to 9999-12-31 at once with a translated 400, and one spanning more than two school years', async () => {
    const hour = { contactStaffId: ids.contact, weekday: 2, start: '09:00', end: '10:00', slotMinutes: 30, from: '2027-01-01' };
    const started = Date.now();
    const endless = await as(ids.leader, 'POST', `/api/units/${ids.schoolB}/consultation-hours`, { ...hour, to: '9999-12-31' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(endless.statusCode).toBe(400);
    expect(endless.json()).toEqual({
      code: 'validation_failed',
      message: 'Datoen må ligge mellom år 2000 og 2100.',
      issues: [{ path: 'body/to', code: 'date_out_of_range' }],
    });
    const long = await as(ids.leader, 'POST', `/api/units/${ids.schoolB}/consultation-hours`, { ...hour, to: '2029-01-02' }, 'en-GB,en;q=0.8');
    expect(long.json()).toEqual({
      code: 'validation_failed',
      message: 'The period is too long. Choose a shorter one.',
      issues: [{ path: 'body/to', code: 'range_too_long' }],
    });
    const unreal = await as(ids.leader, 'POST', `/api/units/${ids.schoolB}/consultation-hours`, { ...hour, to: '2027-02-29' }, 'da');
    expect(unreal.json()).toMatchObject({ message: 'Datoen findes ikke. Skriv en dato som 2026-08-17.', issues: [{ path: 'body/to', code: 'not_a_date' }] });
  });

  it('books a free slot (201), replays a retry (200), refuses the taken slot (409) and an identifying purpose (400)', async () => {
    const listed = await as(ids.teacher, 'GET', `/api/units/${ids.schoolA}/consultation-hours?limit=2`);
    expect(listed.statusCode).toBe(200);
    const [slot] = (listed.json() as { freeSlots: { date: string; start: string }[] }).freeSlots;
    const body = { consultationHourId: ids.hour, date: slot!.date, start: slot!.start, topic: 'behaviour', purpose: 'Uro i en gruppe på 5. trinn' };

    const first = await as(ids.teacher, 'POST', '/api/bookings', { ...body, idempotencyKey: 'route-test-key-1' });
    expect(first.statusCode).toBe(201);
    const retry = await as(ids.teacher, 'POST', '/api/bookings', { ...body, idempotencyKey: 'route-test-key-1' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const taken = await as(ids.leader, 'POST', '/api/bookings', body);
    expect(taken.statusCode).toBe(403); // a leader plans, but does not book
    const second = await as(ids.teacher, 'POST', '/api/bookings', body);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'slot_taken' });

    const purpose = 'Send svar til far@example.no';
    const identifying = await as(ids.teacher, 'POST', '/api/bookings', { ...body, purpose });
    expect(identifying.statusCode).toBe(400);
    expect(identifying.json()).toMatchObject({
      code: 'identifying_purpose',
      findings: [{ kind: 'email', start: purpose.indexOf('far@'), end: purpose.length }],
    });
    expect(identifying.body).not.toContain('example');

    const mine = await as(ids.teacher, 'GET', '/api/bookings/mine');
    expect((mine.json() as { bookings: { id: string }[] }).bookings.map((b) => b.id)).toEqual([(first.json() as { id: string }).id]);
    const cancelled = await as(ids.teacher, 'POST', `/api/bookings/${(first.json() as { id: string }).id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
  });
});
