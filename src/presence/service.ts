/**
 * Use-cases of presence: a unit's consultation hours and free slots, planning an hour for a
 * network contact, booking a slot, listing and cancelling one's own bookings. Every read and
 * write goes through withAccess (one decision, one audit event). The rules themselves are the
 * pure ones in domain/; this file gathers their inputs from the database and applies them.
 *
 * A refusal found inside the access transaction (a clash, a taken slot) is returned from the
 * work: withAccess audits the attempt as refused and throws it.
 */
import { randomUUID } from 'node:crypto';
import { checkConfirmation } from '../anonymity/confirmation.ts';
import { findIdentifying } from '../anonymity/guard.ts';
import { addDays, localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent, unlessUniqueViolation, UNIQUE_VIOLATION } from '../kernel/db/idempotent.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { canChangeBooking, checkBooking, checkReschedule, type BookingRefusal } from './domain/booking-rules.ts';
import { firstClash, travelMinutesFrom, type PlannedHour } from './domain/clashes.ts';
import { fromMinutes, toMinutes } from '../time/clock-time.ts';
import { occurrencesOf, parseRecurringHour, slotsOf, type RecurringHour, type SchoolWeekday } from '../time/recurrence.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import { mondayOfWeekParam, weekOf, weekParamOf } from './domain/week.ts';
import { validateHolidayPeriod } from '../time/school-calendar.ts';
import { bookingMade, bookingMoved } from './events.ts';
import * as repo from './repo.ts';
import { meetingsOfMemberBetween } from '../teams/index.ts';
import type {
  Booking,
  BookingList,
  BookingRequest,
  ConsultationHour,
  ConsultationHours,
  ContactWeek,
  FreeSlot,
  MoveBookingRequest,
  NetworkContacts,
  PlanHourRequest,
  PresenceSettings,
  PresenceSettingsRequest,
  WeekQuery,
} from './schema.ts';
import { clock } from '../time/clock.ts';
import { registerNamesOfUnit } from '../anonymity/register-names-repo.ts';

/** How far ahead free slots are looked for. */
const FREE_SLOT_HORIZON_DAYS = 366;

export interface Clock {
  /** The instant of the request; tests pass their own. */
  now?: Date;
}

/** A unit's weekly hours and the next `limit` free slots from now on. */
export function listConsultationHours(
  db: Db,
  actor: Actor,
  unitId: string,
  { limit = 20, now = clock.now() }: Clock & { limit?: number } = {},
): Promise<ConsultationHours> {
  let municipalityId = '';
  return withAccess(
    db,
    actor,
    {
      permission: 'presence.read',
      action: 'read',
      resourceType: 'consultation_hours',
      resourceId: unitId,
      locate: async (trx) => {
        const scope = await repo.locateUnit(trx, unitId);
        municipalityId = scope?.municipalityId ?? '';
        return scope;
      },
    },
    async (trx) => {
      const rows = await repo.listHoursOfUnit(trx, unitId);
      const calendar = await calendarOf(trx, municipalityId);
      const today = localDate(now);
      const booked = await repo.listBookedSlots(
        trx,
        rows.map((r) => r.id),
        today,
      );
      const taken = new Set(booked.map((b) => `${b.consultation_hour_id} ${b.date} ${b.start_time}`));
      const window = { from: today, to: addDays(today, FREE_SLOT_HORIZON_DAYS) };
      const free: FreeSlot[] = [];
      for (const row of rows) {
        const hour = recurringHourOf(row);
        let found = 0;
        for (const occurrence of occurrencesOf(calendar, hour, window)) {
          for (const slot of slotsOf(occurrence, hour.slotMinutes)) {
            const ref = { date: occurrence.date, start: slot.start };
            if (taken.has(`${row.id} ${ref.date} ${ref.start}`) || !canChangeBooking(ref, now)) continue;
            free.push({ consultationHourId: row.id, date: ref.date, start: slot.start, end: slot.end });
            found += 1;
          }
          // Occurrences come in date order: once this hour alone has `limit`, its later ones cannot make the cut.
          if (found >= limit) break;
        }
      }
      free.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
      return { hours: rows.map(toConsultationHour), freeSlots: free.slice(0, limit) };
    },
  );
}

/**
 * Plans a weekly consultation hour for a network contact at the unit. Refuses an invalid hour
 * (400, one code per field), a person who is not a network contact in the municipality (400),
 * and a clash with the contact's other hours, counting travel between units (409).
 */
