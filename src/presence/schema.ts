/**
 * The presence API's shapes (consultation hours, free slots, bookings), shared by the server
 * (validation, OpenAPI) and the web. Dates are 'YYYY-MM-DD', times 'HH:MM' (Norwegian time).
 * Fields are loosely typed where the domain's own parser gives better, per-field error codes.
 */
import { z } from 'zod';
import { anonymityConfirmedSchema, warningSpansSchema } from '../anonymity/schema.ts';
import { CONCERN_CATEGORIES } from '../kernel/concern-categories/categories.ts';
import { boundedInt, boundedRange, calendarDate, cleanText, id, idempotencyKey, RANGE_DAYS, version } from '../kernel/validation/primitives.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import type { InputIssueCode } from '../kernel/validation/issues.ts';

/** A booking's topic: the same list a consultation is recorded with. */
export const bookingTopicSchema = z.enum(CONCERN_CATEGORIES);

export const idParamsSchema = z.object({ id: id() });

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
  contactStaffId: id(),
  weekday: boundedInt(1, 5),
  start: cleanText(5),
  end: cleanText(5),
  slotMinutes: boundedInt(1, 24 * 60),
  /** At most two school years at a time: every occurrence between them is walked to list free slots. */
  from: calendarDate(),
  to: calendarDate(),
}).superRefine(boundedRange('from', 'to', RANGE_DAYS.twoSchoolYears));

export const bookingRequestSchema = z.object({
  consultationHourId: id(),
  date: calendarDate(),
  start: cleanText(5),
  topic: bookingTopicSchema,
  /** Must not identify a child; the anonymity guard refuses it otherwise. */
  purpose: cleanText(500, { multiline: true }).min(1),
  anonymityConfirmed: anonymityConfirmedSchema,
  /** Chosen by the client once per booking attempt; a retry with the same key books nothing new. */
  idempotencyKey: idempotencyKey().optional(),
});

/** Another slot at the booking's unit: the hour (possibly another contact's), date and start. */
export const moveBookingRequestSchema = z.object({
  consultationHourId: id(),
  date: calendarDate(),
  start: cleanText(5),
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
  contact: id(),
  /** ISO week 'YYYY-Www'; the current week when left out. */
  week: cleanText(8).optional(),
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
  version: version(0),
  travelMinutes: boundedInt(0, 240),
  pairs: z.array(z.object({ unitA: id(), unitB: id(), minutes: boundedInt(0, 240) })).max(2000),
  holidays: z
    .array(
      z
        .object({
          from: calendarDate(),
          to: calendarDate(),
          // A nameless holiday is refused here too, so that the page names it beside any refused date at once.
          label: cleanText(100, { trim: false }).refine((value) => value.trim().length > 0, { error: 'text_too_short' satisfies InputIssueCode }),
        })
        .superRefine(boundedRange('from', 'to', RANGE_DAYS.schoolYear)),
    )
    .max(100),
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
  warnings: warningSpansSchema,
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
