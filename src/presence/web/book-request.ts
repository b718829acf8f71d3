import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { bookingSchema, identifyingErrorSchema, type Booking, type BookingRequest } from '../schema.ts';
import { api } from './paths.ts';
import type { Finding } from '../../anonymity/web/identifying.ts';

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