export async function planConsultationHour(db: Db, actor: Actor, unitId: string, request: PlanHourRequest): Promise<ConsultationHour> {
  const parsed = parseRecurringHour({
    weekday: request.weekday,
    start: request.start,
    end: request.end,
    slotMinutes: request.slotMinutes,
    from: request.from,
    to: request.to,
  });
  if (!parsed.ok) {
    throw new RuleViolation(400, 'validation_failed', 'The request is not valid.', {
      issues: parsed.errors.map((e) => ({ path: `body/${e.field}`, code: e.code })),
    });
  }
  const hour = parsed.hour;
  const id = randomUUID();
  let municipalityId = '';
  return withAccess(
    db,
    actor,
    {
      permission: 'presence.plan',
      action: 'create',
      resourceType: 'consultation_hour',
      resourceId: id,
      locate: async (trx) => {
        const scope = await repo.locateUnit(trx, unitId);
        municipalityId = scope?.municipalityId ?? '';
        return scope;
      },
    },
    async (trx): Promise<ConsultationHour | RuleViolation> => {
      const contactId = request.contactStaffId;
      if (!(await repo.isNetworkContactIn(trx, contactId, municipalityId))) {
        return new RuleViolation(400, 'validation_failed', 'The request is not valid.', {
          issues: [{ path: 'body/contactStaffId', code: 'not_a_network_contact' }],
        });
      }
      await repo.lockContact(trx, contactId);
      const existing: PlannedHour[] = (await repo.listHoursOfContact(trx, contactId)).map((row) => ({
        ...recurringHourOf(row),
        unitId: row.unit_id,
      }));
      const calendar = await calendarOf(trx, municipalityId);
      const travel = await repo.findTravelTimes(trx, municipalityId);
      const between = travel.pairs.map((p) => ({ unitA: p.unit_a, unitB: p.unit_b, minutes: p.minutes }));
      const clash = firstClash(calendar, existing, { ...hour, unitId }, travelMinutesFrom({ defaultMinutes: travel.defaultMinutes, between }));
      if (clash) {
        // The page names the other unit: a planner may not otherwise know where the contact is.
        const [other] = await repo.unitNames(trx, [clash.existing.unitId]);
        return new RuleViolation(409, 'clash', "The hour clashes with the contact's other consultation hours.", {
          clash: { ...clash, existing: { ...clash.existing, unitName: other?.name ?? '' } },
        });
      }
      await repo.insertHour(trx, {
        id,
        unit_id: unitId,
        contact_staff_id: contactId,
        weekday: hour.weekday,
        start_time: hour.start,
        end_time: hour.end,
        slot_minutes: hour.slotMinutes,
        from_date: hour.from,
        to_date: hour.to,
      });
      return toConsultationHour((await repo.findHour(trx, id))!);
    },
  );
}

/**
 * Books a slot. A retry with the same idempotency key by the same person returns the first
 * booking (`created: false`) and books nothing. Of two people booking the same slot at once,
 * exactly one gets it: the other is refused by the partial unique index and told slot_taken.
 */
