import type { Db, Engine } from '../db/database.ts';

/** What every capability's routes are given: the database and facts about this server. */
export interface AppContext {
  db: Db;
  engine: Engine;
  version: string;
  demo: boolean;
  /** The external base URL, when configured (see config.ts). */
  publicUrl?: string;
  /** The bearer token that opens /metrics from elsewhere than this machine (TIDLIG_METRICS_TOKEN). */
  metricsToken?: string;
}
