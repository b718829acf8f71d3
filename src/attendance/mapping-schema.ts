/**
 * A source system's column mapping as the command line reads it from JSON. Kept apart from
 * schema.ts: the web never loads it, so its record parsing stays out of the pages' bundle.
 */
import { z } from 'zod';
import { boundedInt, cleanText } from '../kernel/validation/primitives.ts';
import { ABSENCE_KINDS, type AbsenceKind } from './domain/absence.ts';

const header = cleanText(100).min(1, { error: 'text_too_short' });

export const columnMappingSchema = z.object({
  columns: z.object({ nationalId: header, date: header, kind: header, lesson: header.optional(), minutes: header.optional() }),
  dateFormat: z.enum(['iso', 'dmy']),
  kinds: z.record(header, z.enum(ABSENCE_KINDS as [AbsenceKind, ...AbsenceKind[]])),
  dayMinutes: boundedInt(60, 600),
});

