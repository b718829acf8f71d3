/**
 * The process's Prometheus metrics (prom-client), served at /metrics. Labels are only ever
 * route patterns, methods, status codes, job names and outcomes: never a raw URL, an id or
 * anything a person typed, so no label can carry personal data.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

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
