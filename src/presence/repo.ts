/** Queries for consultation hours, bookings and school holidays. Dates and times stay text. */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { BookingTopic, ConsultationHourTable } from './tables.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import { locateUnit } from '../kernel/policy/locate.ts';
import { clock } from '../time/clock.ts';

export interface HourRow {
  id: string;
  unit_id: string;
  contact_staff_id: string;
  contact_given_name: string;
  contact_family_name: string;
  weekday: number;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  from_date: string;
  to_date: string;
  version: number;
}

export interface BookingRow {
  id: string;
  consultation_hour_id: string;
  date: string;
  start_time: string;
  booked_by_staff_id: string;
  topic: BookingTopic;
  purpose: string;
  status: 'booked' | 'cancelled';
  unit_id: string;
  unit_name: string;
  slot_minutes: number;
  contact_staff_id: string;
  contact_given_name: string;
  contact_family_name: string;
}

export { locateUnit } from '../kernel/policy/locate.ts';

/** The school calendar's inputs for a municipality: its country and its holiday periods. */
export async function findCalendarInputs(db: Db, municipalityId: string) {
  const [municipality, holidays] = await Promise.all([
    db.selectFrom('municipality').select('country_code').where('id', '=', municipalityId).executeTakeFirstOrThrow(),
    db
      .selectFrom('school_holiday')
      .select(['from_date', 'to_date', 'label'])
      .where('municipality_id', '=', municipalityId)
      .orderBy('from_date')
      .execute(),
  ]);
  return { country: municipality.country_code, holidays: holidays.map((h) => ({ from: h.from_date, to: h.to_date, label: h.label })) };
}

const hourColumns = (db: Db) =>
  db
    .selectFrom('consultation_hour as h')
    .innerJoin('staff as s', 's.id', 'h.contact_staff_id')
    .select([
      'h.id',
      'h.unit_id',
      'h.contact_staff_id',
      's.given_name as contact_given_name',
      's.family_name as contact_family_name',
      'h.weekday',
      'h.start_time',
      'h.end_time',
      'h.slot_minutes',
      'h.from_date',
      'h.to_date',
      'h.version',
    ]);

export function listHoursOfUnit(db: Db, unitId: string): Promise<HourRow[]> {
  return hourColumns(db).where('h.unit_id', '=', unitId).orderBy('h.weekday').orderBy('h.start_time').execute();
}

export function listHoursOfContact(db: Db, staffId: string): Promise<HourRow[]> {
  return hourColumns(db).where('h.contact_staff_id', '=', staffId).execute();
}

export function findHour(db: Db, id: string): Promise<HourRow | undefined> {
  return hourColumns(db).where('h.id', '=', id).executeTakeFirst();
}

/** Where a consultation hour sits: its unit. */
export async function locateHour(db: Db, hourId: string): Promise<ResourceScope | undefined> {
  const hour = await db.selectFrom('consultation_hour').select('unit_id').where('id', '=', hourId).executeTakeFirst();
  return hour && locateUnit(db, hour.unit_id);
}

/**
 * Serialises planning for one contact: a second planner for the same person waits here until
 * the first commits, so two clashing hours cannot both pass the clash check.
 */
export async function lockContact(db: Db, staffId: string): Promise<void> {
  await sql`select id from staff where id = ${staffId} for update`.execute(db);
}