export async function bookSlot(
  db: Db,
  actor: Actor,
  request: BookingRequest,
  { now = clock.now() }: Clock = {},
): Promise<{ booking: Booking; created: boolean }> {
  let unitId = '';
  let municipalityId = '';
  let bookingId: string | undefined;
  const confirmation = checkConfirmation([{ field: 'purpose', text: request.purpose }], request.anonymityConfirmed);
  return withAccess(
    db,
    actor,
    {
      permission: 'booking.create',
      action: 'create',
      purpose: confirmation.auditPurpose,
      resourceType: 'booking',
      resourceId: request.consultationHourId,
      // Audited as the booking made or returned to a retry; a refused one names the hour it was for.
      auditedId: () => bookingId,
      locate: async (trx) => {
        const scope = await repo.locateHour(trx, request.consultationHourId);
        unitId = scope?.unitIds[0] ?? '';
        municipalityId = scope?.municipalityId ?? '';
        return scope;
      },
    },
    async (trx) => {
      const outcome = await book(trx);
      if (!(outcome instanceof RuleViolation)) bookingId = outcome.booking.id;
      return outcome;
    },
  );

  async function book(trx: Trx): Promise<{ booking: Booking; created: boolean } | RuleViolation> {
    const key = request.idempotencyKey ?? null;
    const replayOfKey = async () => {
      const earlier = key === null ? undefined : await repo.findBookingByKey(trx, key);
      return earlier ? replay(earlier, actor) : undefined;
    };
    const earlier = await replayOfKey();
    if (earlier) return earlier;

    const findings = findIdentifying(request.purpose, { names: await registerNamesOfUnit(trx, unitId) });
    if (findings.length > 0) {
      return new RuleViolation(400, 'identifying_purpose', 'The purpose must not identify a child.', {
        findings: findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end })),
      });
    }
    if (confirmation.refusal) return confirmation.refusal;

    const row = (await repo.findHour(trx, request.consultationHourId))!;
    const booked = await repo.listBookedSlots(trx, [row.id], request.date);
    const check = checkBooking(
      {
        calendar: await calendarOf(trx, municipalityId),
        hour: recurringHourOf(row),
        booked: booked.map((b) => ({ date: b.date, start: b.start_time })),
        now,
      },
      { date: request.date, start: request.start },
    );
    // Taken, perhaps by this request's own first try that committed a moment ago: a retry gets its answer.
    if (!check.ok) return (await replayOfKey()) ?? refusalOf(check.reason);

    const inserted = await insertIdempotent(trx, {
      insert: () =>
        repo.insertBooking(trx, {
          consultation_hour_id: row.id,
          date: check.slot.date,
          start_time: check.slot.start,
          booked_by_staff_id: actor.staffId,
          topic: request.topic,
          purpose: request.purpose,
          idempotency_key: key,
        }),
      // A concurrent retry of this very request won the race: answer with its booking; else the slot is taken.
      findWinner: async () => (await replayOfKey()) ?? refusalOf('already_booked'),
    });
    if (!inserted.created) return inserted.winner;
    const id = inserted.row;
    // Told inside the transaction: what others do about it (a reminder) lands with the booking.
    await bookingMade.publish(trx, { bookingId: id });
    return { booking: toBooking((await repo.findBooking(trx, id))!), created: true };
  }
}

/** The caller's own bookings, past and future, cancelled ones included. */
export function listMyBookings(db: Db, actor: Actor): Promise<BookingList> {
  return withAccess(
    db,
    actor,
    {
      permission: 'booking.create',
      action: 'read',
      resourceType: 'own_bookings',
      resourceId: actor.staffId,
      // About the caller themself: in scope wherever they hold a role that books.
      locate: async () => ({
        municipalityId: actor.municipalityId,
        unitIds: actor.memberships.map((m) => m.unitId),
        districtIds: actor.memberships.flatMap((m) => (m.districtId ? [m.districtId] : [])),
      }),
    },
    async (trx) => ({ bookings: (await repo.listBookingsBy(trx, actor.staffId)).map(toBooking) }),
  );
}

/**
 * Cancels the caller's own booking until its slot starts (409 slot_started after). Anyone
 * else's booking answers not found. Cancelling a cancelled booking changes nothing.
 */
export async function cancelBooking(db: Db, actor: Actor, bookingId: string, { now = clock.now() }: Clock = {}): Promise<Booking> {
  return withAccess(
    db,
    actor,
    {
      permission: 'booking.create',
      action: 'update',
      resourceType: 'booking',
      resourceId: bookingId,
      locate: (trx) => repo.locateBookingOfBooker(trx, bookingId),
    },
    async (trx): Promise<Booking | RuleViolation> => {
      const booking = (await repo.findBooking(trx, bookingId))!;
      if (booking.status === 'cancelled') return toBooking(booking);
      if (!canChangeBooking({ date: booking.date, start: booking.start_time }, now)) {
        return new RuleViolation(409, 'slot_started', 'The slot has started; it can no longer be cancelled.');
      }
      await repo.cancelBooking(trx, bookingId);
      return toBooking((await repo.findBooking(trx, bookingId))!);
    },
  );
}

/**
 * Moves the caller's own booking to another slot at the same unit, in one transaction: the
 * row's slot is rewritten, so the old slot is free the moment the new one is taken, and the
 * partial unique index still refuses a slot someone holds (409 slot_taken, nothing changed).
 * Asking again for the slot the booking already has answers the booking unchanged, so a retry
 * after a lost answer does not move anything twice.
 */
