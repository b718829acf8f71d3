/**
 * Walks every route in the OpenAPI document as a role that may call it, and sends bad values
 * derived from the route's own schema, one field at a time: NUL and other control characters,
 * lone surrogates, over-long text, integers past 2³¹ and 1e308, dates that do not exist or lie
 * in year 9999, wrong types. Each must be refused with a 4xx in time (no 5xx, no hang), a 400
 * must carry a translated message and no stack or SQL, and the database must not change.
 */
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { createSession } from '../kernel/auth/sessions.ts';
import { buildAppServer } from './server.ts';
import { buildMatrixWorld, ROLES, type MatrixWorld, type Place } from './matrix-fixture.ts';
import { scopeOf, type Permission } from '../kernel/policy/permissions.ts';
import { routeAccess } from '../kernel/policy/route-access.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { csrfFor } from '../kernel/testing/sessions.ts';
import { commonMessages } from '../kernel/ui/messages.ts';
import { badValuesFor, leavesOf, withValueAt, type JsonSchema } from '../kernel/validation/bad-values.ts';

/** Longer than any of our requests takes; one that does is as bad as a hang. */
const REQUEST_TIMEOUT_MS = 5_000;

interface Operation {
  parameters?: { in: 'path' | 'query'; name: string; schema: JsonSchema }[];
  requestBody?: { content: { 'application/json'?: { schema: JsonSchema } } };
}

/** What the route's id parameters are about, by the path before them. */
const PATH_IDS: [RegExp, (place: Place) => string][] = [
  [/^\/api\/units\/:id\/on-call/, (p) => p.onCallUnitId],
  [/^\/api\/(organisation\/)?units\/:id/, (p) => p.unitId],
  [/^\/api\/(organisation\/)?municipalities\/:id/, (p) => p.municipalityId],
  [/^\/api\/(children|oversight\/access-report\/children)\/:id/, (p) => p.childId],
  [/^\/api\/concern-reports\/drafts\/:id/, (p) => p.concernDraftId],
  [/^\/api\/concern-reports\/:id/, (p) => p.concernReportId],
  [/^\/api\/consultations\/:id/, (p) => p.consultationId],
  [/^\/api\/bookings\/:id/, (p) => p.bookingId],
  [/^\/api\/consents\/:id/, (p) => p.consentId],
  [/^\/api\/pupil-talks\/:id/, (p) => p.pupilTalkId],
  [/^\/api\/pupil-requests\/:id/, (p) => p.pupilRequestPool[0]!],
  [/^\/api\/oversight\/emergency-access\/:id/, (p) => p.emergencyAccessId],
  [/^\/api\/on-call\/calls\/:id/, (p) => p.onCallCallId],
  [/^\/api\/activities\/:id/, (p) => p.activityEditPool[0]!],
  [/^\/api\/attendance\/cases\/:id\/steps\/:stepId/, (p) => p.attendanceStepCaseId],
  [/^\/api\/attendance\/cases\/:id/, (p) => p.attendanceCaseId],
];

/** A plausible value for a field by its name, so the other fields of a request pass. */
function fieldValue(name: string, schema: JsonSchema, place: Place): unknown {
  const ids: Record<string, string> = {
    consultationHourId: place.consultationHourId,
    contactStaffId: place.networkContactId,
    contact: place.networkContactId,
    ownerStaffId: place.teamPartnerId,
    staffId: place.teamPartnerId,
    childId: place.childId,
    guardianId: place.guardianId,
    unitId: place.unitId,
    unitA: place.unitId,
    unitB: place.unitId,
    municipalityId: place.municipalityId,
    meetingId: place.teamMeetingId,
    actionPointId: place.actionPointId,
    flagId: place.attendanceFlagId,
    stepId: place.attendanceStepId,
  };
  if (ids[name]) return ids[name];
  return exampleOf(schema, place, name);
}

function exampleOf(schema: JsonSchema, place: Place, name = ''): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.anyOf) return exampleOf(schema.anyOf[0]!, place, name);
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, fieldValue(key, child, place)]));
    case 'array':
      return schema.items ? [exampleOf(schema.items, place, name)] : [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'date') return '2027-03-10';
      if (schema.format === 'date-time') return '2027-03-10T10:00:00Z';
      if (schema.format === 'uuid') return place.unitId;
      if (/start/i.test(name)) return '09:00';
      if (/end/i.test(name)) return '10:00';
      if (name === 'schoolYear') return '2026/27';
      return 'Eksempeltekst for fuzzing';
    default:
      return null;
  }
}

/** A role holding the permission the route needs, at home; the reporter for a reporter's own drafts. */
function roleFor(key: string): (typeof ROLES)[number] {
  const access = routeAccess[key]!;
  if (access === 'public' || access === 'authenticated' || key.includes('/drafts/')) return 'staff';
  const granting = [access as Permission | readonly Permission[]].flat()[0]!;
  return ROLES.find((role) => scopeOf(granting, role)) ?? 'staff';
}

interface BadRequest {
  where: string;
  url: string;
  body?: unknown;
}

