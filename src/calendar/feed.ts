/**
 * The personal iCalendar feed's text: the person's consultation hours (as contact), bookings
 * (as booker or as the hour's contact), team meetings (as member) and shifts in a published
 * rota, read through presence's, teams' and the rota's entries. It never carries a booking's purpose (free text), its topic, or anything
 * about a child: only times, the unit's name and what kind of appointment it is.
 *
 * The URL holds a random token; only its SHA-256 is stored (as with sessions).
 */
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { Db } from '../kernel/db/database.ts';
import { bookingsOf, hourOccurrencesOf } from '../presence/index.ts';
import { shiftsOf } from '../rota/index.ts';
import { meetingsOfMember } from '../teams/index.ts';
import { addDays, localDate } from '../time/dates.ts';
import { localInstant } from '../time/zoned-instant.ts';
import { localeOfStaff } from './repo.ts';
import { TEXTS } from './texts.ts';

/** How far ahead consultation hours are expanded. */
const HOUR_HORIZON_DAYS = 90;
/** How far back bookings and meetings stay in the feed. */
const PAST_DAYS = 30;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const newToken = () => randomBytes(32).toString('base64url');

export const feedPath = (token: string) => `/api/calendar/${token}.ics`;

/** The token in a feed address (with or without '.ics'), or undefined when it cannot be one. */
export function tokenOf(raw: string): string | undefined {
  const token = raw.endsWith('.ics') ? raw.slice(0, -4) : raw;
  return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

export async function renderFeed(db: Db, staffId: string, now: Date): Promise<string> {
  const t = TEXTS[await localeOfStaff(db, staffId)];
  const today = localDate(now);
  const since = addDays(today, -PAST_DAYS);
  const cal = ical({ name: 'Tidlig', prodId: { company: 'Tidlig', product: 'calendar-feed', language: 'NB' } });
  const event = (id: string, what: string, at: { date: string; start: string; end: string; unitName: string }) =>
    cal.createEvent({
      id,
      start: localInstant(at.date, at.start),
      end: localInstant(at.date, at.end),
      stamp: now,
      summary: `${what} – ${at.unitName}`,
      location: at.unitName,
    });

  for (const o of await hourOccurrencesOf(db, staffId, { from: today, to: addDays(today, HOUR_HORIZON_DAYS) })) {
    event(`hour-${o.hourId}-${o.date}@tidlig`, t.consultationHour, o);
  }
  for (const b of await bookingsOf(db, staffId, since)) event(`booking-${b.id}@tidlig`, t.booking, b);
  for (const m of await meetingsOfMember(db, staffId, since)) event(`meeting-${m.id}@tidlig`, t.meeting, m);
  for (const s of await shiftsOf(db, staffId, since)) {
    cal.createEvent({ id: `shift-${s.planId}-${s.shift}@tidlig`, start: new Date(s.start), end: new Date(s.end), stamp: now, summary: `${t.shift}: ${s.name} – ${s.unit.name}`, location: s.unit.name });
  }
  return cal.toString();
}
