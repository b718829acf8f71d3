/** Kysely types of the presence tables (migrations 0005 and 0008). Dates and times stay text. */
import type { Generated } from 'kysely';
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    consultation_hour: ConsultationHourTable;
    booking: BookingTable;
    school_holiday: SchoolHolidayTable;
    presence_settings: PresenceSettingsTable;
    travel_time: TravelTimeTable;
  }
}


export interface PresenceSettingsTable {
  municipality_id: string;
  travel_minutes: Generated<number>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

/** A pair of units, the smaller id in `unit_a`. */
export interface TravelTimeTable {
  municipality_id: string;
  unit_a: string;
  unit_b: string;
  minutes: number;
}

/** A network contact's weekly consultation hour at a unit (migration 0005). Dates and times are text. */
export interface ConsultationHourTable {
  id: Generated<string>;
  unit_id: string;
  contact_staff_id: string;
  weekday: number;
  /** 'HH:MM' */
  start_time: string;
  end_time: string;
  slot_minutes: number;
  from_date: string;
  to_date: string;
  created_at: Generated<Date>;
  version: Generated<number>;
}

/** A booking's topic: one of the shared concern categories. */
export type BookingTopic = ConcernCategory;

export interface BookingTable {
  id: Generated<string>;
  consultation_hour_id: string;
  date: string;
  start_time: string;
  booked_by_staff_id: string;
  topic: BookingTopic;
  purpose: string;
  status: Generated<'booked' | 'cancelled'>;
  idempotency_key: string | null;
  created_at: Generated<Date>;
  cancelled_at: Date | null;
}

export interface SchoolHolidayTable {
  id: Generated<string>;
  municipality_id: string;
  from_date: string;
  to_date: string;
  label: string;
}
