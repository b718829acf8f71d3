/** Kysely types of the presence settings tables (migrations/20261123_0008_presence_settings.sql). */
import type { Generated } from 'kysely';

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
