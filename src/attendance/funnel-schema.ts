/** The follow-up funnel's API shapes: a bounded range of months, and each month's stages with small counts withheld (null). */
import { z } from 'zod';
import { calendarMonth, id, monthRange } from '../kernel/validation/primitives.ts';
import { FUNNEL_STAGES, type FunnelStage } from './domain/funnel.ts';

/** A year of months at most: the page shows a school year. */
export const FUNNEL_MAX_MONTHS = 12;

export const funnelParamsSchema = z.object({ id: id() });
export const funnelQuerySchema = monthRange(FUNNEL_MAX_MONTHS);
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;

const shownCount = z.number().int().nullable();

export const funnelSchema = z.object({
  from: calendarMonth(),
  to: calendarMonth(),
  months: z.array(
    z.object({
      month: calendarMonth(),
      /** Pupils at each stage; null where fewer than 5 (none included), never the number. */
      stages: z.object(Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, shownCount])) as Record<FunnelStage, typeof shownCount>),
    }),
  ),
});
export type Funnel = z.infer<typeof funnelSchema>;
