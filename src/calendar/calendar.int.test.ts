/**
 * The personal calendar feed and the e-mail reminders, end to end: the feed over HTTP (its
 * contents, no purpose text, 404 for unknown and revoked tokens) and the reminder worker
 * against an in-process SMTP server (one mail per recipient, never twice, survives restarts).
 * That a booking queues its reminders is the app's wiring: see app/reminders.int.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../time/dates.ts';
import { openDatabase, type Db } from '../kernel/db/database.ts';
import { migrate } from '../kernel/db/migrate.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildBooking, buildConsultationHour } from '../presence/factories.ts';
import { buildRotaPlace } from '../rota/factories.ts';
import { buildTeamMeeting } from '../teams/factories.ts';
import { dueAtFor, enqueueBookingReminders, enqueueMeetingReminders } from './reminder-queue.ts';
import { sendDueReminders, type Mailer } from './reminders.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { calendar } from './index.ts';

const PURPOSE = 'Råd om en elev som trekker seg unna';

/** Unfolds iCalendar lines (RFC 5545 §3.1) and undoes quoted-printable soft breaks. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').replace(/=\r\n/g, '');

interface Received {
  to: string[];
  raw: string;
}

async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const mailer: Mailer = {
    transport: nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
    from: 'Tidlig <no-reply@tidlig.test>',
  };
  return { received, mailer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A school with a contact's weekly hour, a teacher, and the contact on the school's team. */
async function buildPlace(db: Db) {
  const municipality = await buildMunicipality(db);
  const school = await buildUnit(db, { municipality_id: municipality.id });
  const person = async (role: 'network_contact' | 'staff') => {
    const staff = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: staff.id, unit_id: school.id, role });
    return staff;
  };
  const contact = await person('network_contact');
  const teacher = await person('staff');
  const today = TEST_TODAY;
  const hour = await buildConsultationHour(db, {
    unit_id: school.id,
    contact_staff_id: contact.id,
    weekday: 2,
    from_date: addDays(today, -7),
    to_date: addDays(today, 365),
  });
  await db.insertInto('team_member').values({ unit_id: school.id, staff_id: contact.id, role_in_team: 'ppt' }).execute();
  return { municipality, school, contact, teacher, hour };
}

