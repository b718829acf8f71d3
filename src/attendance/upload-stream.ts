/**
 * A file uploaded as the request's body, handed on as it arrives and counted: the import reads
 * it row by row, the page's progress bar is the bytes read of the file's size, and a body over
 * the limit is refused (a stream has no body limit of Fastify's to enforce).
 */
import { Transform, type Readable } from 'node:stream';
import { RuleViolation } from '../kernel/errors.ts';

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export interface CountedUpload {
  stream: Readable;
  bytesRead: () => number;
}

export function countedUpload(body: Readable, maxBytes = MAX_UPLOAD_BYTES): CountedUpload {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) callback(tooLarge());
      else callback(null, chunk);
    },
  });
  // An aborted upload ends the reading with an error instead of leaving it waiting.
  body.on('error', (error) => counter.destroy(error));
  body.on('aborted', () => counter.destroy(new RuleViolation(400, 'upload_aborted', 'The upload was interrupted.')));
  body.pipe(counter);
  return { stream: counter, bytesRead: () => bytes };
}

export function tooLarge(): RuleViolation {
  return new RuleViolation(413, 'file_too_large', 'The file is larger than 25 MB.');
}
