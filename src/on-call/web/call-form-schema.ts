/**
 * What the call form holds, checked in the browser by the same shapes the server uses: times as
 * the browser's date-and-time fields give them (local, no offset), the minutes as typed. Sent as
 * the API's request once turned into instants and a number (toNewCall).
 */
import { z } from 'zod';
import { boundedInt } from '../../kernel/validation/primitives.ts';
import { callerSchema, categorySchema, newCallSchema, placementSchema, responseSchema, type NewCall } from '../schema.ts';

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const callFormSchema = z
  .object({
    municipalityId: z.string().min(1),
    receivedAt: localDateTime,
    caller: callerSchema,
    category: categorySchema,
    responses: z.array(responseSchema).min(1),
    placement: placementSchema,
    placementMadeAt: z.string(),
    minutesSpent: z.string().regex(/^\d{1,4}$/),
    summary: newCallSchema.shape.summary,
    followUp: z.boolean(),
    workerStaffIds: z.array(z.string()),
  })
  .superRefine((value, ctx) => {
    if (value.placement === 'made' && !localDateTime.safeParse(value.placementMadeAt).success) {
      ctx.addIssue({ code: 'custom', path: ['placementMadeAt'], message: 'placement_time_missing' });
    }
    if (!boundedInt(1, 1440).safeParse(Number(value.minutesSpent)).success) {
      ctx.addIssue({ code: 'custom', path: ['minutesSpent'], message: 'number_out_of_range' });
    }
  });

export type CallFormValues = z.input<typeof callFormSchema>;

/** The request for what the form holds; local times are read on the browser's clock. */
export function toNewCall(values: z.output<typeof callFormSchema>, idempotencyKey: string): NewCall {
  return {
    municipalityId: values.municipalityId,
    receivedAt: new Date(values.receivedAt).toISOString(),
    caller: values.caller,
    category: values.category,
    responses: values.responses,
    placement: values.placement,
    placementMadeAt: values.placement === 'made' ? new Date(values.placementMadeAt).toISOString() : null,
    minutesSpent: Number(values.minutesSpent),
    summary: values.summary,
    followUp: values.followUp,
    workerStaffIds: values.workerStaffIds,
    idempotencyKey,
  };
}

/** A date-and-time field's value for an instant, on the browser's clock. */
export function localInputValue(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
