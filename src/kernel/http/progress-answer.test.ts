import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { RuleViolation } from '../errors.ts';
import { answerWithProgress } from './progress-answer.ts';

const app = Fastify();
const ended = { refused: new RuleViolation(400, 'unreadable_file', 'The file cannot be read.'), broken: new Error('connection lost') };
app.get('/after/:how', async (request, reply) =>
  answerWithProgress<number, string>(reply, request.log, async (report) => {
    report(1);
    report(2);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const how = (request.params as { how: string }).how;
    if (how === 'ok') return 'done';
    throw ended[how as keyof typeof ended];
  }),
);
app.get('/before', async (request, reply) =>
  answerWithProgress(reply, request.log, async () => {
    throw new RuleViolation(409, 'conflict', 'Changed elsewhere.');
  }),
);
app.get('/quick', async (request, reply) => answerWithProgress(reply, request.log, async () => 'done at once'));
afterAll(() => app.close());

const lines = (payload: string) => payload.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);

it('answers each report as a line, then the result', async () => {
  const response = await app.inject('/after/ok');
  expect(response.headers['content-type']).toBe('application/x-ndjson');
  expect(lines(response.payload)).toEqual([{ progress: 1 }, { progress: 2 }, { result: 'done' }]);
});

it('ends with the refusal, or a general failure naming nothing of the error, when the work fails after it began', async () => {
  expect(lines((await app.inject('/after/refused')).payload).at(-1)).toEqual({ error: { code: 'unreadable_file', message: 'The file cannot be read.' } });
  const broken = await app.inject('/after/broken');
  expect(broken.statusCode).toBe(200);
  expect(lines(broken.payload).at(-1)).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
});

it('leaves a failure before the first report to the error handler, and answers a quick work with its result alone', async () => {
  const refused = await app.inject('/before');
  expect(refused.statusCode).toBe(409);
  expect(lines((await app.inject('/quick')).payload)).toEqual([{ result: 'done at once' }]);
});
