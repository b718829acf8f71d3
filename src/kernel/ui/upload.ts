/**
 * Sends a file as a request's body — the browser streams it; the page never reads it whole — and
 * hands on each line of a newline-delimited JSON answer as it arrives (kernel/http/progress-answer.ts).
 * Kept out of api.ts so the login page does not carry it.
 */
import type { z } from 'zod';
import { sessionSchema } from '../auth/session-schema.ts';
import { errorSchema } from '../http/error-schema.ts';
import { ApiRequestError, getJson, SESSION_PATH } from './api.ts';

export async function uploadWithProgress<S extends z.ZodType>(path: string, file: Blob, lineSchema: S, onLine: (line: z.output<S>) => void): Promise<void> {
  const { csrfToken } = await getJson(SESSION_PATH, sessionSchema);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/x-ndjson', 'x-csrf-token': csrfToken },
    });
  } catch {
    throw new ApiRequestError('network');
  }
  if (!response.ok || !response.body) throw await refusal(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  const hand = (text: string) => {
    const parsed = lineSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new ApiRequestError('invalid_response', response.status);
    onLine(parsed.data);
  };
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const lines = (pending + chunk.value).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line) hand(line);
  }
  if (pending) hand(pending);
}

async function refusal(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorSchema.safeParse(body);
  return new ApiRequestError(parsed.success ? parsed.data.code : response.status === 413 ? 'file_too_large' : 'unknown', response.status, body);
}
