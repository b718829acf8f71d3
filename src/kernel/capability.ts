/**
 * What a capability hands the composition root (src/app/) from its entry file: its routes and
 * its background jobs. The kernel knows this shape and nothing of the capabilities that fill it.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from './db/database.ts';
import type { AppContext } from './http/context.ts';
import type { RepeatingJob } from './jobs/repeating.ts';

export interface Capability {
  /** The folder's name, for logs: "reminders run failed" names where to look. */
  name: string;
  routes?: (ctx: AppContext) => FastifyPluginAsync;
  /**
   * The background jobs, read from the environment before the database opens, so a wrong
   * setting stops the start with one sentence rather than half-way.
   */
  jobs?: (env: NodeJS.ProcessEnv) => JobPlan[];
}

export interface JobPlan {
  name: string;
  /** What the operator is told at start: that the job runs and where to, or how to turn it on. */
  describe?: string;
  /** Starts it; absent when this configuration turns it off (reminders without an SMTP server). */
  start?: (db: Db, onError: (error: unknown) => void) => RepeatingJob;
}
