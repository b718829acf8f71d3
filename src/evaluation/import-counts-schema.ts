/**
 * The API shapes of importing counts from before Tidlig: the browser sends the CSV's text, the
 * server answers what it took and every row it refused, with line, reason and column.
 */
import { z } from 'zod';
import { cleanText } from '../kernel/validation/primitives.ts';
import { COUNT_COLUMNS, COUNT_REJECTIONS } from './domain/imported-counts.ts';

/** 120 units × 5 years × 12 months × 2 outcomes with room to spare. */
const LARGEST_FILE_CHARS = 2_000_000;

export const countsUploadSchema = z.object({
  content: cleanText(LARGEST_FILE_CHARS, { multiline: true, trim: false }).min(1),
  /** What the figures came from (the file's name), kept on every row: imported, never typed. */
  source: cleanText(200).min(1),
  dryRun: z.boolean().default(false),
});
export type CountsUpload = z.input<typeof countsUploadSchema>;

export const countsImportReportSchema = z.object({
  rowsRead: z.number().int(),
  accepted: z.number().int(),
  dryRun: z.boolean(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.enum(COUNT_REJECTIONS), column: z.enum(COUNT_COLUMNS).nullable() })),
});
export type CountsImportReport = z.infer<typeof countsImportReportSchema>;
