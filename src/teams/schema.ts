/**
 * The team API's shapes (a unit's cross-sector team and its annual plan), shared by the server
 * (validation, OpenAPI) and the web. Dates are 'YYYY-MM-DD', times 'HH:MM' (Norwegian time),
 * school years '2026/27'. Dates and times are checked by the domain rules in the service, so a
 * form gets one code per field.
 */
import { z } from 'zod';
import { anonymityConfirmedSchema, warningSpansSchema } from '../anonymity/schema.ts';
import {
  boundedInt,
  boundedRange,
  calendarDate,
  cleanText,
  FIRST_YEAR,
  id,
  idempotencyKey as newKey,
  LAST_YEAR,
  RANGE_DAYS,
  version,
} from '../kernel/validation/primitives.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';

export const roleInTeamSchema = z.enum(['leader', 'family_centre', 'child_welfare', 'ppt']);
export const meetingStatusSchema = z.enum(['proposed', 'published', 'held']);
export const agendaItemKindSchema = z.enum(['theme', 'anonymous_case']);
export const actionPointStatusSchema = z.enum(['open', 'done']);

export const unitParamsSchema = z.object({ id: id() });
export const meetingParamsSchema = z.object({ id: id(), meetingId: id() });
export const actionPointParamsSchema = z.object({ id: id(), actionPointId: id() });

/** '2026/27', starting in a year every date of it is allowed in; the service checks the second half. */
const schoolYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/)
  .refine((value) => Number(value.slice(0, 4)) >= FIRST_YEAR && Number(value.slice(0, 4)) < LAST_YEAR, { error: 'date_out_of_range' });

export const teamQuerySchema = z.object({
  /** The school year whose meetings to list; the current one when left out. */
  schoolYear: schoolYear.optional(),
});

const person = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

export const teamMemberSchema = z.object({ staff: person, roleInTeam: roleInTeamSchema });

export const agendaItemSchema = z.object({ id: z.uuid(), kind: agendaItemKindSchema, text: z.string() });

export const actionPointSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  text: z.string(),
  owner: person,
  due: z.string(),
  status: actionPointStatusSchema,
  /** The action point of an earlier meeting this one was carried over from. */
  carriedFromId: z.uuid().nullable(),
  /** The date of the meeting it was carried over from, so the page can say which. */
  carriedFromDate: z.string().nullable(),
});

export const teamMeetingSchema = z.object({
  id: z.uuid(),
  schoolYear: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  status: meetingStatusSchema,
  minutes: z.string().nullable(),
  version: z.number().int(),
  agendaItems: z.array(agendaItemSchema),
  actionPoints: z.array(actionPointSchema),
});

export const teamSchema = z.object({
  unitId: z.uuid(),
  schoolYear: z.string(),
  members: z.array(teamMemberSchema),
  meetings: z.array(teamMeetingSchema),
  /** Whether the caller may choose members and run the plan here; the server still checks every change. */
  canManage: z.boolean(),
});

/** One meeting with the team around it: who may own action points, and the meetings before and after. */
export const meetingDetailSchema = z.object({
  unitId: z.uuid(),
  meeting: teamMeetingSchema,
  members: z.array(teamMemberSchema),
  previous: z.object({ id: z.uuid(), date: z.string() }).nullable(),
  next: z.object({ id: z.uuid(), date: z.string() }).nullable(),
  canManage: z.boolean(),
});

/** The people who may sit on the team, per role: the unit's leaders, and staff of the municipality's services. */
export const teamCandidatesSchema = z.object({ candidates: z.array(teamMemberSchema) });

export const putMembersRequestSchema = z.object({
  members: z.array(z.object({ staffId: id(), roleInTeam: roleInTeamSchema })).max(50),
});

