import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildDistrict, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import type { Role } from '../kernel/db/tables.ts';
import { buildConsultationHour, buildSchoolHoliday } from './factories.ts';
import type { BookingRequest } from './schema.ts';
import {
  bookSlot,
  cancelBooking,
  contactWeek,
  getPresenceSettings,
  savePresenceSettings,
  listConsultationHours,
  listMyBookings,
  listNetworkContacts,
  moveBooking,
  planConsultationHour,
} from './service.ts';

/** Monday 21 September 2026, 10:00 in Norway. The autumn break is the week after. */
const NOW = new Date('2026-09-21T08:00:00Z');
const clock = { now: NOW };

/** A municipality with two schools, a network contact, a teacher and a leader; the contact holds Tuesdays 12–14 at school A. */
async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const district = await buildDistrict(db, { municipality_id: municipality.id });
  const schoolA = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const schoolB = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const person = async (role: Role, unitId = schoolA.id) => {
    const staff = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
    return staff.id;
  };
  const contact = await person('network_contact');
  const teacher = await person('staff');
  const otherTeacher = await person('staff');
  const leader = await person('leader');
  const teacherAtB = await person('staff', schoolB.id);
  await buildSchoolHoliday(db, { municipality_id: municipality.id, from_date: '2026-09-28', to_date: '2026-10-02', label: 'Høstferie' });
  const hour = await buildConsultationHour(db, { unit_id: schoolA.id, contact_staff_id: contact });
  return { municipality, schoolA, schoolB, contact, teacher, otherTeacher, leader, teacherAtB, hour, person };
}

function booking(hourId: string, fields: Partial<BookingRequest> = {}): BookingRequest {
  return { consultationHourId: hourId, date: '2026-09-22', start: '12:00', topic: 'absence', purpose: 'Elev på 6. trinn med mye fravær', ...fields };
}

async function refusal(promise: Promise<unknown>): Promise<RuleViolation> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleViolation);
  return error as RuleViolation;
}

