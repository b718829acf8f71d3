/** Test factories for presence: a consultation hour, a school holiday, a booking. */
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Tables } from '../kernel/db/tables.ts';

type Row<T extends keyof Tables> = Selectable<Tables[T]>;

/** Tuesdays 12:00–14:00 in 30-minute slots through the school year 2026/27, unless told otherwise. */
export function buildConsultationHour(
  db: Db,
  fields: Partial<Insertable<Tables['consultation_hour']>> & { unit_id: string; contact_staff_id: string },
): Promise<Row<'consultation_hour'>> {
  return db
    .insertInto('consultation_hour')
    .values({
      weekday: 2,
      start_time: '12:00',
      end_time: '14:00',
      slot_minutes: 30,
      from_date: '2026-08-17',
      to_date: '2027-06-18',
      ...fields,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function buildSchoolHoliday(db: Db, fields: Insertable<Tables['school_holiday']>): Promise<Row<'school_holiday'>> {
  return db.insertInto('school_holiday').values(fields).returningAll().executeTakeFirstOrThrow();
}

export function buildBooking(
  db: Db,
  fields: Partial<Insertable<Tables['booking']>> &
    Pick<Insertable<Tables['booking']>, 'consultation_hour_id' | 'date' | 'start_time' | 'booked_by_staff_id'>,
): Promise<Row<'booking'>> {
  return db
    .insertInto('booking')
    .values({ topic: 'wellbeing', purpose: 'Råd om en elev som trekker seg unna', ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}
