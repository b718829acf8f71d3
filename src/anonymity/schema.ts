/**
 * The guard's part of every API that takes text which must stay anonymous: the writer's
 * confirmation in the request, and the warnings in a `needs_confirmation` answer.
 */
import { z } from 'zod';

/**
 * The writer has checked that the text's warnings (a trait, a diagnosis, "the only … in 1A")
 * do not single out one child. Without it such a text is refused with `needs_confirmation`;
 * with it, the save goes ahead and the confirmation is written to the audit event.
 */
export const anonymityConfirmedSchema = z.boolean().optional();

/** Each warning's field, kind and span (UTF-16 indices), never the text. */
export const warningSpansSchema = z.array(z.object({ field: z.string(), kind: z.string(), start: z.number().int(), end: z.number().int() })).optional();