describeEachEngine('calendar feed', (use, engine) => {
  let app: FastifyInstance;
  let place: Awaited<ReturnType<typeof buildPlace>>;

  beforeAll(async () => {
    const { db } = use();
    place = await buildPlace(db);
    await buildBooking(db, {
      consultation_hour_id: place.hour.id,
      date: '2027-03-02',
      start_time: '12:30',
      booked_by_staff_id: place.teacher.id,
    });
    await buildTeamMeeting(db, place.school.id, '2027-03-10');
    // A published rota from Monday 30 November: the contact on its first night, the teacher on its third.
    await buildRotaPlace(db, { onCallUnitId: place.school.id, onCallWorkerId: place.teacher.id }, place.contact.id, TEST_TODAY);
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [calendar] });
  });
  afterAll(() => app?.close());

  const as = (staffId: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => injectAs(app, use().db, staffId, { method, url, payload });

  it("serves the contact's hours, bookings and meetings — never the purpose — and audits the read", async () => {
    const created = await as(place.contact.id, 'POST', '/api/calendar-feed', {});
    expect(created.statusCode).toBe(201);
    const { url } = created.json() as { url: string };
    expect(url).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);

    const feed = await app.inject(url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['cache-control']).toBe('no-store');
    const text = unfold(feed.body);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('\r\n');
    // The weekly hour on the Tuesdays of the coming 90 days (about 13 of them).
    const hours = text.match(/UID:hour-/g) ?? [];
    expect(hours.length).toBeGreaterThanOrEqual(11);
    expect(hours.length).toBeLessThanOrEqual(14);
    expect(text).toContain('UID:booking-');
    expect(text).toContain('UID:meeting-');
    expect(text).toContain(place.school.name);
    // 2027-03-02 12:30 in Oslo (winter time) is 11:30 UTC.
    expect(text).toContain('DTSTART:20270302T113000Z');
    // The night on call from 20:00 on 30 November (Oslo, UTC+1) to 08:00 the next morning.
    expect(text).toContain('UID:shift-');
    expect(text).toContain('DTSTART:20261130T190000Z');
    expect(text).toContain('DTEND:20261201T070000Z');
    expect(text).toContain('SUMMARY:Vakt: On-call night');
    expect(text).not.toContain(PURPOSE);
    expect(text).not.toContain('trekker seg');
    expect(text).not.toContain('wellbeing');

    const audit = await use()
      .db.selectFrom('audit_event')
      .select(['actor_staff_id', 'action'])
      .where('resource_type', '=', 'calendar_feed')
      .where('action', '=', 'read')
      .execute();
    expect(audit).toEqual([{ actor_staff_id: place.contact.id, action: 'read' }]);
  });

  it("the booker's feed has the booking but not the contact's hours", async () => {
    const { url } = (await as(place.teacher.id, 'POST', '/api/calendar-feed', {})).json() as { url: string };
    const text = unfold((await app.inject(url)).body);
    expect(text).toContain('UID:booking-');
    expect(text).not.toContain('UID:hour-');
    expect(text).not.toContain('UID:meeting-');
  });

  it('answers 404 for an unknown token, a replaced one and a revoked one', async () => {
    expect((await app.inject('/api/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics')).statusCode).toBe(404);
    expect((await app.inject('/api/calendar/x')).statusCode).toBe(404);

    const first = ((await as(place.contact.id, 'POST', '/api/calendar-feed', {})).json() as { url: string }).url;
    const second = ((await as(place.contact.id, 'POST', '/api/calendar-feed', {})).json() as { url: string }).url;
    expect((await app.inject(first)).statusCode).toBe(404);
    expect((await app.inject(second)).statusCode).toBe(200);

    expect((await as(place.contact.id, 'GET', '/api/calendar-feed')).json()).toMatchObject({ active: true, createdAt: expect.any(String) });
    expect((await as(place.contact.id, 'DELETE', '/api/calendar-feed')).statusCode).toBe(204);
    expect((await app.inject(second)).statusCode).toBe(404);
    expect((await as(place.contact.id, 'GET', '/api/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
  });
});

describeEachEngine('reminders', (use) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp?.close());

  it('sends one mail per recipient, never twice, without the purpose; a failed send is retried', async () => {
    const { db } = use();
    const place = await buildPlace(db);
    const booking = await buildBooking(db, {
      consultation_hour_id: place.hour.id,
      date: '2027-03-02',
      start_time: '12:00',
      booked_by_staff_id: place.teacher.id,
      purpose: PURPOSE,
    });
    await enqueueBookingReminders(db, booking.id);
    await enqueueBookingReminders(db, booking.id); // a retry enqueues nothing new
    const meeting = await buildTeamMeeting(db, place.school.id, '2027-03-02');
    await enqueueMeetingReminders(db, [meeting]);

    // Not yet due the morning two days before.
    expect(await sendDueReminders(db, smtp.mailer, new Date('2027-02-28T09:00:00Z'))).toBe(0);

    const due = dueAtFor('2027-03-02');
    expect(due.toISOString()).toBe('2027-03-01T07:00:00.000Z');
    // A transport that fails leaves every reminder unsent…
    const failing: Mailer = { from: 'x@tidlig.test', transport: { sendMail: () => Promise.reject(new Error('SMTP down')) } };
    await expect(sendDueReminders(db, failing, due)).rejects.toThrow('3 reminder(s) could not be sent (0 sent): SMTP down');
    expect(smtp.received).toHaveLength(0);
    // …and a new worker (as after a restart) sends them, once.
    expect(await sendDueReminders(db, smtp.mailer, due)).toBe(3);
    expect(await sendDueReminders(db, smtp.mailer, new Date(due.getTime() + 60_000))).toBe(0);

    const to = smtp.received.flatMap((m) => m.to).sort();
    expect(to).toEqual([place.contact.email, place.contact.email, place.teacher.email].sort());
    for (const mail of smtp.received) {
      const raw = unfold(mail.raw);
      expect(raw).not.toContain('trekker seg');
      expect(raw).toContain('2027-03-02');
    }
    const teacherMail = unfold(smtp.received.find((m) => m.to.includes(place.teacher.email))!.raw);
    expect(teacherMail).toContain(place.contact.family_name);
    // Each attempt is a system access: audited with no staff, the job named, a failed send as failed.
    const events = await db
      .selectFrom('audit_event')
      .select(['resource_type', 'outcome', 'actor_staff_id', 'purpose'])
      .where('purpose', '=', 'job: reminders')
      .where('resource_id', 'in', [booking.id, meeting])
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.outcome} ${e.resource_type} ${e.actor_staff_id}`).sort()).toEqual([
      'allowed booking null',
      'allowed booking null',
      'allowed team_meeting null',
      'failed booking null',
      'failed booking null',
      'failed team_meeting null',
    ]);
  });
});

describe('reminders across a restart [pglite on disk]', () => {
  it('sends a reminder enqueued before the database was closed and reopened, once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tidlig-reminders-'));
    const smtp = await startSmtp();
    try {
      let database = await openDatabase({ engine: 'pglite', dataDir: dir });
      await migrate(database);
      const place = await buildPlace(database.db);
      const booking = await buildBooking(database.db, {
        consultation_hour_id: place.hour.id,
        date: '2027-03-02',
        start_time: '13:00',
        booked_by_staff_id: place.teacher.id,
      });
      await enqueueBookingReminders(database.db, booking.id);
      await database.close();

      database = await openDatabase({ engine: 'pglite', dataDir: dir });
      expect(await sendDueReminders(database.db, smtp.mailer, dueAtFor('2027-03-02'))).toBe(2);
      await database.close();

      database = await openDatabase({ engine: 'pglite', dataDir: dir });
      expect(await sendDueReminders(database.db, smtp.mailer, dueAtFor('2027-03-02'))).toBe(0);
      await database.close();
      expect(smtp.received).toHaveLength(2);
    } finally {
      await smtp.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
