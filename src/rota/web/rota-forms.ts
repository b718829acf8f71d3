/**
 * The rota's forms as the browser holds them (text in, numbers out), checked by the same bounds
 * as the API's schemas in plan-schema.ts.
 */
import { z } from 'zod';
import { calendarDate } from '../../kernel/validation/primitives.ts';
import { staffSchema } from '../schema.ts';

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
});

/** The Monday after the date (a new rota plans ahead), as YYYY-MM-DD. */
export function nextMonday(today: Date): string {
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate(), 12));
  date.setUTCDate(date.getUTCDate() + (((8 - date.getUTCDay()) % 7) || 7));
  return date.toISOString().slice(0, 10);
}
