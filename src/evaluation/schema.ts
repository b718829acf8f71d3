/**
 * The evaluation's API: a leader saves the pilot (units with their start dates, and the
 * comparison units or "all other units of the same kind"), names it with the outcome and the
 * period, and gets the estimate, the two groups' lines and the municipality's own rate.
 * Aggregates only.
 */
import { z } from 'zod';
import { uiLanguages } from '../kernel/i18n/languages.ts';
import { IMPORTABLE_OUTCOMES } from './domain/importable-outcomes.ts';
import { boundedInt, boundedRange, calendarDate, cleanText, id, version } from '../kernel/validation/primitives.ts';

/**
 * Outcomes counted per 100 children: reports and consultations (whose counts from before Tidlig
 * may be imported), and pupils newly flagged for absence (from attendance's flags; no history).
 */
export const COUNT_OUTCOMES = [...IMPORTABLE_OUTCOMES, 'attendance_flagged'] as const;
/**
 * Outcomes that are a share in per cent: of decided reports, those that opened an investigation;
 * of consultations held, those resolved without a concern report.
 */
export const SHARE_OUTCOMES = ['reports_investigated', 'consultations_without_report'] as const;
export const OUTCOMES = [...COUNT_OUTCOMES, ...SHARE_OUTCOMES] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Five school years and a bit: the longest "before and after" an evaluation looks at. */
export const LONGEST_WINDOW_DAYS = 5 * 366 + 31;

export const municipalityParamsSchema = z.object({ id: id() });
export const pilotParamsSchema = z.object({ id: id(), pilotId: id() });

/** The most pilot units, and comparison units, a pilot or a request names. */
export const MAX_PILOT_UNITS = 100;
export const MAX_COMPARISON_UNITS = 300;

const pilotUnitSchema = z.object({ unitId: id(), startedOn: calendarDate() });

/** The comparison group: all other units of the pilot units' kind, or the units the leader ticked. */
export const COMPARISONS = ['all_of_kind', 'chosen'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * A saved pilot as the leader sends it, with the version read (0 for a new one). A unit is
 * either in the pilot or in the comparison, once; a chosen comparison names at least one unit.
 */
export const savePilotSchema = z
  .object({
    name: cleanText(120).min(1, { error: 'text_too_short' }),
    units: z.array(pilotUnitSchema).min(1).max(MAX_PILOT_UNITS),
    comparison: z.enum(COMPARISONS),
    /** Ignored, and saved empty, with 'all_of_kind'. */
    comparisonUnits: z.array(id()).max(MAX_COMPARISON_UNITS),
    version: version(0),
  })
  .superRefine((pilot, ctx) => {
    const seen = new Set<string>();
    pilot.units.forEach((unit, index) => {
      if (seen.has(unit.unitId)) ctx.addIssue({ code: 'custom', path: ['units', index, 'unitId'], message: 'unit_twice' });
      seen.add(unit.unitId);
    });
    if (pilot.comparison !== 'chosen') return;
    if (pilot.comparisonUnits.length === 0) ctx.addIssue({ code: 'custom', path: ['comparisonUnits'], message: 'no_comparison_units' });
    if (pilot.comparisonUnits.some((unitId) => seen.has(unitId))) ctx.addIssue({ code: 'custom', path: ['comparisonUnits'], message: 'comparison_in_pilot' });
  });
export type SavePilot = z.input<typeof savePilotSchema>;

export const pilotSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  units: z.array(z.object({ unitId: z.uuid(), startedOn: z.string() })),
  comparison: z.enum(COMPARISONS),
  comparisonUnits: z.array(z.uuid()),
  version: z.number().int(),
});
export type Pilot = z.infer<typeof pilotSchema>;
export const pilotListSchema = z.object({ pilots: z.array(pilotSchema) });
export type PilotList = z.infer<typeof pilotListSchema>;

/** What to measure and over which window: the part of a request that is not the pilot. */
const windowFields = {
  outcome: z.enum(OUTCOMES),
  granularity: z.enum(['month', 'quarter', 'term']),
  from: calendarDate(),
  to: calendarDate(),
  weight: z.enum(['equal', 'denominator']).default('equal'),
  seed: boundedInt(0, 2_147_483_647).default(1),
};
export const evaluationWindowSchema = z.object(windowFields).superRefine(boundedRange('from', 'to', LONGEST_WINDOW_DAYS));

const requestFields = {
  ...windowFields,
  pilot: z.array(pilotUnitSchema).min(1).max(MAX_PILOT_UNITS),
  /** Empty: all other units of the pilot units' kind. */
  comparison: z.array(id()).max(MAX_COMPARISON_UNITS).default([]),
};
export const evaluationRequestSchema = z.object(requestFields).superRefine(boundedRange('from', 'to', LONGEST_WINDOW_DAYS));
/** The same, for the PDF: its texts in the reader's language. */
export const evaluationPdfRequestSchema = z.object({ ...requestFields, locale: z.enum(uiLanguages) }).superRefine(boundedRange('from', 'to', LONGEST_WINDOW_DAYS));
export type EvaluationRequest = z.input<typeof evaluationRequestSchema>;

const nullableNumber = z.number().nullable();

export const estimateSchema = z.object({
  effect: z.number(),
  ciLow: nullableNumber,
  ciHigh: nullableNumber,
  pValue: nullableNumber,
  method: z.enum(['callaway-santanna-bootstrap', 'callaway-santanna-permutation']),
  unitsTreated: z.number().int(),
  unitsControl: z.number().int(),
  eventStudy: z.array(z.object({ relativePeriod: z.number().int(), effect: nullableNumber, ciLow: nullableNumber, ciHigh: nullableNumber })),
  caveats: z.array(z.enum(['few-units', 'pre-trends', 'started-before-panel'])),
});

/**
 * One period of a group's line: the count (for a share, its numerator) and the rate per 100
 * children or the share in per cent; null where a count is under 5 or would give one away.
 */
const groupPointSchema = z.object({ count: nullableNumber, rate: nullableNumber });

export const evaluationSchema = z.object({
  estimate: estimateSchema.nullable(),
  /** Why there is no estimate, when there is none. */
  noEstimate: z.enum(['no-pilot-units', 'no-comparison-units', 'no-estimable-effect']).nullable(),
  periods: z.array(
    z.object({
      period: z.string(),
      /** Periods from the first pilot start (0 is the start), for marking it on the chart. */
      relativeToFirstStart: z.number().int(),
      pilot: groupPointSchema,
      comparison: groupPointSchema,
      /**
       * Hours the network contacts logged at each group's units (the activity log), to set beside
       * the outcome; null where a unit's month has fewer than 5 sessions and so is hidden.
       */
      activityHours: z.object({ pilot: nullableNumber, comparison: nullableNumber }),
    }),
  ),
  units: z.object({ pilot: z.number().int(), comparison: z.number().int() }),
  /** The municipality's reports per 1,000 children a year over the window, null when hidden or not reports. */
  municipalityPerThousand: nullableNumber,
});
export type Evaluation = z.infer<typeof evaluationSchema>;
