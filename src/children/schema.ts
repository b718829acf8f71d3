/** The child record and a unit's register, shared by server and web. */
import { z } from 'zod';
import { isValidCpr } from '../kernel/national-id/danish.ts';
import { isValidNorwegianId } from '../kernel/national-id/norwegian.ts';
import { cleanText, id } from '../kernel/validation/primitives.ts';

export const childParamsSchema = z.object({ id: id() });

export const childRecordSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.iso.date(),
  nationalId: z.string(),
  /** A demo or test number that can never belong to a real person. */
  nationalIdSynthetic: z.boolean(),
  enrolments: z.array(
    z.object({ unitId: z.uuid(), unitName: z.string(), groupName: z.string(), grade: z.number().int().nullable() }),
  ),
  guardians: z.array(
    z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      relation: z.enum(['mother', 'father', 'other']),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  /** The family's contact person in child welfare, whatever the child's age. */
  contactPerson: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }).nullable(),
  /** Set when this view was opened through emergency access. */
  emergency: z.boolean(),
});

export const registerSchema = z.object({
  children: z.array(
    z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      groupName: z.string(),
      grade: z.number().int().nullable(),
    }),
  ),
});

export const emergencyRequestSchema = z.object({
  reason: cleanText(500, { multiline: true }).min(10),
});

export const emergencyGrantSchema = z.object({
  expiresAt: z.iso.datetime(),
  reviewDueOn: z.iso.date(),
});

export type ChildRecord = z.infer<typeof childRecordSchema>;
export type Register = z.infer<typeof registerSchema>;
export type EmergencyGrant = z.infer<typeof emergencyGrantSchema>;

/** The issue message a lookup gives for a number whose check digits or date do not hold. */
export const INVALID_NATIONAL_ID = 'invalid_national_id';

/** A Norwegian number (check digits) or a Danish CPR number (date), spaces and hyphens aside. */
function isIdentityNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  return isValidNorwegianId(digits) || isValidCpr(digits);
}

/**
 * Finding a child by identity number: sent in a body, never in a URL. A number that cannot
 * be one (a wrong check digit, no such date) is refused as such, before any search.
 */
export const lookupRequestSchema = z.object({
  nationalId: cleanText(20).min(6).refine(isIdentityNumber, { message: INVALID_NATIONAL_ID }),
});
export const lookupResultSchema = z.object({
  id: z.uuid(),
  /** False: the record is outside the actor's scope and opens only through emergency access. */
  inScope: z.boolean(),
});
export type LookupResult = z.infer<typeof lookupResultSchema>;