export async function moveBooking(
  db: Db,
  actor: Actor,
  bookingId: string,
  request: MoveBookingRequest,
  { now = clock.now() }: Clock = {},
): Promise<Booking> {
  let municipalityId = '';
  return withAccess(
    db,
    actor,
    {
      permission: 'booking.create',
      action: 'update',
      resourceType: 'booking',
      resourceId: bookingId,
      locate: async (trx) => {
        const scope = await repo.locateBookingOfBooker(trx, bookingId);
        municipalityId = scope?.municipalityId ?? '';
        return scope;
      },
    },
    async (trx): Promise<Booking | RuleViolation> => {
      const booking = (await repo.findBooking(trx, bookingId))!;
      if (booking.status === 'cancelled') return new RuleViolation(409, 'booking_cancelled', 'The booking is cancelled.');
      if (booking.consultation_hour_id === request.consultationHourId && booking.date === request.date && booking.start_time === request.start) {
        return toBooking(booking);
      }
      const target = await repo.findHour(trx, request.consultationHourId);
      if (!target || target.unit_id !== booking.unit_id) {
        return new RuleViolation(400, 'other_unit', 'A booking can only move to a slot at the same unit.');
      }
      const booked = await repo.listBookedSlots(trx, [target.id], request.date);
      const check = checkReschedule(
        {
          calendar: await calendarOf(trx, municipalityId),
          hour: recurringHourOf(target),
          booked: booked.map((b) => ({ date: b.date, start: b.start_time })),
          now,
        },
        { date: booking.date, start: booking.start_time },
        { date: request.date, start: request.start },
      );
      if (!check.ok) return refusalOf(check.reason);

      const moved = await unlessUniqueViolation(trx, () =>
        repo.moveBooking(trx, bookingId, { consultation_hour_id: target.id, date: check.slot.date, start_time: check.slot.start }),
      );
      if (moved === UNIQUE_VIOLATION) return refusalOf('already_booked');
      await bookingMoved.publish(trx, { bookingId });
      return toBooking((await repo.findBooking(trx, bookingId))!);
    },
  );
}

/**
 * A network contact's week: each day's consultation hours per unit with booked and free slot
 * counts, and the team meetings they sit on. A contact sees their own week (and who booked
 * their slots, to prepare); a leader sees any contact's week in the municipality, with counts
 * only, since knowing who consults whom is not needed to plan presence. Anyone else, and a
 * leader outside the municipality, is answered not found.
 */
export async function contactWeek(db: Db, actor: Actor, query: WeekQuery, { now = clock.now() }: Clock = {}): Promise<ContactWeek> {
  const monday = query.week === undefined ? mondayOfWeekParam(weekParamOf(localDate(now))) : mondayOfWeekParam(query.week);
  if (monday === null) {
    throw new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: 'querystring/week', code: 'bad_week' }] });
  }
  const own = query.contact === actor.staffId;
  let contact: Awaited<ReturnType<typeof repo.findNetworkContact>>;
  return withAccess(
    db,
    actor,
    {
      // One's own week is about oneself; another contact's week is a leader's view.
      permission: own ? 'presence.week' : 'presence.week_of_others',
      action: 'read',
      resourceType: 'contact_week',
      resourceId: query.contact,
      locate: async (trx) => {
        contact = await repo.findNetworkContact(trx, query.contact);
        return contact && { municipalityId: contact.municipality_id, unitIds: [], districtIds: [] };
      },
    },
    async (trx) => {
      const sunday = addDays(monday, 6);
      const rows = await repo.listHoursOfContact(trx, contact!.id);
      const hourIds = rows.map((r) => r.id);
      const [calendar, bookings, meetings, units] = await Promise.all([
        calendarOf(trx, contact!.municipality_id),
        repo.listBookingsOfHours(trx, hourIds, monday, sunday),
        meetingsOfMemberBetween(trx, contact!.id, monday, sunday),
        repo.unitNames(trx, [...new Set(rows.map((r) => r.unit_id))]),
      ]);
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const days = weekOf(
        calendar,
        monday,
        rows.map((row) => ({ ...recurringHourOf(row), id: row.id, unitId: row.unit_id })),
        bookings.map((b) => ({ hourId: b.consultation_hour_id, date: b.date, start: b.start_time })),
      );
      return {
        contact: { id: contact!.id, givenName: contact!.given_name, familyName: contact!.family_name },
        week: weekParamOf(monday),
        previousWeek: weekParamOf(addDays(monday, -7)),
        nextWeek: weekParamOf(addDays(monday, 7)),
        days: days.map((day) => ({
          date: day.date,
          closure: day.closure,
          hours: day.hours.map((hour) => ({
            consultationHourId: hour.hourId,
            unit: { id: hour.unitId, name: unitName.get(hour.unitId) ?? '' },
            start: hour.start,
            end: hour.end,
            slots: hour.slots,
            booked: hour.booked.length,
            ...(own && {
              bookings: bookings
                .filter((b) => b.consultation_hour_id === hour.hourId && b.date === day.date && hour.booked.includes(b.start_time))
                .sort((a, b) => a.start_time.localeCompare(b.start_time))
                .map((b) => ({ start: b.start_time, bookedBy: { givenName: b.given_name, familyName: b.family_name }, topic: b.topic })),
            }),
          })),
          meetings: meetings
            .filter((m) => m.date === day.date)
            .map((m) => ({ id: m.id, unit: { id: m.unit_id, name: m.unit_name }, start: m.start_time, end: m.end_time, status: m.status })),
        })),
      };
    },
  );
}

