/**
 * Where @fastify/rate-limit counts attempts: in the database, so that every server behind the
 * same load balancer counts the same logins, and a restart forgets nothing. Each hit is one
 * atomic upsert; the window is read from the server's clock, as every other rule's "now".
 */
import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { clock } from '../../time/clock.ts';

type Hit = { current: number; ttl: number };

/** The store class @fastify/rate-limit constructs, counting in `db`. */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  return class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly scope = 'global',
    ) {}

    incr(key: string, callback: (error: Error | null, hit?: Hit) => void, timeWindow: number) {
      countHit(db, keyHash(this.scope, key), timeWindow).then(
        (hit) => callback(null, hit),
        (error: Error) => callback(error),
      );
    }

    // Each limited route counts apart, as the library's own stores do. The library hands its
    // merged settings here (its types say the route's options), the route under `routeInfo`.
    child(settings: object) {
      const route = (settings as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new DatabaseStore(null, route?.url ? `${[route.method].flat().join(',')} ${route.url}` : 'unnamed');
    }
  };
}

/** The address is kept only as part of a hash: the table says how often, not who. */
function keyHash(scope: string, key: string): string {
  return createHash('sha256').update(`${scope}\n${key}`).digest('hex');
}

/**
 * Counts one hit in the key's window, starting a new window when the last one has ended; when
 * one starts, the other ended windows are deleted, so the table holds only live counts.
 */
export async function countHit(db: Db, hash: string, windowMs: number, now = clock.now()): Promise<Hit> {
  const resetsAt = new Date(now.getTime() + windowMs);
  const row = await db
    .insertInto('rate_limit_window')
    .values({ key_hash: hash, hits: 1, resets_at: resetsAt })
    .onConflict((oc) =>
      oc.column('key_hash').doUpdateSet({
        hits: sql<number>`case when rate_limit_window.resets_at <= ${now} then 1 else rate_limit_window.hits + 1 end`,
        resets_at: sql<Date>`case when rate_limit_window.resets_at <= ${now} then excluded.resets_at else rate_limit_window.resets_at end`,
      }),
    )
    .returning(['hits', 'resets_at'])
    .executeTakeFirstOrThrow();
  if (row.hits === 1) await db.deleteFrom('rate_limit_window').where('resets_at', '<=', now).execute();
  return { current: row.hits, ttl: new Date(row.resets_at).getTime() - now.getTime() };
}
