/**
 * The sections of a concern report, shared by the assistant's form, the API and the export.
 * A draft holds the same shape as a submitted report, with gaps: empty text and unanswered
 * (null) questions. The completeness check (domain/completeness.ts) decides when it may go.
 */
import { z } from 'zod';
import { calendarDate, cleanText } from '../kernel/validation/primitives.ts';

/**
 * The report's free text as typed: never trimmed (a draft is saved while someone writes), no
 * control characters but line breaks in the longer fields, which are text areas.
 */
const text = (max: number) => cleanText(max, { trim: false, multiline: max >= 1000 });

export const addressSchema = z.object({
  line1: text(200),
  postalCode: text(10),
  postalTown: text(100),
});

export const reportChildSchema = z.object({
  unborn: z.boolean(),
  /** Matched against the register on submission, to route the report; a child not found is flagged for intake. */
  nationalId: text(20),
  givenName: text(100),
  familyName: text(100),
  address: addressSchema,
  /** Whether the child knows about the report; if not, why. */
  told: z.boolean().nullable(),
  notToldReason: text(1000),
});

export const reportGuardianSchema = z.object({
  name: text(200),
  phone: text(30),
  told: z.boolean().nullable(),
  notToldReason: text(1000),
});

export const observationSchema = z.object({
  date: z.union([calendarDate(), z.literal('')]),
  /** What was seen or heard, as facts. */
  what: text(4000),
  /** The child's own words, exactly; exported as a quote. */
  childsWords: text(2000),
});

export const reporterSchema = z.object({
  name: text(200),
  role: text(100),
  phone: text(30),
  email: text(200),
  workplace: text(200),
  orgNumber: text(20),
  workplaceAddress: addressSchema,
});

export const reportContentSchema = z.object({
  child: reportChildSchema,
  guardians: z.array(reportGuardianSchema).max(2),
  observations: z.array(observationSchema).max(20),
  /** How long it has lasted, and how it developed. */
  duration: text(2000),
  /** What the unit has already done. */
  actionsTaken: text(4000),
  /** Need for an interpreter, and for which language; empty when none. */
  interpreter: text(200),
  otherAgencies: text(1000),
  reporter: reporterSchema,
});

export type Address = z.infer<typeof addressSchema>;
export type ReportChild = z.infer<typeof reportChildSchema>;
export type ReportGuardian = z.infer<typeof reportGuardianSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Reporter = z.infer<typeof reporterSchema>;
export type ReportContent = z.infer<typeof reportContentSchema>;

export const reportSections = ['child', 'guardians', 'observations', 'duration', 'actionsTaken', 'reporter'] as const;
export type ReportSection = (typeof reportSections)[number];

export const problemKindSchema = z.enum(['missing', 'vague', 'invalid']);
export const completenessProblemSchema = z.object({
  section: z.enum(reportSections),
  /** The field, as a dotted path into the content ('guardians.0.notToldReason'). */
  field: z.string(),
  kind: problemKindSchema,
  /** A blocking problem stops submission; the others are advice. */
  blocking: z.boolean(),
});
export type CompletenessProblem = z.infer<typeof completenessProblemSchema>;

const emptyAddress = (): Address => ({ line1: '', postalCode: '', postalTown: '' });

/** An empty report, with the reporter's details filled in where the caller knows them. */
export function emptyContent(reporter: Partial<Reporter> = {}): ReportContent {
  return {
    child: {
      unborn: false,
      nationalId: '',
      givenName: '',
      familyName: '',
      address: emptyAddress(),
      told: null,
      notToldReason: '',
    },
    guardians: [{ name: '', phone: '', told: null, notToldReason: '' }],
    observations: [{ date: '', what: '', childsWords: '' }],
    duration: '',
    actionsTaken: '',
    interpreter: '',
    otherAgencies: '',
    reporter: {
      name: '',
      role: '',
      phone: '',
      email: '',
      workplace: '',
      orgNumber: '',
      workplaceAddress: emptyAddress(),
      ...reporter,
    },
  };
}