/** Whether the person is a network contact in the municipality. */
export async function isNetworkContactIn(db: Db, staffId: string, municipalityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('membership as ms')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .select('ms.id')
    .where('ms.staff_id', '=', staffId)
    .where('ms.role', '=', 'network_contact')
    .where('u.municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertHour(db: Db, values: Omit<Insertable<ConsultationHourTable>, 'created_at' | 'version'> & { id: string }) {
  return db.insertInto('consultation_hour').values(values).execute();
}

/** Live bookings of the hours from `fromDate` on, as slot references. */
export function listBookedSlots(db: Db, hourIds: string[], fromDate: string) {
  if (hourIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('booking')
    .select(['consultation_hour_id', 'date', 'start_time'])
    .where('consultation_hour_id', 'in', hourIds)
    .where('status', '=', 'booked')
    .where('date', '>=', fromDate)
    .execute();
}

const bookingColumns = (db: Db) =>
  db
    .selectFrom('booking as b')
    .innerJoin('consultation_hour as h', 'h.id', 'b.consultation_hour_id')
    .innerJoin('unit as u', 'u.id', 'h.unit_id')
    .innerJoin('staff as s', 's.id', 'h.contact_staff_id')
    .select([
      'b.id',
      'b.consultation_hour_id',
      'b.date',
      'b.start_time',
      'b.booked_by_staff_id',
      'b.topic',
      'b.purpose',
      'b.status',
      'u.id as unit_id',
      'u.name as unit_name',
      'h.slot_minutes',
      'h.contact_staff_id',
      's.given_name as contact_given_name',
      's.family_name as contact_family_name',
    ]);

export function findBooking(db: Db, id: string): Promise<BookingRow | undefined> {
  return bookingColumns(db).where('b.id', '=', id).executeTakeFirst();
}

export function findBookingByKey(db: Db, idempotencyKey: string): Promise<BookingRow | undefined> {
  return bookingColumns(db).where('b.idempotency_key', '=', idempotencyKey).executeTakeFirst();
}

export function listBookingsBy(db: Db, staffId: string): Promise<BookingRow[]> {
  return bookingColumns(db)
    .where('b.booked_by_staff_id', '=', staffId)
    .orderBy('b.date')
    .orderBy('b.start_time')
    .execute();
}

/** Where a booking sits as its booker's own: the hour's unit, with the booker as its owner, so the decision denies anyone else. */
export async function locateBookingOfBooker(db: Db, bookingId: string): Promise<ResourceScope | undefined> {
  const booking = await db
    .selectFrom('booking as b')
    .innerJoin('consultation_hour as h', 'h.id', 'b.consultation_hour_id')
    .select(['h.unit_id', 'b.booked_by_staff_id'])
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
  const unit = booking && (await locateUnit(db, booking.unit_id));
  return unit && { ...unit, ownerStaffId: booking.booked_by_staff_id };
}

export async function insertBooking(
  db: Db,
  values: {
    consultation_hour_id: string;
    date: string;
    start_time: string;
    booked_by_staff_id: string;
    topic: BookingTopic;
    purpose: string;
    idempotency_key: string | null;
  },
): Promise<string> {
  const row = await db.insertInto('booking').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function cancelBooking(db: Db, id: string) {
  return db
    .updateTable('booking')
    .set({ status: 'cancelled', cancelled_at: clock.now() })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .execute();
}

/** Puts a live booking on another slot; the partial unique index refuses a taken one. */
export function moveBooking(db: Db, id: string, slot: { consultation_hour_id: string; date: string; start_time: string }) {
  return db.updateTable('booking').set(slot).where('id', '=', id).where('status', '=', 'booked').execute();
}

/** A person and where they work, if they are a network contact anywhere; undefined otherwise. */
export async function findNetworkContact(db: Db, staffId: string) {
  const staff = await db
    .selectFrom('staff as s')
    .select(['s.id', 's.given_name', 's.family_name', 's.municipality_id'])
    .where('s.id', '=', staffId)
    .where((eb) =>
      eb.exists(eb.selectFrom('membership as ms').select('ms.id').whereRef('ms.staff_id', '=', 's.id').where('ms.role', '=', 'network_contact')),
    )
    .executeTakeFirst();
  return staff;
}

/** The network contacts of a municipality, by name. */
export function listNetworkContacts(db: Db, municipalityId: string) {
  return db
    .selectFrom('staff as s')
    .select(['s.id', 's.given_name', 's.family_name'])
    .where('s.municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.exists(eb.selectFrom('membership as ms').select('ms.id').whereRef('ms.staff_id', '=', 's.id').where('ms.role', '=', 'network_contact')),
    )
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
}

export function unitNames(db: Db, unitIds: string[]): Promise<{ id: string; name: string }[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('unit').select(['id', 'name']).where('id', 'in', unitIds).execute();
}

/** Live bookings of the hours between two dates (inclusive), with who booked them. */
export function listBookingsOfHours(db: Db, hourIds: string[], from: string, to: string) {
  if (hourIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('booking as b')
    .innerJoin('staff as s', 's.id', 'b.booked_by_staff_id')
    .select(['b.consultation_hour_id', 'b.date', 'b.start_time', 'b.topic', 's.given_name', 's.family_name'])
    .where('b.consultation_hour_id', 'in', hourIds)
    .where('b.status', '=', 'booked')
    .where('b.date', '>=', from)
    .where('b.date', '<=', to)
    .execute();
}

/** The municipality's travel times: its default (30 minutes until it sets one), the pairs that differ, and the version. */
export async function findTravelTimes(db: Db, municipalityId: string) {
  const [settings, pairs] = await Promise.all([
    db.selectFrom('presence_settings').select(['travel_minutes', 'version']).where('municipality_id', '=', municipalityId).executeTakeFirst(),
    db.selectFrom('travel_time').select(['unit_a', 'unit_b', 'minutes']).where('municipality_id', '=', municipalityId).execute(),
  ]);
  return { defaultMinutes: settings?.travel_minutes ?? 30, version: settings?.version ?? 0, pairs };
}

export function listUnitsOf(db: Db, municipalityId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('unit').select(['id', 'name']).where('municipality_id', '=', municipalityId).orderBy('name').execute();
}

/**
 * Bumps the settings' version from `version` (0: none saved yet), or answers false when someone
 * else has saved since. The row lock it takes makes a second saver wait, then find the new version.
 */
export async function bumpSettingsVersion(db: Db, municipalityId: string, version: number, travelMinutes: number): Promise<boolean> {
  if (version === 0) {
    const inserted = await db
      .insertInto('presence_settings')
      .values({ municipality_id: municipalityId, travel_minutes: travelMinutes })
      .onConflict((oc) => oc.column('municipality_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('presence_settings')
    .set((eb) => ({ travel_minutes: travelMinutes, version: eb('version', '+', 1), updated_at: clock.now() }))
    .where('municipality_id', '=', municipalityId)
    .where('version', '=', version)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

export async function replaceTravelPairs(db: Db, municipalityId: string, pairs: { unit_a: string; unit_b: string; minutes: number }[]) {
  await db.deleteFrom('travel_time').where('municipality_id', '=', municipalityId).execute();
  if (pairs.length > 0) await db.insertInto('travel_time').values(pairs.map((p) => ({ ...p, municipality_id: municipalityId }))).execute();
}

export async function replaceHolidays(db: Db, municipalityId: string, holidays: { from_date: string; to_date: string; label: string }[]) {
  await db.deleteFrom('school_holiday').where('municipality_id', '=', municipalityId).execute();
  if (holidays.length > 0) await db.insertInto('school_holiday').values(holidays.map((h) => ({ ...h, municipality_id: municipalityId }))).execute();
}

/** A municipality as a resource of its own (its settings). */
export async function locateMunicipality(db: Db, municipalityId: string): Promise<ResourceScope | undefined> {
  const row = await db.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst();
  return row && { municipalityId: row.id, unitIds: [], districtIds: [] };
}
