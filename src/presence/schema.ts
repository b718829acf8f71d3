/**
 * The presence API's shapes (consultation hours, free slots, bookings), shared by the server
 * (validation, OpenAPI) and the web. Dates are 'YYYY-MM-DD', times 'HH:MM' (Norwegian time).
 * Fields are loosely typed where the domain's own parser gives better, per-field error codes.
 */
import { z } from 'zod';
import { errorSchema } from '../kernel/http/error-schema.ts';

export const BOOKING_TOPICS = [
  'wellbeing',
  'absence',
  'conflict_at_home',
  'neglect',
  'behaviour',
  'development',
  'substance_use',
  'other',
] as const;
export const bookingTopicSchema = z.enum(BOOKING_TOPICS);

export const idParamsSchema = z.object({ id: z.uuid() });

export const consultationHoursQuerySchema = z.object({
  /** How many free slots to list, from now on. */
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const consultationHourSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  contact: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  weekday: z.number().int().min(1).max(5),
  start: z.string(),
  end: z.string(),
  slotMinutes: z.number().int(),
  from: z.string(),
  to: z.string(),
  version: z.number().int(),
});

export const freeSlotSchema = z.object({
  consultationHourId: z.uuid(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
});

export const consultationHoursSchema = z.object({
  hours: z.array(consultationHourSchema),
  /** The next free slots in date and time order: closed days, booked and started slots left out. */
  freeSlots: z.array(freeSlotSchema),
});

/** Checked by parseRecurringHour in the service, so the form gets one code per field. */
export const planHourRequestSchema = z.object({
  contactStaffId: z.uuid(),
  weekday: z.number(),
  start: z.string().max(5),
  end: z.string().max(5),
  slotMinutes: z.number(),
  from: z.string().max(10),
  to: z.string().max(10),
});

export const bookingRequestSchema = z.object({
  consultationHourId: z.uuid(),
  date: z.string().max(10),
  start: z.string().max(5),
  topic: bookingTopicSchema,
  /** Must not identify a child; the anonymity guard refuses it otherwise. */
  purpose: z.string().trim().min(1).max(500),
  /** Chosen by the client once per booking attempt; a retry with the same key books nothing new. */
  idempotencyKey: z.string().min(8).max(100).optional(),
});

/** Another slot at the booking's unit: the hour (possibly another contact's), date and start. */
export const moveBookingRequestSchema = z.object({
  consultationHourId: z.uuid(),
  date: z.string().max(10),
  start: z.string().max(5),
});

export const bookingSchema = z.object({
  id: z.uuid(),
  consultationHourId: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  contact: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  topic: bookingTopicSchema,
  purpose: z.string(),
  status: z.enum(['booked', 'cancelled']),
});

export const bookingListSchema = z.object({ bookings: z.array(bookingSchema) });

export const weekQuerySchema = z.object({
  contact: z.uuid(),
  /** ISO week 'YYYY-Www'; the current week when left out. */
  week: z.string().max(8).optional(),
});

const personSchema = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

/**
 * A network contact's week. Who booked a slot (name and topic, never the purpose) is shown
 * to the contact themself only; a leader sees how many slots are booked.
 */
export const contactWeekSchema = z.object({
  contact: personSchema,
  week: z.string(),
  previousWeek: z.string(),
  nextWeek: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      closure: z
        .object({ kind: z.enum(['weekend', 'public_holiday', 'school_holiday', 'closed_day']), label: z.string().optional() })
        .nullable(),
      hours: z.array(
        z.object({
          consultationHourId: z.uuid(),
          unit: z.object({ id: z.uuid(), name: z.string() }),
          start: z.string(),
          end: z.string(),
          slots: z.number().int(),
          booked: z.number().int(),
          bookings: z.array(z.object({ start: z.string(), bookedBy: personSchema.omit({ id: true }), topic: bookingTopicSchema })).optional(),
        }),
      ),
      meetings: z.array(
        z.object({
          id: z.uuid(),
          unit: z.object({ id: z.uuid(), name: z.string() }),
          start: z.string(),
          end: z.string(),
          status: z.enum(['proposed', 'published', 'held']),
        }),
      ),
    }),
  ),
});

export const networkContactsSchema = z.object({ contacts: z.array(personSchema) });

const unitRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** A municipality's presence settings: travel times and school holidays. */
export const presenceSettingsSchema = z.object({
  municipalityId: z.uuid(),
  /** 0 until the municipality first saves its settings. */
  version: z.number().int(),
  travelMinutes: z.number().int(),
  pairs: z.array(z.object({ unitA: unitRefSchema, unitB: unitRefSchema, minutes: z.number().int() })),
  holidays: z.array(z.object({ from: z.string(), to: z.string(), label: z.string() })),
  /** The municipality's units, for choosing a pair. */
  units: z.array(unitRefSchema),
});

/** Checked field by field in the service, so the page gets one code per row. */
export const presenceSettingsRequestSchema = z.object({
  version: z.number().int().min(0),
  travelMinutes: z.number(),
  pairs: z.array(z.object({ unitA: z.uuid(), unitB: z.uuid(), minutes: z.number() })).max(2000),
  holidays: z.array(z.object({ from: z.string().max(10), to: z.string().max(10), label: z.string().max(100) })).max(100),
});

/** 409 for a planning clash: the first dated clash, named by date, the other unit and times only. */
export const clashErrorSchema = errorSchema.extend({
  clash: z
    .object({
      date: z.string(),
      existing: z.object({ unitId: z.uuid(), unitName: z.string(), start: z.string(), end: z.string() }),
      proposed: z.object({ start: z.string(), end: z.string() }),
      travelMinutes: z.number().int(),
    })
    .optional(),
});

/** 400 when a purpose holds identifying details: their kinds and where they are, never the text. */
export const identifyingErrorSchema = errorSchema.extend({
  findings: z.array(z.object({ kind: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
});

export type BookingTopic = z.infer<typeof bookingTopicSchema>;
export type ConsultationHour = z.infer<typeof consultationHourSchema>;
export type ConsultationHours = z.infer<typeof consultationHoursSchema>;
export type FreeSlot = z.infer<typeof freeSlotSchema>;
export type PlanHourRequest = z.infer<typeof planHourRequestSchema>;
export type BookingRequest = z.infer<typeof bookingRequestSchema>;
export type MoveBookingRequest = z.infer<typeof moveBookingRequestSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type BookingList = z.infer<typeof bookingListSchema>;
export type WeekQuery = z.infer<typeof weekQuerySchema>;
export type ContactWeek = z.infer<typeof contactWeekSchema>;
export type NetworkContacts = z.infer<typeof networkContactsSchema>;
export type PresenceSettings = z.infer<typeof presenceSettingsSchema>;
export type PresenceSettingsRequest = z.infer<typeof presenceSettingsRequestSchema>;
