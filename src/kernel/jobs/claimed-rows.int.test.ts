import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { describeEachEngine } from '../testing/databases.ts';
import { LeaveForNextRun, workClaimedRows, type ClaimingJob } from './claimed-rows.ts';

/** A queue of its own: rows of one batch, done once worked. */
async function createQueue(db: Db) {
  await sql`create table claim_probe (id text primary key, batch text not null, done boolean not null default false)`.execute(db);
}

async function enqueue(db: Db, batch: string, ids: string[]) {
  for (const id of ids) await sql`insert into claim_probe (id, batch) values (${id}, ${batch})`.execute(db);
}

async function doneIds(db: Db, batch: string): Promise<string[]> {
  return (await sql<{ id: string }>`select id from claim_probe where batch = ${batch} and done order by id`.execute(db)).rows.map((r) => r.id);
}

/** The job the callers write: claim the first undone row of the batch, mark it done, then `after` (a send). */
function job(batch: string, after: (id: string) => Promise<void> = async () => {}): ClaimingJob<{ id: string }, string> {
  return {
    job: 'claim probe',
    audit: { action: 'update', resource: () => ({ type: 'register', id: null }) },
    claim: async (trx, leftIds) => {
      const skip = leftIds.length > 0 ? sql`and id not in (${sql.join(leftIds)})` : sql``;
      const query = sql<{ id: string }>`select id from claim_probe where batch = ${batch} and not done ${skip} order by id limit 1 for update skip locked`;
      return (await query.execute(trx)).rows[0];
    },
    work: async (trx, row) => {
      await sql`update claim_probe set done = true where id = ${row.id}`.execute(trx);
      await after(row.id);
      return row.id;
    },
  };
}

describeEachEngine(
  'workClaimedRows',
  (use, engine) => {
    it('works every due row once, in claim order, and answers their results', async () => {
      await enqueue(use().db, 'all', ['a2', 'a1', 'a3']);

      const run = await workClaimedRows(use().db, job('all'));

      expect(run).toEqual({ results: ['a1', 'a2', 'a3'], left: [] });
      expect(await doneIds(use().db, 'all')).toEqual(['a1', 'a2', 'a3']);
      expect(await workClaimedRows(use().db, job('all'))).toEqual({ results: [], left: [] });
    });

    it('rolls back a row left for the next run, goes on with the others, and claims it again next run', async () => {
      await enqueue(use().db, 'left', ['l1', 'l2', 'l3']);
      const refused = new Error('mail server down');

      const run = await workClaimedRows(
        use().db,
        job('left', async (id) => {
          if (id === 'l2') throw new LeaveForNextRun(refused);
        }),
      );

      expect(run).toEqual({ results: ['l1', 'l3'], left: [{ id: 'l2', error: refused }] });
      expect(await doneIds(use().db, 'left')).toEqual(['l1', 'l3']);
      expect(await workClaimedRows(use().db, job('left'))).toEqual({ results: ['l2'], left: [] });
    });

    it('ends the run on any other error, rolling back only the row in hand', async () => {
      await enqueue(use().db, 'broken', ['b1', 'b2', 'b3']);
      const broken = new Error('the query and the rule disagree');

      const run = workClaimedRows(
        use().db,
        job('broken', async (id) => {
          if (id === 'b2') throw broken;
        }),
      );

      await expect(run).rejects.toBe(broken);
      expect(await doneIds(use().db, 'broken')).toEqual(['b1']);
    });

    it.skipIf(engine !== 'postgres')('never gives one row to two workers running at once', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, '0')}`);
      await enqueue(use().db, 'concurrent', ids);

      const runs = await Promise.all([1, 2, 3].map(() => workClaimedRows(use().db, job('concurrent', () => new Promise((r) => setTimeout(r, 5))))));

      const worked = runs.flatMap((r) => r.results).sort();
      expect(worked).toEqual(ids);
      expect(runs.filter((r) => r.results.length > 0).length).toBeGreaterThan(1);
    });
  },
  async (database) => createQueue(database.db),
);

const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('workClaimedRows on two servers sharing one PostgreSQL', () => {
  const name = `tidlig_claims_${randomBytes(4).toString('hex')}`;
  const servers: Database[] = [];

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    // Each with a pool of its own, as two processes behind a load balancer would have.
    for (let i = 0; i < 2; i++) servers.push(await openDatabase({ engine: 'postgres', url: url.toString() }));
    // Migrated: each row's work is audited (withSystemAccess).
    await migrate(servers[0]!);
    await createQueue(servers[0]!.db);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('works every row exactly once when both run the job at the same moment', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    await enqueue(servers[0]!.db, 'servers', ids);

    const slowly = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    const runs = await Promise.all(servers.map(({ db }) => workClaimedRows(db, job('servers', slowly))));

    expect(runs.flatMap((run) => run.results).sort()).toEqual(ids);
    expect(runs.every((run) => run.results.length > 0)).toBe(true);
    expect(await doneIds(servers[1]!.db, 'servers')).toEqual(ids);
  });
});

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