export const proposePlanRequestSchema = z
  .object({
    schoolYear,
    /** How many meetings; six by default. */
    count: boundedInt(1, 20).default(6),
    /** 1 = Monday … 5 = Friday. */
    weekday: boundedInt(1, 5),
    start: cleanText(5),
    end: cleanText(5),
    /** The first and last date meetings may fall on, inside the school year; the whole year when left out. */
    from: calendarDate().optional(),
    to: calendarDate().optional(),
  })
  .superRefine(boundedRange('from', 'to', RANGE_DAYS.schoolYear));

export const publishPlanRequestSchema = z.object({ schoolYear });

export const adjustMeetingRequestSchema = z.object({
  /** The version read; a stale one is refused with 409 conflict. */
  version: version(),
  date: calendarDate(),
  start: cleanText(5),
  end: cleanText(5),
});

/** Chosen by the client for one submission: a retry with the same key returns the first answer and adds nothing. */
const idempotencyKey = newKey().optional();

export const agendaItemRequestSchema = z.object({
  kind: agendaItemKindSchema,
  text: cleanText(2000, { multiline: true }).min(1),
  /** Anonymous cases: see the guard's schema. */
  anonymityConfirmed: anonymityConfirmedSchema,
  idempotencyKey,
});

export const minutesRequestSchema = z.object({
  version: version(),
  minutes: cleanText(20000, { multiline: true, trim: false }).nullable(),
  /** Mark the meeting held: its open action points carry over to the next meeting. */
  held: z.boolean().default(false),
});

export const actionPointRequestSchema = z.object({
  text: cleanText(2000, { multiline: true }).min(1),
  ownerStaffId: id(),
  due: calendarDate(),
  idempotencyKey,
});

export const actionPointStatusRequestSchema = z.object({ status: actionPointStatusSchema });

export const meetingListSchema = z.object({ meetings: z.array(teamMeetingSchema) });

/** A proposed plan: the year's meetings, and how many were asked for, since a short window fits fewer. */
export const proposalSchema = meetingListSchema.extend({
  requested: z.number().int(),
  proposed: z.number().int(),
});

export const minutesResultSchema = z.object({
  meeting: teamMeetingSchema,
  /** Set when this request marked the meeting held and it had open action points and a next meeting. */
  carriedOver: z.object({ toMeetingId: z.uuid(), count: z.number().int() }).nullable(),
});

/** The teams the caller sits on or leads, each with its next meeting and the open action points: the start page's "my teams". */
export const myTeamsSchema = z.object({
  teams: z.array(
    z.object({
      unit: z.object({ id: z.uuid(), name: z.string() }),
      nextMeeting: teamMeetingSchema.pick({ id: true, date: true, start: true, end: true, status: true }).nullable(),
      openActionPoints: z.array(actionPointSchema),
    }),
  ),
});

export const identifyingErrorSchema = errorSchema.extend({
  findings: z.array(z.object({ kind: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
  warnings: warningSpansSchema,
});

export const ruleErrorSchema = errorSchema.extend({
  closure: z.object({ kind: z.string(), label: z.string().optional() }).optional(),
});

export type RoleInTeam = z.infer<typeof roleInTeamSchema>;
export type Team = z.infer<typeof teamSchema>;
export type MyTeams = z.infer<typeof myTeamsSchema>;
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type TeamMeeting = z.infer<typeof teamMeetingSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type ActionPoint = z.infer<typeof actionPointSchema>;
export type MinutesResult = z.infer<typeof minutesResultSchema>;
export type MeetingList = z.infer<typeof meetingListSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
export type PutMembersRequest = z.infer<typeof putMembersRequestSchema>;
export type ProposePlanRequest = z.infer<typeof proposePlanRequestSchema>;
export type AdjustMeetingRequest = z.infer<typeof adjustMeetingRequestSchema>;
export type AgendaItemRequest = z.infer<typeof agendaItemRequestSchema>;
export type MinutesRequest = z.infer<typeof minutesRequestSchema>;
export type ActionPointRequest = z.infer<typeof actionPointRequestSchema>;
