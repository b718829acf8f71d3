import { z } from 'zod';
import { roleSchema, unitKindSchema } from '../../organisation/schema.ts';

/** Who is logged in, as the web shell needs it: the person and the unit they act for now. */
export const sessionSchema = z.object({
  demo: z.boolean(),
  user: z
    .object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      currentUnit: z.object({ id: z.uuid(), name: z.string(), kind: unitKindSchema, role: roleSchema }).nullable(),
    })
    .nullable(),
});
export type Session = z.infer<typeof sessionSchema>;
