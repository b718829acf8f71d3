import { z } from 'zod';

/**
 * Every error answer has this shape. `code` is a stable key the web translates
 * (errors.<code> in the i18n catalogue); `message` is English for logs and API users and
 * never holds personal data.
 */
export const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
});
export type ApiError = z.infer<typeof errorSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

export const readinessSchema = z.object({ status: z.enum(['ready', 'not_ready']) });
