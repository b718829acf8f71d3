/**
 * Side effects across capabilities, as the composition root wires them (app/events.ts): a
 * booking made or moved (presence) and a team meeting published or moved (teams) queue the
 * calendar's reminders in the same transaction.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dueAtFor } from '../calendar/reminder-queue.ts';
import { loadActor } from '../kernel/auth/actor-repo.ts';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { createSession } from '../kernel/auth/sessions.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { buildDistrict, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { buildConsultationHour, buildSchoolHoliday } from '../presence/factories.ts';
import type { BookingRequest } from '../presence/schema.ts';
import { bookSlot, moveBooking } from '../presence/service.ts';
import { buildTeamMeeting } from '../teams/factories.ts';
import { addDays } from '../time/dates.ts';
import { handleEvents } from './events.ts';
import { buildAppServer } from './server.ts';

describeEachEngine('reminders queued by bookings and team meetings', (use, engine) => {
  let app: FastifyInstance;
  const place = {} as Record<'school' | 'contact' | 'teacher' | 'leader', { id: string }>;

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const person = async (role: 'network_contact' | 'staff' | 'unit_leader') => {
      const staff = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: staff.id, unit_id: school.id, role });
      return staff;
    };
    Object.assign(place, { school, contact: await person('network_contact'), teacher: await person('staff'), leader: await person('unit_leader') });
    await buildConsultationHour(db, { unit_id: school.id, contact_staff_id: place.contact.id, weekday: 2, from_date: addDays(TEST_TODAY, -7), to_date: addDays(TEST_TODAY, 365) });
    await db.insertInto('team_member').values({ unit_id: school.id, staff_id: place.contact.id, role_in_team: 'ppt' }).execute();
    app = await buildAppServer({ db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());

  async function as(staffId: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
    const token = await createSession(use().db, staffId, 'demo');
    const session = await app.inject({ url: '/api/session', cookies: { [SESSION_COOKIE]: token } });
    const cookie = session.cookies.find((c) => c.name === 'tidlig_csrf')!;
    return app.inject({
      method,
      url,
      cookies: { [SESSION_COOKIE]: token, [cookie.name]: cookie.value },
      headers: { 'x-csrf-token': (session.json() as { csrfToken: string }).csrfToken },
      ...(payload ? { payload } : {}),
    });
  }

  const remindersOf = (subjectId: string) =>
    use().db.selectFrom('reminder').select(['recipient_staff_id', 'due_at']).where('subject_id', '=', subjectId).execute();

  it('enqueues reminders for the booker and the contact when a slot is booked', async () => {
    const hours = await as(place.teacher.id, 'GET', `/api/units/${place.school.id}/consultation-hours`);
    const slot = (hours.json() as { freeSlots: { consultationHourId: string; date: string; start: string }[] }).freeSlots[0]!;
    const booked = await as(place.teacher.id, 'POST', '/api/bookings', {
      consultationHourId: slot.consultationHourId,
      date: slot.date,
      start: slot.start,
      topic: 'wellbeing',
      purpose: 'Hvordan snakke med foreldre om fravær',
    });
    expect(booked.statusCode).toBe(201);
    const id = (booked.json() as { id: string }).id;
    const rows = await remindersOf(id);
    expect(rows.map((r) => r.recipient_staff_id).sort()).toEqual([place.teacher.id, place.contact.id].sort());
    expect(new Date(rows[0]!.due_at).toISOString()).toBe(dueAtFor(slot.date).toISOString());
  });

  it("queues a reminder for each team member when the plan is published, and moves it with the meeting", async () => {
    const date = addDays(TEST_TODAY, 14);
    const meetingId = await buildTeamMeeting(use().db, place.school.id, date, 'proposed');
    const published = await as(place.leader.id, 'POST', `/api/units/${place.school.id}/team/plan/publish`, { schoolYear: '2026/27' });
    expect(published.statusCode).toBe(200);
    expect(await remindersOf(meetingId)).toEqual([{ recipient_staff_id: place.contact.id, due_at: dueAtFor(date) }]);

    const later = addDays(date, 1);
    const moved = await as(place.leader.id, 'PUT', `/api/units/${place.school.id}/team/meetings/${meetingId}`, { version: 2, date: later, start: '13:00', end: '14:00' });
    expect(moved.statusCode).toBe(200);
    expect(await remindersOf(meetingId)).toEqual([{ recipient_staff_id: place.contact.id, due_at: dueAtFor(later) }]);
  });
});

/** Monday 21 September 2026, 10:00 in Norway. The autumn break is the week after. */
const NOW = new Date('2026-09-21T08:00:00Z');
const clock = { now: NOW };

async function actor(db: Db, staffId: string): Promise<Actor> {
  const loaded = await loadActor(db, staffId, null);
  if (!loaded) throw new Error('no such staff');
  return loaded;
}

/** A school with the contact's Tuesdays 12–14 and two teachers, in a municipality whose autumn break is the week after. */
async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const district = await buildDistrict(db, { municipality_id: municipality.id });
  const schoolA = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const person = async (role: Role) => {
    const staff = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: staff.id, unit_id: schoolA.id, role });
    return staff.id;
  };
  const contact = await person('network_contact');
  const teacher = await person('staff');
  const otherTeacher = await person('staff');
  await buildSchoolHoliday(db, { municipality_id: municipality.id, from_date: '2026-09-28', to_date: '2026-10-02', label: 'Høstferie' });
  const hour = await buildConsultationHour(db, { unit_id: schoolA.id, contact_staff_id: contact });
  return { teacher, otherTeacher, hour };
}

function booking(hourId: string, fields: Partial<BookingRequest> = {}): BookingRequest {
  return { consultationHourId: hourId, date: '2026-09-22', start: '12:00', topic: 'absence', purpose: 'Elev på 6. trinn med mye fravær', ...fields };
}

describeEachEngine('reminders moved with a booking', (use) => {
  // The server wires the events when it is built; this test calls presence's use-cases directly.
  beforeAll(handleEvents);

  it('moves a booking to a free slot in one step, frees the old one, and a retry moves nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = await actor(db, w.teacher);
    const { booking: booked } = await bookSlot(db, teacher, booking(w.hour.id), clock);
    const target = { consultationHourId: w.hour.id, date: '2026-10-06', start: '13:00' };

    const moved = await moveBooking(db, teacher, booked.id, target, clock);
    expect(moved).toMatchObject({ id: booked.id, date: '2026-10-06', start: '13:00', end: '13:30', status: 'booked', purpose: booked.purpose });
    expect(await moveBooking(db, teacher, booked.id, target, clock)).toEqual(moved);
    const rows = await db.selectFrom('booking').select(['date', 'start_time', 'status']).where('consultation_hour_id', '=', w.hour.id).execute();
    expect(rows).toEqual([{ date: '2026-10-06', start_time: '13:00', status: 'booked' }]);
    const reminders = await db.selectFrom('reminder').select(['due_at']).where('subject_id', '=', booked.id).execute();
    expect(reminders.map((r) => new Date(r.due_at).toISOString())).toEqual([
      '2026-10-05T06:00:00.000Z',
      '2026-10-05T06:00:00.000Z',
    ]);

    // The old slot is free for the next person.
    expect((await bookSlot(db, await actor(db, w.otherTeacher), booking(w.hour.id), clock)).created).toBe(true);
  });
});