/** The municipality's network contacts, for the pickers of those who plan presence. */
export function listNetworkContacts(db: Db, actor: Actor): Promise<NetworkContacts> {
  return withAccess(
    db,
    actor,
    {
      permission: 'presence.plan',
      action: 'read',
      resourceType: 'network_contacts',
      resourceId: actor.municipalityId,
      locate: async () => ({ municipalityId: actor.municipalityId, unitIds: [], districtIds: [] }),
    },
    async (trx) => ({
      contacts: (await repo.listNetworkContacts(trx, actor.municipalityId)).map((c) => ({
        id: c.id,
        givenName: c.given_name,
        familyName: c.family_name,
      })),
    }),
  );
}

/** The municipality's travel times and school holidays. */
export function getPresenceSettings(db: Db, actor: Actor, municipalityId: string): Promise<PresenceSettings> {
  return withAccess(
    db,
    actor,
    {
      permission: 'presence.settings',
      action: 'read',
      resourceType: 'presence_settings',
      resourceId: municipalityId,
      locate: (trx) => repo.locateMunicipality(trx, municipalityId),
    },
    (trx) => readSettings(trx, municipalityId),
  );
}

/**
 * Saves the travel times and the school holidays as one whole, naming the version read
 * (409 conflict when someone saved since). Saving exactly what is stored changes nothing and
 * answers success, so a double click or a retry is harmless. Bad values: 400 with one code per
 * row and field, nothing saved.
 */
export async function savePresenceSettings(
  db: Db,
  actor: Actor,
  municipalityId: string,
  request: PresenceSettingsRequest,
): Promise<PresenceSettings> {
  const issues = settingsIssues(request);
  if (issues.length > 0) throw new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues });
  return withAccess(
    db,
    actor,
    {
      permission: 'presence.settings',
      action: 'update',
      resourceType: 'presence_settings',
      resourceId: municipalityId,
      locate: (trx) => repo.locateMunicipality(trx, municipalityId),
    },
    async (trx): Promise<PresenceSettings | RuleViolation> => {
      const units = new Set((await repo.listUnitsOf(trx, municipalityId)).map((u) => u.id));
      const foreign = request.pairs.flatMap((pair, index) =>
        [pair.unitA, pair.unitB].some((id) => !units.has(id)) ? [{ path: `body/pairs/${index}`, code: 'unknown_unit' }] : [],
      );
      if (foreign.length > 0) return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: foreign });
      const current = await readSettings(trx, municipalityId);
      if (sameSettings(current, request)) return current;
      if (!(await repo.bumpSettingsVersion(trx, municipalityId, request.version, request.travelMinutes))) {
        return new RuleViolation(409, 'conflict', 'Someone else has saved the settings since they were read.');
      }
      await repo.replaceTravelPairs(
        trx,
        municipalityId,
        request.pairs.map((p) => ({ unit_a: p.unitA < p.unitB ? p.unitA : p.unitB, unit_b: p.unitA < p.unitB ? p.unitB : p.unitA, minutes: p.minutes })),
      );
      await repo.replaceHolidays(
        trx,
        municipalityId,
        request.holidays.map((h) => ({ from_date: h.from, to_date: h.to, label: h.label.trim() })),
      );
      return readSettings(trx, municipalityId);
    },
  );
}

