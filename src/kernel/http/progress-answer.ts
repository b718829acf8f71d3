/**
 * A long request answered as it goes: newline-delimited JSON, one `{"progress": …}` line each time
 * the work reports, then `{"result": …}` — or `{"error": {code, message}}` when the work fails after
 * the answer has begun (its transaction has rolled back by then: nothing it did is kept). A work
 * that fails before its first report is answered as any request is (a translated 400, a 404), and
 * one that finishes before reporting is answered with its result line alone.
 */
import { PassThrough } from 'node:stream';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { RuleViolation } from '../errors.ts';

export const NDJSON = 'application/x-ndjson';

export async function answerWithProgress<P, R>(
  reply: FastifyReply,
  log: FastifyBaseLogger,
  work: (report: (progress: P) => void) => Promise<R>,
): Promise<FastifyReply> {
  let lines: PassThrough | undefined;
  let begin!: () => void;
  const begun = new Promise<'begun'>((resolve) => (begin = () => resolve('begun')));
  const report = (progress: P) => {
    if (!lines) {
      lines = new PassThrough();
      begin();
    }
    lines.write(`${JSON.stringify({ progress })}\n`);
  };
  const done = work(report);
  const ended = done.then(
    () => 'ended' as const,
    () => 'ended' as const,
  );
  // Ended before the first report: answered whole, a failure by the server's error handler.
  if ((await Promise.race([begun, ended])) === 'ended' && !lines) return reply.type(NDJSON).send(`${JSON.stringify({ result: await done })}\n`);
  const stream = lines!;
  done.then(
    (result) => stream.end(`${JSON.stringify({ result })}\n`),
    (error: unknown) => {
      if (!(error instanceof RuleViolation)) log.error({ err: error }, 'a streamed request failed');
      const failure = error instanceof RuleViolation ? { code: error.code, message: error.message } : { code: 'internal', message: 'Something went wrong on the server.' };
      stream.end(`${JSON.stringify({ error: failure })}\n`);
    },
  );
  return reply.type(NDJSON).send(stream);
}
