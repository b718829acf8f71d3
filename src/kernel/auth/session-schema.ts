import { z } from 'zod';
import { id } from '../validation/primitives.ts';
import { roleSchema, unitKindSchema } from '../db/register-kinds.ts';
import { permissions } from '../policy/permissions.ts';

const permissionSchema = z.enum(Object.keys(permissions) as [keyof typeof permissions, ...(keyof typeof permissions)[]]);

/** Who is logged in, as the web shell needs it: the person and the unit they act for now. */
export const sessionSchema = z.object({
  demo: z.boolean(),
  /** Sent back in the x-csrf-token header on every state-changing request. */
  csrfToken: z.string(),
  user: z
    .object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      currentUnit: z.object({ id: z.uuid(), name: z.string(), kind: unitKindSchema, role: roleSchema }).nullable(),
      /** Every unit and role the person holds, for switching the current unit. */
      memberships: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), role: roleSchema })),
      /** What the person may do somewhere, so the web hides what is not allowed; the server still checks. */
      permissions: z.array(permissionSchema),
    })
    .nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const demoPeopleSchema = z.object({
  people: z.array(
    z.object({
      staffId: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      role: roleSchema,
      unitName: z.string(),
      municipalityName: z.string(),
    }),
  ),
});

export const demoLoginSchema = z.object({ staffId: id() });
export const currentUnitSchema = z.object({ unitId: id() });

/** Municipalities whose staff log in through their own identity provider (GET /api/auth/oidc/providers). */
export const providerListSchema = z.object({
  providers: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
