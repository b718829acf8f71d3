/**
 * The chronology API's shapes, shared by the server (validation, OpenAPI) and the child page.
 * Dates are 'YYYY-MM-DD'. The words of each kind (categories, outcomes, scopes, topics,
 * decisions) are the source capabilities' own.
 */
import { z } from 'zod';
import { decisionKinds } from '../concern-reports/domain/feedback.ts';
import { categorySchema, consentScopeSchema, outcomeSchema } from '../consultations/schema.ts';
import { id } from '../kernel/validation/primitives.ts';
import { talkTopicSchema } from '../pupil-talks/schema.ts';

export const idParamsSchema = z.object({ id: id() });

const isoDate = z.iso.date();
const person = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });
const unitRef = z.object({ id: z.uuid(), name: z.string() });

/**
 * One event in a child's chronology. Each source (consultations, consents, drafts started from
 * consultations, concern reports, pupil talks; later absence) adds its own kind, so the web can
 * show each in its own words. What each reader may see of a concern report or a pupil talk is
 * decided in domain/chronology-view.ts.
 */
export const chronologyEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('consultation'),
    date: isoDate,
    id: z.uuid(),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    category: categorySchema,
    outcome: outcomeSchema,
    /** Null when the consent it was recorded under no longer runs. */
    description: z.string().nullable(),
  }),
  /** A concern report started from one of the child's consultations: when, from which, and when sent. */
  z.object({ kind: z.literal('concern_report_started'), date: isoDate, consultationId: z.uuid(), consultationHeldOn: isoDate }),
  z.object({ kind: z.literal('consent_given'), date: isoDate, consentId: z.uuid(), guardian: person, scopes: z.array(consentScopeSchema), expiresOn: isoDate }),
  z.object({ kind: z.literal('consent_withdrawn'), date: isoDate, consentId: z.uuid(), guardian: person }),
  z.object({ kind: z.literal('consent_expired'), date: isoDate, consentId: z.uuid(), guardian: person }),
  z.object({
    kind: z.literal('concern_report'),
    /** The day it was sent (and received: sending is delivery). */
    date: isoDate,
    id: z.uuid(),
    /** The unit it was sent from. */
    unit: unitRef,
    answer: z.discriminatedUnion('seen', [
      /** Intake only: child welfare's decision, null until made. */
      z.object({ seen: z.literal('decision'), decision: z.enum(decisionKinds).nullable(), decidedOn: isoDate.nullable() }),
      /** Everyone else: what the reporter is told, null until decided. */
      z.object({ seen: z.literal('feedback'), investigationOpened: z.boolean().nullable() }),
    ]),
  }),
  /** A pupil talk whose parent notice was given. */
  z.object({ kind: z.literal('pupil_talk'), date: isoDate, id: z.uuid(), unit: unitRef, topic: talkTopicSchema, noticeGivenOn: isoDate }),
  /** Intake only: a talk whose parent notice was withheld, referred to child welfare. Null talk date once the talk is deleted. */
  z.object({ kind: z.literal('pupil_referral'), date: isoDate, id: z.uuid(), unit: unitRef, talkHeldOn: isoDate.nullable() }),
]);

export const chronologySchema = z.object({ entries: z.array(chronologyEntrySchema) });

export type ChronologyEntry = z.infer<typeof chronologyEntrySchema>;
export type Chronology = z.infer<typeof chronologySchema>;