describeEachEngine('presence service', (use, engine) => {
  it('lists free slots from now on, skipping the school holiday and booked slots', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await bookSlot(db, await actor(db, w.teacher), booking(w.hour.id), clock);

    const listed = await listConsultationHours(db, await actor(db, w.teacher), w.schoolA.id, { limit: 8, now: NOW });
    expect(listed.hours).toEqual([
      expect.objectContaining({ id: w.hour.id, weekday: 2, start: '12:00', end: '14:00', slotMinutes: 30, version: 1 }),
    ]);
    expect(listed.freeSlots.map((s) => `${s.date} ${s.start}-${s.end}`)).toEqual([
      '2026-09-22 12:30-13:00',
      '2026-09-22 13:00-13:30',
      '2026-09-22 13:30-14:00',
      // 29 September is in the autumn break.
      '2026-10-06 12:00-12:30',
      '2026-10-06 12:30-13:00',
      '2026-10-06 13:00-13:30',
      '2026-10-06 13:30-14:00',
      '2026-10-13 12:00-12:30',
    ]);

    // On the day, slots that have started are gone (12:40 in Norway).
    const during = await listConsultationHours(db, await actor(db, w.teacher), w.schoolA.id, {
      limit: 1,
      now: new Date('2026-09-22T10:40:00Z'),
    });
    expect(during.freeSlots).toEqual([{ consultationHourId: w.hour.id, date: '2026-09-22', start: '13:00', end: '13:30' }]);
  });

  it("hides a unit's hours from staff of another unit, and audits the read", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await expect(listConsultationHours(db, await actor(db, w.teacherAtB), w.schoolA.id, clock)).rejects.toBeInstanceOf(NotFoundError);
    const events = await db
      .withTables<AuditTables>()
      .selectFrom('audit_event')
      .select(['outcome', 'actor_staff_id'])
      .where('resource_type', '=', 'consultation_hours')
      .where('resource_id', '=', w.schoolA.id)
      .execute();
    expect(events).toEqual([{ outcome: 'denied', actor_staff_id: w.teacherAtB }]);
  });

  it('plans an hour, and refuses one that clashes with the contact’s hours once travel is counted', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const plan = { contactStaffId: w.contact, weekday: 2, slotMinutes: 15, from: '2026-10-01', to: '2027-06-18' };

    // 14:15 at school B is too soon after 14:00 at school A with 30 minutes' travel.
    const clash = await refusal(planConsultationHour(db, leader, w.schoolB.id, { ...plan, start: '14:15', end: '15:00' }));
    expect(clash.status).toBe(409);
    expect(clash.code).toBe('clash');
    expect(clash.details).toEqual({
      clash: {
        date: '2026-10-06',
        existing: { unitId: w.schoolA.id, unitName: w.schoolA.name, start: '12:00', end: '14:00' },
        proposed: { start: '14:15', end: '15:00' },
        travelMinutes: 30,
      },
    });

    const planned = await planConsultationHour(db, leader, w.schoolB.id, { ...plan, start: '14:30', end: '15:00' });
    expect(planned).toMatchObject({ unitId: w.schoolB.id, contact: { id: w.contact }, weekday: 2, start: '14:30', end: '15:00' });
    const atB = await listConsultationHours(db, await actor(db, w.teacherAtB), w.schoolB.id, clock);
    expect(atB.hours.map((h) => h.id)).toEqual([planned.id]);
  });

  it('refuses an invalid hour field by field, and a planned person who is no network contact', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const invalid = await refusal(
      planConsultationHour(db, leader, w.schoolB.id, {
        contactStaffId: w.contact,
        weekday: 6,
        start: '14:00',
        end: '13:00',
        slotMinutes: 30,
        from: '2026-10-01',
        to: '2026-09-01',
      }),
    );
    expect(invalid).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(invalid.details.issues).toEqual([
      { path: 'body/weekday', code: 'not_a_weekday' },
      { path: 'body/end', code: 'end_before_start' },
      { path: 'body/to', code: 'to_before_from' },
    ]);

    const notAContact = await refusal(
      planConsultationHour(db, leader, w.schoolB.id, {
        contactStaffId: w.teacher,
        weekday: 3,
        start: '09:00',
        end: '10:00',
        slotMinutes: 30,
        from: '2026-10-01',
        to: '2027-06-18',
      }),
    );
    expect(notAContact.details.issues).toEqual([{ path: 'body/contactStaffId', code: 'not_a_network_contact' }]);
  });

  it('books a free slot, lists it as mine, and refuses the same slot to the next person', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { booking: booked, created } = await bookSlot(db, await actor(db, w.teacher), booking(w.hour.id), clock);
    expect(created).toBe(true);
    expect(booked).toMatchObject({
      consultationHourId: w.hour.id,
      unit: { id: w.schoolA.id },
      contact: { id: w.contact },
      date: '2026-09-22',
      start: '12:00',
      end: '12:30',
      topic: 'absence',
      status: 'booked',
    });
    expect((await listMyBookings(db, await actor(db, w.teacher))).bookings.map((b) => b.id)).toEqual([booked.id]);
    expect((await listMyBookings(db, await actor(db, w.otherTeacher))).bookings).toEqual([]);

    const taken = await refusal(bookSlot(db, await actor(db, w.otherTeacher), booking(w.hour.id), clock));
    expect(taken).toMatchObject({ status: 409, code: 'slot_taken' });
    // Neither a holiday nor a time between slots can be booked; nor can another unit's staff book here.
    expect(await refusal(bookSlot(db, await actor(db, w.otherTeacher), booking(w.hour.id, { date: '2026-09-29' }), clock))).toMatchObject({
      code: 'no_hour_that_day',
    });
    expect(await refusal(bookSlot(db, await actor(db, w.otherTeacher), booking(w.hour.id, { start: '12:10' }), clock))).toMatchObject({
      code: 'no_such_slot',
    });
    await expect(bookSlot(db, await actor(db, w.teacherAtB), booking(w.hour.id, { start: '13:00' }), clock)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('returns the same booking for a retry with the same idempotency key, and books nothing new', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = await actor(db, w.teacher);
    const request = booking(w.hour.id, { idempotencyKey: `retry-${w.hour.id}` });
    const first = await bookSlot(db, teacher, request, clock);
    const retry = await bookSlot(db, teacher, request, clock);
    expect(first.created).toBe(true);
    expect(retry).toEqual({ booking: first.booking, created: false });
    const rows = await db.selectFrom('booking').select('id').where('consultation_hour_id', '=', w.hour.id).execute();
    expect(rows).toHaveLength(1);

    const stranger = await refusal(bookSlot(db, await actor(db, w.otherTeacher), { ...request, start: '13:00' }, clock));
    expect(stranger).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
  });

  it("audits a booking, and a retry of it, under the booking's own id, not the hour's", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = await actor(db, w.teacher);
    const request = booking(w.hour.id, { idempotencyKey: `audit-${w.hour.id}` });
    const { booking: made } = await bookSlot(db, teacher, request, clock);
    await bookSlot(db, teacher, request, clock);
    const events = await db
      .withTables<AuditTables>()
      .selectFrom('audit_event')
      .select(['action', 'resource_id', 'outcome'])
      .where('resource_type', '=', 'booking')
      .where('actor_staff_id', '=', w.teacher)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'create', resource_id: made.id, outcome: 'allowed' },
      { action: 'create', resource_id: made.id, outcome: 'allowed' },
    ]);
  });

  it('answers five simultaneous tries of one booking (same key) with the one booking, never "slot taken"', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = await actor(db, w.teacher);
    const request = booking(w.hour.id, { idempotencyKey: `race-${w.hour.id}` });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => bookSlot(db, teacher, request, clock).then((o) => o, (e: unknown) => (e as RuleViolation).code)),
    );
    expect(answers.filter((answer) => typeof answer === 'string')).toEqual([]);
    const booked = answers as { booking: { id: string }; created: boolean }[];
    expect(booked.filter((answer) => answer.created)).toHaveLength(1);
    expect(new Set(booked.map((answer) => answer.booking.id)).size).toBe(1);
  });

  it('refuses a purpose that could identify a child, naming kinds and spans but not the text', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const purpose = 'Ring mor på 912 34 567';
    const refused = await refusal(bookSlot(db, await actor(db, w.teacher), booking(w.hour.id, { purpose }), clock));
    expect(refused).toMatchObject({ status: 400, code: 'identifying_purpose' });
    expect(refused.details).toEqual({ findings: [{ kind: 'phone', start: 12, end: purpose.length }] });
    expect(JSON.stringify(refused.details)).not.toContain('912');
    const rows = await db.selectFrom('booking').select('id').where('consultation_hour_id', '=', w.hour.id).execute();
    expect(rows).toEqual([]);
  });

  it('lets only the booker cancel, only before the slot starts, and frees the slot again', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = await actor(db, w.teacher);
    const { booking: booked } = await bookSlot(db, teacher, booking(w.hour.id), clock);

    await expect(cancelBooking(db, await actor(db, w.otherTeacher), booked.id, clock)).rejects.toBeInstanceOf(NotFoundError);
    const started = await refusal(cancelBooking(db, teacher, booked.id, { now: new Date('2026-09-22T10:00:00Z') }));
    expect(started).toMatchObject({ status: 409, code: 'slot_started' });

    const cancelled = await cancelBooking(db, teacher, booked.id, clock);
    expect(cancelled).toMatchObject({ id: booked.id, status: 'cancelled' });
    // Cancelling again changes nothing.
    expect(await cancelBooking(db, teacher, booked.id, clock)).toEqual(cancelled);

    const rebooked = await bookSlot(db, await actor(db, w.otherTeacher), booking(w.hour.id), clock);
    expect(rebooked.created).toBe(true);
  });

  it.skipIf(engine !== 'postgres')('gives a slot to exactly one of ten people booking it at the same moment', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const actors = await Promise.all(
      Array.from({ length: 10 }, async () => actor(db, await w.person('staff'))),
    );
    const results = await Promise.allSettled(actors.map((a) => bookSlot(db, a, booking(w.hour.id, { start: '13:30' }), clock)));
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const reason of refused) expect(reason).toMatchObject({ code: 'slot_taken' });
    const rows = await db
      .selectFrom('booking')
      .select('id')
      .where('consultation_hour_id', '=', w.hour.id)
      .where('start_time', '=', '13:30')
      .execute();
    expect(rows).toHaveLength(1);
  });
  it('refuses to move onto a taken slot, a closed day, another unit or after the start, and changes nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = await actor(db, w.teacher);
    const { booking: mine } = await bookSlot(db, teacher, booking(w.hour.id), clock);
    await bookSlot(db, await actor(db, w.otherTeacher), booking(w.hour.id, { start: '13:00' }), clock);
    const hourAtB = await buildConsultationHour(db, { unit_id: w.schoolB.id, contact_staff_id: w.contact, weekday: 4 });
    const to = (fields: Partial<{ consultationHourId: string; date: string; start: string }>) => ({
      consultationHourId: w.hour.id,
      date: '2026-09-22',
      start: '13:00',
      ...fields,
    });

    expect(await refusal(moveBooking(db, teacher, mine.id, to({}), clock))).toMatchObject({ status: 409, code: 'slot_taken' });
    expect(await refusal(moveBooking(db, teacher, mine.id, to({ date: '2026-09-29' }), clock))).toMatchObject({ code: 'no_hour_that_day' });
    expect(await refusal(moveBooking(db, teacher, mine.id, to({ consultationHourId: hourAtB.id, date: '2026-09-24' }), clock))).toMatchObject({
      status: 400,
      code: 'other_unit',
    });
    const lateClock = { now: new Date('2026-09-22T10:05:00Z') };
    expect(await refusal(moveBooking(db, teacher, mine.id, to({ date: '2026-10-06' }), lateClock))).toMatchObject({ code: 'slot_started' });
    await expect(moveBooking(db, await actor(db, w.otherTeacher), mine.id, to({ date: '2026-10-06' }), clock)).rejects.toBeInstanceOf(NotFoundError);
    await cancelBooking(db, teacher, mine.id, clock);
    expect(await refusal(moveBooking(db, teacher, mine.id, to({ date: '2026-10-06' }), clock))).toMatchObject({ code: 'booking_cancelled' });

    const rows = await db
      .selectFrom('booking')
      .select(['date', 'start_time', 'status'])
      .where('consultation_hour_id', '=', w.hour.id)
      .orderBy('start_time')
      .execute();
    expect(rows).toEqual([
      { date: '2026-09-22', start_time: '12:00', status: 'cancelled' },
      { date: '2026-09-22', start_time: '13:00', status: 'booked' },
    ]);
  });

  it.skipIf(engine !== 'postgres')('gives a slot to one of five people moving their bookings onto it at once', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const movers = await Promise.all(
      ['12:00', '12:30', '13:00', '13:30', '12:00'].map(async (start, index) => {
        const who = await actor(db, await w.person('staff'));
        const date = index === 4 ? '2026-10-13' : '2026-09-22';
        const { booking: booked } = await bookSlot(db, who, booking(w.hour.id, { date, start }), clock);
        return { who, id: booked.id };
      }),
    );
    const target = { consultationHourId: w.hour.id, date: '2026-10-06', start: '12:30' };
    const results = await Promise.allSettled(movers.map((m) => moveBooking(db, m.who, m.id, target, clock)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'slot_taken' });
    const live = await db.selectFrom('booking').select('id').where('status', '=', 'booked').where('consultation_hour_id', '=', w.hour.id).execute();
    expect(live).toHaveLength(5);
  });
  it("shows a contact their own week with who booked, a leader the counts only, and nobody else anything", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await bookSlot(db, await actor(db, w.teacher), booking(w.hour.id, { start: '13:00' }), clock);
    await db.insertInto('team_member').values({ unit_id: w.schoolB.id, staff_id: w.contact, role_in_team: 'child_welfare' }).execute();
    await db
      .insertInto('team_meeting')
      .values({ unit_id: w.schoolB.id, school_year: '2026/27', date: '2026-09-24', start_time: '08:30', end_time: '09:30', status: 'published' })
      .execute();

    const own = await contactWeek(db, await actor(db, w.contact), { contact: w.contact, week: '2026-W39' }, clock);
    expect(own).toMatchObject({ contact: { id: w.contact }, week: '2026-W39', previousWeek: '2026-W38', nextWeek: '2026-W40' });
    expect(own.days.map((d) => d.date)).toEqual(['2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-25', '2026-09-26', '2026-09-27']);
    const teacherName = await db.selectFrom('staff').select(['given_name', 'family_name']).where('id', '=', w.teacher).executeTakeFirstOrThrow();
    expect(own.days[1]!.hours).toEqual([
      {
        consultationHourId: w.hour.id,
        unit: { id: w.schoolA.id, name: w.schoolA.name },
        start: '12:00',
        end: '14:00',
        slots: 4,
        booked: 1,
        bookings: [{ start: '13:00', bookedBy: { givenName: teacherName.given_name, familyName: teacherName.family_name }, topic: 'absence' }],
      },
    ]);
    expect(own.days[3]!.meetings).toEqual([
      { id: expect.any(String), unit: { id: w.schoolB.id, name: w.schoolB.name }, start: '08:30', end: '09:30', status: 'published' },
    ]);
    expect(JSON.stringify(own)).not.toContain('fravær');

    const byLeader = await contactWeek(db, await actor(db, w.leader), { contact: w.contact, week: '2026-W39' }, clock);
    expect(byLeader.days[1]!.hours[0]).toEqual({ ...own.days[1]!.hours[0], bookings: undefined });
    expect(byLeader.days[1]!.hours[0]).not.toHaveProperty('bookings');

    // The autumn break: closed, nothing held.
    const holiday = await contactWeek(db, await actor(db, w.contact), { contact: w.contact, week: '2026-W40' }, clock);
    expect(holiday.days[1]).toMatchObject({ closure: { kind: 'school_holiday', label: 'Høstferie' }, hours: [] });
    // Without a week: the current one.
    expect((await contactWeek(db, await actor(db, w.contact), { contact: w.contact }, clock)).week).toBe('2026-W39');

    const otherContact = await w.person('network_contact', w.schoolB.id);
    for (const who of [otherContact, w.teacher]) {
      await expect(contactWeek(db, await actor(db, who), { contact: w.contact, week: '2026-W39' }, clock)).rejects.toBeInstanceOf(NotFoundError);
    }
    // A leader asking for someone who is no network contact finds nothing either.
    await expect(contactWeek(db, await actor(db, w.leader), { contact: w.teacher, week: '2026-W39' }, clock)).rejects.toBeInstanceOf(NotFoundError);
    expect(await refusal(contactWeek(db, await actor(db, w.contact), { contact: w.contact, week: '2026-W54' }, clock))).toMatchObject({
      status: 400,
      details: { issues: [{ path: 'querystring/week', code: 'bad_week' }] },
    });

    const contacts = await listNetworkContacts(db, await actor(db, w.leader));
    expect(contacts.contacts.map((c) => c.id).sort()).toEqual([w.contact, otherContact].sort());
  });
  it('saves travel times and holidays with optimistic locking, and plans with the configured travel time', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const initial = await getPresenceSettings(db, leader, w.municipality.id);
    expect(initial).toMatchObject({ version: 0, travelMinutes: 30, pairs: [], holidays: [{ from: '2026-09-28', to: '2026-10-02', label: 'Høstferie' }] });

    const request = {
      version: 0,
      travelMinutes: 10,
      pairs: [{ unitA: w.schoolB.id, unitB: w.schoolA.id, minutes: 45 }],
      holidays: [{ from: '2026-10-05', to: '2026-10-09', label: ' Høstferie ' }],
    };
    const saved = await savePresenceSettings(db, leader, w.municipality.id, request);
    expect(saved).toMatchObject({ version: 1, travelMinutes: 10, holidays: [{ from: '2026-10-05', to: '2026-10-09', label: 'Høstferie' }] });
    expect(saved.pairs.map((p) => [p.unitA.id, p.unitB.id].sort().concat(String(p.minutes)))).toEqual([[w.schoolA.id, w.schoolB.id].sort().concat('45')]);
    // The same save again (a double click) changes nothing; another save on the old version is refused.
    expect(await savePresenceSettings(db, leader, w.municipality.id, request)).toEqual(saved);
    expect(await refusal(savePresenceSettings(db, leader, w.municipality.id, { ...request, travelMinutes: 20 }))).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    const invalid = await refusal(
      savePresenceSettings(
        db,
        leader,
        w.municipality.id,
        { version: 1, travelMinutes: 500, pairs: [{ unitA: w.schoolA.id, unitB: w.schoolA.id, minutes: 5 }], holidays: [{ from: '2026-10-09', to: '2026-10-05', label: '' }] },
      ),
    );
    expect(invalid.details.issues).toEqual([
      { path: 'body/travelMinutes', code: 'bad_minutes' },
      { path: 'body/pairs/0/unitB', code: 'same_unit' },
      { path: 'body/holidays/0/label', code: 'label_missing' },
      { path: 'body/holidays/0/to', code: 'to_before_from' },
    ]);
    expect((await getPresenceSettings(db, leader, w.municipality.id)).version).toBe(1);

    // School A Tuesdays 12–14: with 45 minutes between A and B, 14:30 at B clashes and 14:45 does not.
    const plan = { contactStaffId: w.contact, weekday: 2, slotMinutes: 15, from: '2026-10-01', to: '2027-06-18' };
    const clash = await refusal(planConsultationHour(db, leader, w.schoolB.id, { ...plan, start: '14:30', end: '15:00' }));
    expect(clash.details).toMatchObject({ clash: { travelMinutes: 45, existing: { unitName: w.schoolA.name } } });
    await planConsultationHour(db, leader, w.schoolB.id, { ...plan, start: '14:45', end: '15:15' });
    // The holiday week moved: 29 September is open now, 6 October closed.
    const slots = await listConsultationHours(db, await actor(db, w.teacher), w.schoolA.id, { limit: 12, now: NOW });
    expect(slots.freeSlots.map((s) => s.date)).toContain('2026-09-29');
    expect(slots.freeSlots.map((s) => s.date)).not.toContain('2026-10-06');

    // Neither a teacher nor a network contact sees the settings.
    for (const who of [w.teacher, w.contact]) {
      await expect(getPresenceSettings(db, await actor(db, who), w.municipality.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