function settingsIssues(request: PresenceSettingsRequest): { path: string; code: string }[] {
  const minutesOk = (m: number) => Number.isInteger(m) && m >= 0 && m <= 240;
  const issues: { path: string; code: string }[] = [];
  if (!minutesOk(request.travelMinutes)) issues.push({ path: 'body/travelMinutes', code: 'bad_minutes' });
  const seen = new Set<string>();
  request.pairs.forEach((pair, index) => {
    const key = [pair.unitA, pair.unitB].sort().join(' ');
    if (pair.unitA === pair.unitB) issues.push({ path: `body/pairs/${index}/unitB`, code: 'same_unit' });
    else if (seen.has(key)) issues.push({ path: `body/pairs/${index}/unitB`, code: 'duplicate_pair' });
    seen.add(key);
    if (!minutesOk(pair.minutes)) issues.push({ path: `body/pairs/${index}/minutes`, code: 'bad_minutes' });
  });
  request.holidays.forEach((holiday, index) => {
    if (holiday.label.trim().length === 0) issues.push({ path: `body/holidays/${index}/label`, code: 'label_missing' });
    for (const error of validateHolidayPeriod(holiday)) issues.push({ path: `body/holidays/${index}/${error.field}`, code: error.code });
  });
  return issues;
}

function sameSettings(current: PresenceSettings, request: PresenceSettingsRequest): boolean {
  const pairKey = (a: string, b: string, minutes: number) => `${a < b ? a : b} ${a < b ? b : a} ${minutes}`;
  const pairs = (list: string[]) => [...list].sort().join('|');
  const holidays = (list: { from: string; to: string; label: string }[]) =>
    list.map((h) => `${h.from} ${h.to} ${h.label.trim()}`).sort().join('|');
  return (
    current.travelMinutes === request.travelMinutes &&
    pairs(current.pairs.map((p) => pairKey(p.unitA.id, p.unitB.id, p.minutes))) === pairs(request.pairs.map((p) => pairKey(p.unitA, p.unitB, p.minutes))) &&
    holidays(current.holidays) === holidays(request.holidays)
  );
}

async function readSettings(trx: Trx, municipalityId: string): Promise<PresenceSettings> {
  const [travel, calendar, units] = await Promise.all([
    repo.findTravelTimes(trx, municipalityId),
    calendarOf(trx, municipalityId),
    repo.listUnitsOf(trx, municipalityId),
  ]);
  const unit = new Map(units.map((u) => [u.id, u]));
  return {
    municipalityId,
    version: travel.version,
    travelMinutes: travel.defaultMinutes,
    pairs: travel.pairs.map((p) => ({ unitA: unit.get(p.unit_a)!, unitB: unit.get(p.unit_b)!, minutes: p.minutes })),
    holidays: [...calendar.holidays],
    units,
  };
}

function replay(earlier: repo.BookingRow, actor: Actor) {
  if (earlier.booked_by_staff_id !== actor.staffId) {
    return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
  }
  return { booking: toBooking(earlier), created: false };
}

function refusalOf(reason: BookingRefusal): RuleViolation {
  switch (reason) {
    case 'already_booked':
      return new RuleViolation(409, 'slot_taken', 'Someone else has booked the slot.');
    case 'slot_started':
      return new RuleViolation(409, 'slot_started', 'The slot has started.');
    case 'no_hour_that_day':
    case 'no_such_slot':
      return new RuleViolation(400, reason, 'There is no such slot in the consultation hour.');
  }
}

async function calendarOf(trx: Trx, municipalityId: string): Promise<SchoolCalendar> {
  return repo.findCalendarInputs(trx, municipalityId);
}

function recurringHourOf(row: repo.HourRow): RecurringHour {
  return {
    weekday: row.weekday as SchoolWeekday,
    start: row.start_time,
    end: row.end_time,
    slotMinutes: row.slot_minutes,
    from: row.from_date,
    to: row.to_date,
  };
}

function toConsultationHour(row: repo.HourRow): ConsultationHour {
  return {
    id: row.id,
    unitId: row.unit_id,
    contact: { id: row.contact_staff_id, givenName: row.contact_given_name, familyName: row.contact_family_name },
    weekday: row.weekday,
    start: row.start_time,
    end: row.end_time,
    slotMinutes: row.slot_minutes,
    from: row.from_date,
    to: row.to_date,
    version: row.version,
  };
}

function toBooking(row: repo.BookingRow): Booking {
  return {
    id: row.id,
    consultationHourId: row.consultation_hour_id,
    unit: { id: row.unit_id, name: row.unit_name },
    contact: { id: row.contact_staff_id, givenName: row.contact_given_name, familyName: row.contact_family_name },
    date: row.date,
    start: row.start_time,
    end: fromMinutes(toMinutes(row.start_time) + row.slot_minutes),
    topic: row.topic,
    purpose: row.purpose,
    status: row.status,
  };
}
