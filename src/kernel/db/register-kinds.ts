/**
 * The closed lists of the register (languages, countries, kinds of unit, roles, parts of a
 * municipality), each written once: the table types, the API schemas and the web's choices
 * all read them from here. The migrations' check constraints hold the same values.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from '../../time/zone.ts';

export const localeSchema = z.enum(['nb', 'nn', 'da', 'en']);
export const countryCodeSchema = z.enum(COUNTRY_CODES);
export const unitKindSchema = z.enum(['school', 'kindergarten', 'day_care', 'family_centre', 'ppt', 'child_welfare', 'on_call_service']);
export const roleSchema = z.enum([
  'staff',
  'unit_leader',
  'network_contact',
  'partner',
  'intake_worker',
  'on_call_worker',
  'leader',
  'administrator',
]);
export const compassSchema = z.enum(['east', 'west', 'centre', 'north', 'south']);

export type Locale = z.infer<typeof localeSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Compass = z.infer<typeof compassSchema>;