/** Every bad request for one route: one bad field at a time in the path, the query and the body. */
function badRequestsFor(route: string, operation: Operation, place: Place): BadRequest[] {
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const idFor = (name: string) =>
    name === 'id' ? (PATH_IDS.find(([pattern]) => pattern.test(route))?.[1](place) ?? place.unitId) : String(fieldValue(name, { type: 'string' }, place));
  const path = (override: Record<string, string> = {}) =>
    route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(override[name] ?? idFor(name)));
  const query = (override: Record<string, unknown> = {}) => {
    const search = new URLSearchParams();
    for (const param of queryParams) {
      const value = param.name in override ? override[param.name] : fieldValue(param.name, param.schema, place);
      if (value !== undefined && value !== null) search.set(param.name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return search.size > 0 ? `?${search}` : '';
  };
  const body = bodySchema ? exampleOf(bodySchema, place) : undefined;
  const requests: BadRequest[] = [];
  for (const param of pathParams) {
    // A URL cannot carry a lone surrogate at all; the body tests those.
    for (const bad of badValuesFor(param.schema).filter((v): v is string => typeof v === 'string' && v !== '' && encodable(v))) {
      requests.push({ where: `path ${param.name}=${JSON.stringify(bad)}`, url: path({ [param.name]: bad }) + query(), body });
    }
  }
  for (const param of queryParams) {
    // A query string holds text only: a number there is digits, and a lone surrogate becomes U+FFFD.
    const numeric = param.schema.type === 'integer' || param.schema.type === 'number';
    const values = numeric ? BAD_QUERY_NUMBERS : badValuesFor(param.schema).filter((v): v is string => typeof v === 'string' && encodable(v));
    for (const bad of values) {
      requests.push({ where: `query ${param.name}=${JSON.stringify(bad)}`, url: path() + query({ [param.name]: String(bad) }), body });
    }
  }
  if (bodySchema) {
    for (const leaf of leavesOf(bodySchema)) {
      for (const bad of [...badValuesFor(leaf.schema), ...randomBadText(leaf.schema)]) {
        requests.push({ where: `body ${leaf.path.join('.') || '(root)'}=${JSON.stringify(bad).slice(0, 40)}`, url: path() + query(), body: withValueAt(body, leaf.path, bad) });
      }
    }
  }
  return requests;
}

const BAD_QUERY_NUMBERS = ['NaN', 'abc', '', '2147483648', '1e308', '-1', '1.5'];

function encodable(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** A few random texts with a control character inside, the same on every run (fixed seed). */
function randomBadText(schema: JsonSchema): string[] {
  if (schema.type !== 'string' || schema.format || schema.enum) return [];
  const control = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u009f', '\u000b');
  const text = fc.tuple(fc.string({ maxLength: 3 }), control, fc.string({ maxLength: 3 })).map(([a, c, b]) => `${a}${c}${b}`);
  return fc.sample(text, { seed: 20261202, numRuns: 2 });
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
    counts[name] = rows[0]!.n;
  }
  return counts;
}

describeEachEngine('bad input on every route', (use, engine) => {
  let app: FastifyInstance;
  let world: MatrixWorld;

  beforeAll(async () => {
    const { db } = use();
    world = await buildMatrixWorld(db);
    app = await buildAppServer({ db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());

  it('refuses every bad value with a translated 4xx in time, and changes nothing', async () => {
    const { db } = use();
    const paths = (await app.inject('/api/docs')).json().paths as Record<string, Record<string, Operation>>;
    const tokens = new Map<string, string>();
    const csrfs = new Map<string, Awaited<ReturnType<typeof csrfFor>>>();
    for (const role of ROLES) {
      const token = await createSession(db, world.staffByRole[role], 'demo');
      tokens.set(role, token);
      csrfs.set(role, await csrfFor(app, token));
    }

    const before = await rowCounts(db);
    const failures: string[] = [];
    const nb = commonMessages.nb;
    let sent = 0;
    for (const [openApiPath, operations] of Object.entries(paths)) {
      const route = openApiPath.replace(/\{(\w+)\}/g, ':$1');
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${route}`;
        if (!(key in routeAccess)) continue;
        for (const bad of badRequestsFor(route, operation, world.home)) {
          sent += 1;
          const started = Date.now();
          const response = await Promise.race([
            app.inject({
              method: method.toUpperCase() as 'GET',
              url: bad.url,
              cookies: { [SESSION_COOKIE]: tokens.get(roleFor(key))!, ...csrfs.get(roleFor(key))!.cookies },
              headers: csrfs.get(roleFor(key))!.headers,
              ...(bad.body === undefined ? {} : { payload: bad.body as object }),
            }),
            new Promise<null>((resolve) => setTimeout(() => resolve(null), REQUEST_TIMEOUT_MS)),
          ]);
          const label = `${key} ${bad.where}`;
          if (response === null) {
            failures.push(`${label}: no answer in ${Date.now() - started} ms`);
            continue;
          }
          if (response.statusCode < 400 || response.statusCode >= 500) failures.push(`${label}: ${response.statusCode}`);
          if (response.statusCode === 400) {
            const answer = response.json() as { code: string; message: string };
            const known = [nb.errors.validation_failed, nb.errors.bad_request, ...Object.values(nb.inputIssue)];
            if (answer.code === 'validation_failed' && !known.includes(answer.message)) failures.push(`${label}: untranslated "${answer.message}"`);
            if (/\bat \S+:\d+|select |insert |update |invalid input syntax/i.test(response.body)) failures.push(`${label}: leaks ${response.body.slice(0, 80)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    // A value that is well formed but refused by a rule behind the access door (out of scope,
    // not allowed then) leaves that door's audit event, and a rate-limited route counts the
    // attempt: the only traces a refused request may leave.
    const { audit_event: _auditAfter, rate_limit_window: _limitAfter, ...after } = await rowCounts(db);
    const { audit_event: _auditBefore, rate_limit_window: _limitBefore, ...unchanged } = before;
    expect(after).toEqual(unchanged);
  }, 240_000);
});
