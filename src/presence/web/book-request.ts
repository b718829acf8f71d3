import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { bookingSchema, identifyingErrorSchema, type Booking, type BookingRequest } from '../schema.ts';
import { api } from './paths.ts';

export interface Finding {
  kind: string;
  start: number;
  end: number;
}

/** A refused booking whose purpose identifies a child: where in the text, and what kind. */
export class IdentifyingPurposeError extends ApiRequestError {
  constructor(readonly findings: Finding[]) {
    super('identifying_purpose', 400);
  }
}

/**
 * Books a slot through the shared client; an `identifying_purpose` refusal becomes an error
 * that keeps its findings, which the form needs to show which part of the text is the problem.
 */
export async function postBooking(request: BookingRequest): Promise<Booking> {
  try {
    return await sendJson('POST', api.bookings, request, bookingSchema);
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === 'identifying_purpose') {
      const body = identifyingErrorSchema.safeParse(error.body);
      throw new IdentifyingPurposeError(body.success ? (body.data.findings ?? []) : []);
    }
    throw error;
  }
}

/** The purpose cut into plain and identifying parts, for a preview with <mark>. */
export function markSegments(text: string, findings: Finding[]): { text: string; finding: Finding | null }[] {
  const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const segments: { text: string; finding: Finding | null }[] = [];
  let at = 0;
  for (const finding of sorted) {
    const start = Math.max(finding.start, at);
    if (start >= finding.end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), finding: null });
    segments.push({ text: text.slice(start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), finding: null });
  return segments;
}
