/**
 * The rota's forms as the browser holds them (text in, numbers out), checked by the same bounds
 * as the API's schemas in plan-schema.ts.
 */
import { z } from 'zod';
import { calendarDate } from '../../kernel/validation/primitives.ts';
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isoWeekday } from '../../time/iso-dates.ts';
import { DAY_KINDS, SHIFT_KINDS, staffSchema } from '../schema.ts';

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const newPlanFormSchema = z.object({
  from: calendarDate().refine((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1),
  weeks: wholeNumber(4, 12),
  seconds: wholeNumber(5, 600),
});

/** A share written with a comma or a point: "0,8" and "0.8" are the same. */
export const profileFormSchema = z.object({
  fte: z
    .string()
    .trim()
    .regex(/^\d(?:[.,]\d{1,2})?$/)
    .transform((text) => Number(text.replace(',', '.')))
    .pipe(staffSchema.shape.fte),
  experienced: z.boolean(),
  unavailableWeekdays: z
    .array(z.string())
    .transform((days) => days.map(Number))
    .pipe(z.array(z.number().int().min(1).max(7)).max(7)),
  /** Whole days the person cannot work. */
  unavailable: z.array(z.object({ date: calendarDate() })).max(400),
  /** A shift (or every shift of a day, template '') the person wants or would rather avoid. */
  wishes: z
    .array(z.object({ date: calendarDate(), template: z.string(), kind: z.enum(['want', 'avoid']) }))
    .max(400)
    .transform((wishes) => wishes.map(({ template, ...wish }) => (template === '' ? wish : { ...wish, template }))),
});

/** The Monday after the date (a new rota plans ahead). */
export function nextMonday(today: IsoDate): IsoDate {
  return addDays(today, 8 - isoWeekday(today));
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** One shift template as the setup form holds it; a new one gets its id when it is added. */
export const templateFormSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1).max(80),
    kind: z.enum(SHIFT_KINDS),
    days: z.array(z.enum(DAY_KINDS)).min(1),
    start: clock,
    end: clock,
    min: wholeNumber(0, 20),
    wanted: wholeNumber(0, 20),
    needsExperienced: z.boolean(),
  })
  .refine((t) => t.wanted >= t.min, { path: ['wanted'] });

export const setupFormSchema = z.object({
  templates: z.array(templateFormSchema).min(1).max(40),
  collectiveAgreement: z.boolean(),
  sundayRest: z.boolean(),
  maxConsecutiveNights: wholeNumber(1, 14),
  preferredConsecutiveNights: wholeNumber(1, 14),
});
export type SetupFormValues = z.input<typeof setupFormSchema>;
