/**
 * The process's Prometheus metrics (prom-client), served at /metrics. Labels are only ever
 * route patterns, methods, status codes, job names and outcomes: never a raw URL, an id or
 * anything a person typed, so no label can carry personal data.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'tidlig_' });

const httpRequests = new Counter({
  name: 'tidlig_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

const httpDuration = new Histogram({
  name: 'tidlig_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route pattern and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const jobRuns = new Counter({
  name: 'tidlig_job_runs_total',
  help: 'Runs of the background jobs (reminders, retention, attendance flags), by job and outcome (ok, failed).',
  labelNames: ['job', 'outcome'] as const,
  registers: [registry],
});

const auditEvents = new Counter({
  name: 'tidlig_audit_events_written_total',
  help: 'Audit events written (counted when written: an event whose transaction then rolls back counts too).',
  registers: [registry],
});

const auditSealed = new Counter({
  name: 'tidlig_audit_events_sealed_total',
  help: 'Audit events given their place in the hash chain by this process\'s sealer.',
  registers: [registry],
});

const importRows = new Counter({
  name: 'tidlig_import_rows_total',
  help: 'Rows read by the imports (attendance absence, evaluation counts), by import and outcome (accepted, rejected); dry runs not counted.',
  labelNames: ['import', 'outcome'] as const,
  registers: [registry],
});

const solverRuns = new Counter({
  name: 'tidlig_rota_solves_total',
  help: 'Rota solves finished, by how they ended (within_gap, time_limit, stopped, no_legal_rota, failed).',
  labelNames: ['status'] as const,
  registers: [registry],
});

/** An import's rows once it has landed. */
export function countImportRows(kind: 'attendance' | 'evaluation_counts', accepted: number, rejected: number): void {
  importRows.inc({ import: kind, outcome: 'accepted' }, accepted);
  importRows.inc({ import: kind, outcome: 'rejected' }, rejected);
}

export function countSolve(status: 'within_gap' | 'time_limit' | 'stopped' | 'no_legal_rota' | 'failed'): void {
  solverRuns.inc({ status });
}

/** What a PostgreSQL pool tells of itself (pg.Pool's counts). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Set<PoolCounts>();

new Gauge({
  name: 'tidlig_db_pool_connections',
  help: 'PostgreSQL pool: connections in use and idle, and queries waiting for a connection (summed over the open pools; the embedded PGlite has none).',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const sum = (count: (pool: PoolCounts) => number) => [...pools].reduce((total, pool) => total + count(pool), 0);
    this.set({ state: 'in_use' }, sum((p) => p.totalCount - p.idleCount));
    this.set({ state: 'idle' }, sum((p) => p.idleCount));
    this.set({ state: 'waiting' }, sum((p) => p.waitingCount));
  },
});

/** Reports a pool's use at every scrape, until the returned function is called (when it closes). */
export function watchPool(pool: PoolCounts): () => void {
  pools.add(pool);
  return () => void pools.delete(pool);
}

/** A request answered; `route` is the pattern it matched (`/api/units/:id`), or "unmatched". */
export function countRequest(method: string, route: string | undefined, status: number, seconds: number): void {
  const labels = { method, route: route ?? 'unmatched', status: String(status) };
  httpRequests.inc(labels);
  httpDuration.observe(labels, seconds);
}

export function countJobRun(job: string, outcome: 'ok' | 'failed'): void {
  jobRuns.inc({ job, outcome });
}

export function countAuditEvent(): void {
  auditEvents.inc();
}

export function countAuditSealed(events: number): void {
  auditSealed.inc(events);
}
