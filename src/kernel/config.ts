import path from 'node:path';
import { OperatorError } from './errors.ts';

/** Where the data lives: the embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseTarget =
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Demo mode: synthetic data and a passwordless login. Never in production. */
  demo: boolean;
  /** The address users reach Tidlig at (https://tidlig.kommune.no), when behind a proxy. */
  publicUrl: string | undefined;
  /** Trust X-Forwarded-* headers from the proxy in front (needed for Secure cookies behind TLS termination). */
  trustProxy: boolean;
  /** The bearer token for /metrics (TIDLIG_METRICS_TOKEN); without it only this machine may scrape. */
  metricsToken: string | undefined;
}

/** Reads the configuration from the environment; a bad value is one clear sentence. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = readDatabaseTarget(env);
  return {
    port: readPort(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    database,
    demo: readDemo(env),
    publicUrl: readPublicUrl(env.TIDLIG_PUBLIC_URL),
    trustProxy: env.TIDLIG_TRUST_PROXY === '1',
    metricsToken: readMetricsToken(env.TIDLIG_METRICS_TOKEN),
  };
}

/** On unless in production, where it cannot be turned on at all. */
function readDemo(env: NodeJS.ProcessEnv): boolean {
  const production = isProduction(env.NODE_ENV);
  const asked = env.TIDLIG_DEMO;
  if (asked === undefined || asked === '') return !production;
  if (asked !== '1' && asked !== '0') throw new OperatorError(`TIDLIG_DEMO must be 1 or 0, not "${asked}".`);
  if (asked === '1' && production) {
    throw new OperatorError('Demo mode cannot be turned on when NODE_ENV=production.');
  }
  return asked === '1';
}

/**
 * Production unless NODE_ENV says development or test exactly. A near miss ("prod",
 * "Production", "production ") refuses to start rather than quietly leaving the passwordless
 * demo login open on a server its operator believes is in production.
 */
function isProduction(nodeEnv: string | undefined): boolean {
  if (nodeEnv === undefined || nodeEnv === '' || nodeEnv === 'development' || nodeEnv === 'test') return false;
  if (nodeEnv === 'production') return true;
  throw new OperatorError(`NODE_ENV must be production, development or test, not "${nodeEnv}".`);
}

function readMetricsToken(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 24) throw new OperatorError('TIDLIG_METRICS_TOKEN must be at least 24 characters long.');
  return value;
}

function readPublicUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new OperatorError('TIDLIG_PUBLIC_URL must be a full address such as https://tidlig.kommune.no.');
  }
}

export function readDatabaseTarget(env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { engine: 'postgres', url: checkPostgresUrl(url) };
  return { engine: 'pglite', dataDir: path.resolve(env.TIDLIG_DATA_DIR ?? 'data') };
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new OperatorError(`PORT must be a whole number between 0 and 65535, not "${value}".`);
  }
  return port;
}

function checkPostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OperatorError('DATABASE_URL is not a valid URL; expected postgres://user@host:port/database.');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new OperatorError(
      `DATABASE_URL must start with postgres:// or postgresql://, not ${parsed.protocol}//.`,
    );
  }
  return url;
}

/** The URL with any password removed, safe to print. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.engine === 'pglite') return `embedded PGlite in ${target.dataDir}`;
  const parsed = new URL(target.url);
  return `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
