/**
 * The personal iCalendar feed: a secret, revocable URL with the person's consultation hours
 * (as contact), bookings (as booker or as the hour's contact) and team meetings (as member).
 * It never carries a booking's purpose (free text), its topic, or anything about a child:
 * only times, the unit's name and what kind of appointment it is.
 *
 * The URL holds a random token; only its SHA-256 is stored (as with sessions). The feed has no
 * session, so it cannot go through withAccess; each read is audited with the owner as actor.
 */
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { recordAudit } from '../kernel/audit/record.ts';
import { addDays, localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { fromMinutes, toMinutes } from '../time/clock-time.ts';
import { occurrencesOf, type SchoolWeekday } from '../time/recurrence.ts';
import { findCalendarInputs } from '../presence/repo.ts';
import { localInstant } from '../time/zoned-instant.ts';
import { localeOfStaff, TEXTS } from './texts.ts';
import { clock } from '../time/clock.ts';

/** How far ahead consultation hours are expanded. */
export const HOUR_HORIZON_DAYS = 90;
/** How far back bookings and meetings stay in the feed. */
const PAST_DAYS = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const feedPath = (token: string) => `/api/calendar/${token}.ics`;

/** Creates or replaces the person's feed; the returned token exists nowhere else. */
export async function createFeed(db: Db, staffId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const token_hash = hashToken(token);
  await db
    .insertInto('calendar_feed')
    .values({ staff_id: staffId, token_hash, created_at: clock.now() })
    .onConflict((oc) => oc.column('staff_id').doUpdateSet({ token_hash, created_at: clock.now() }))
    .execute();
  return token;
}

/** When the person's current feed URL was made, or undefined when they have none. */
export async function feedCreatedAt(db: Db, staffId: string): Promise<Date | undefined> {
  const row = await db.selectFrom('calendar_feed').select('created_at').where('staff_id', '=', staffId).executeTakeFirst();
  return row?.created_at;
}

/** Revokes the person's feed; true when there was one. */
export async function revokeFeed(db: Db, staffId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feed').where('staff_id', '=', staffId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The feed's text for a token (with or without '.ics'), or undefined for an unknown or revoked one. */
export async function readFeed(db: Db, rawToken: string, now = clock.now()): Promise<string | undefined> {
  const token = rawToken.endsWith('.ics') ? rawToken.slice(0, -4) : rawToken;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return db.transaction().execute(async (trx) => {
    const feed = await trx.selectFrom('calendar_feed').select('staff_id').where('token_hash', '=', hashToken(token)).executeTakeFirst();
    if (!feed) return undefined;
    const staffId = feed.staff_id;
    const text = await renderFeed(trx, staffId, now);
    const membership = await trx
      .selectFrom('membership')
      .select(['role', 'unit_id'])
      .where('staff_id', '=', staffId)
      .orderBy('id')
      .executeTakeFirst();
    await recordAudit(trx, {
      actor: membership ? { staffId, role: membership.role, unitId: membership.unit_id } : null,
      action: 'read',
      resourceType: 'calendar_feed',
      resourceId: staffId,
      outcome: 'allowed',
      purpose: null,
    });
    return text;
  });
}

async function renderFeed(db: Db, staffId: string, now: Date): Promise<string> {
  const t = TEXTS[await localeOfStaff(db, staffId)];
  const today = localDate(now);
  const horizon = addDays(today, HOUR_HORIZON_DAYS);
  const since = addDays(today, -PAST_DAYS);
  const cal = ical({ name: 'Tidlig', prodId: { company: 'Tidlig', product: 'calendar-feed', language: 'NB' } });
  const stamp = now;

  const hours = await db
    .selectFrom('consultation_hour as h')
    .innerJoin('unit as u', 'u.id', 'h.unit_id')
    .select(['h.id', 'h.weekday', 'h.start_time', 'h.end_time', 'h.slot_minutes', 'h.from_date', 'h.to_date', 'u.name as unit_name', 'u.municipality_id'])
    .where('h.contact_staff_id', '=', staffId)
    .execute();
  const calendars = new Map<string, Awaited<ReturnType<typeof findCalendarInputs>>>();
  for (const h of hours) {
    let calendar = calendars.get(h.municipality_id);
    if (!calendar) calendars.set(h.municipality_id, (calendar = await findCalendarInputs(db, h.municipality_id)));
    const recurring = {
      weekday: h.weekday as SchoolWeekday,
      start: h.start_time,
      end: h.end_time,
      slotMinutes: h.slot_minutes,
      from: h.from_date,
      to: h.to_date,
    };
    for (const o of occurrencesOf(calendar, recurring, { from: today, to: horizon })) {
      cal.createEvent({
        id: `hour-${h.id}-${o.date}@tidlig`,
        start: localInstant(o.date, o.start),
        end: localInstant(o.date, o.end),
        stamp,
        summary: `${t.consultationHour} – ${h.unit_name}`,
        location: h.unit_name,
      });
    }
  }

  const bookings = await db
    .selectFrom('booking as b')
    .innerJoin('consultation_hour as h', 'h.id', 'b.consultation_hour_id')
    .innerJoin('unit as u', 'u.id', 'h.unit_id')
    .select(['b.id', 'b.date', 'b.start_time', 'h.slot_minutes', 'u.name as unit_name'])
    .where('b.status', '=', 'booked')
    .where('b.date', '>=', since)
    .where((eb) => eb.or([eb('b.booked_by_staff_id', '=', staffId), eb('h.contact_staff_id', '=', staffId)]))
    .execute();
  for (const b of bookings) {
    cal.createEvent({
      id: `booking-${b.id}@tidlig`,
      start: localInstant(b.date, b.start_time),
      end: localInstant(b.date, fromMinutes(toMinutes(b.start_time) + b.slot_minutes)),
      stamp,
      summary: `${t.booking} – ${b.unit_name}`,
      location: b.unit_name,
    });
  }

  const meetings = await db
    .selectFrom('team_meeting as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.date', 'm.start_time', 'm.end_time', 'u.name as unit_name'])
    .where('m.status', 'in', ['published', 'held'])
    .where('m.date', '>=', since)
    .where('m.unit_id', 'in', (eb) => eb.selectFrom('team_member').select('unit_id').where('staff_id', '=', staffId))
    .execute();
  for (const m of meetings) {
    cal.createEvent({
      id: `meeting-${m.id}@tidlig`,
      start: localInstant(m.date, m.start_time),
      end: localInstant(m.date, m.end_time),
      stamp,
      summary: `${t.meeting} – ${m.unit_name}`,
      location: m.unit_name,
    });
  }
  return cal.toString();
}
