/**
 * The log holds no personal data: flows that carry a child's name and identity number (a lookup,
 * a booking whose fields hold them, a date that is a family name, a query string, a database
 * error that quotes the value) leave log lines with route patterns and error codes, never the
 * values themselves.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildConsultationHour } from '../presence/factories.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { addDays } from '../time/dates.ts';
import { buildAppServer } from './server.ts';

describeEachEngine('the log of flows with names and identity numbers', (use, engine) => {
  let app: FastifyInstance;
  const lines: string[] = [];
  const ids = {} as Record<'teacher' | 'hour' | 'child', string>;
  const child = { familyName: '', nationalId: '' };

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const contact = await buildPerson(db, 'network_contact', school);
    ids.teacher = await buildPerson(db, 'staff', school);
    const enrolled = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    Object.assign(child, { familyName: enrolled.family_name, nationalId: enrolled.national_id });
    ids.child = enrolled.id;
    const hour = await buildConsultationHour(db, { unit_id: school.id, contact_staff_id: contact, weekday: 3, from_date: TEST_TODAY, to_date: addDays(TEST_TODAY, 365) });
    ids.hour = hour.id;
    app = await buildAppServer({ db, engine, version: 'test', demo: true }, { log: true, logTo: { write: (line) => lines.push(line) } });
  });
  afterAll(() => app?.close());

  const as = (method: 'GET' | 'POST', url: string, payload?: object) => injectAs(app, use().db, ids.teacher, { method, url, ...(payload ? { payload } : {}) });
  const booking = (fields: object) => ({
    consultationHourId: ids.hour,
    date: addDays(TEST_TODAY, 2),
    start: '12:00',
    topic: 'wellbeing',
    purpose: 'Råd om en elev',
    ...fields,
  });

  it('names the routes and codes, never the names and numbers that went through them', async () => {
    const { familyName, nationalId } = child;
    expect((await as('POST', '/api/children/lookup', { nationalId })).statusCode).toBe(200);
    expect((await as('POST', '/api/bookings', booking({ purpose: `${familyName} (${nationalId}) gråter i friminuttene` }))).statusCode).toBe(400);
    expect((await as('POST', '/api/bookings', booking({ date: familyName }))).statusCode).toBe(400);
    expect((await as('POST', '/api/bookings', booking({ start: familyName.slice(0, 5) }))).statusCode).toBeGreaterThanOrEqual(400);
    expect((await as('GET', `/api/children/${nationalId}`)).statusCode).toBe(400);
    expect((await as('GET', `/api/children/${ids.child}?name=${familyName}&nationalId=${nationalId}`)).statusCode).toBe(200);
    expect((await as('GET', `/api/no-such-route/${nationalId}?name=${familyName}`)).statusCode).toBe(404);
    // A background job that fails on a value the database quotes back, logged as start.ts logs it.
    const failure = await sql`select ${familyName}::date`.execute(use().db).then(() => null, (error: unknown) => error);
    expect(String((failure as Error).message)).toContain(familyName);
    app.log.error(failure, 'reminders run failed');
    // Pino makes an error's message the line's when none is given.
    app.log.error(failure);

    const log = lines.join('');
    for (const secret of [familyName, nationalId, familyName.slice(0, 5)]) expect(log).not.toContain(secret);
    expect(log).toContain('"route":"/api/children/lookup"');
    expect(log).toContain('"route":"/api/children/:id"');
    expect(log).toContain('"route":"unmatched"');
    expect(log).toMatch(/"err":\{"type":"[A-Za-z]*Error","code":"22007"\}/);
  });
});
