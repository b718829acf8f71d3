import { sql, type Transaction } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/databases.ts';
import type { Db } from './database.ts';
import { insertIdempotent, isUniqueViolation, unlessUniqueViolation, UNIQUE_VIOLATION } from './idempotent.ts';
import type { Tables } from './tables.ts';

type Trx = Transaction<Tables>;
interface Probe {
  id: number;
  key: string | null;
  slot: string;
  label: string;
}

/** A table of its own, with the two kinds of unique column the call sites have: a key and a slot. */
async function createProbe(db: Db) {
  await sql`create table idempotent_probe (
    id serial primary key,
    key text unique,
    slot text not null unique,
    label text not null check (label <> '')
  )`.execute(db);
}

async function insert(trx: Trx, row: Omit<Probe, 'id'>): Promise<number> {
  const result = await sql<{ id: number }>`insert into idempotent_probe (key, slot, label) values (${row.key}, ${row.slot}, ${row.label}) returning id`.execute(trx);
  return result.rows[0]!.id;
}

async function findByKey(trx: Trx, key: string | null): Promise<Probe | undefined> {
  if (key === null) return undefined;
  return (await sql<Probe>`select * from idempotent_probe where key = ${key}`.execute(trx)).rows[0];
}

async function rowsWithLabel(db: Db, label: string): Promise<Probe[]> {
  return (await sql<Probe>`select * from idempotent_probe where label = ${label} order by id`.execute(db)).rows;
}

let markers = 0;

/** One insert of `row` under the helper, in a transaction that afterwards writes a marker row: the audit event's stand-in. */
function attempt(db: Db, row: Omit<Probe, 'id'>) {
  return db.transaction().execute(async (trx) => {
    const outcome = await insertIdempotent(trx, { insert: () => insert(trx, row), findWinner: () => findByKey(trx, row.key) });
    await insert(trx, { key: null, slot: `after-${++markers}`, label: `${row.label}-after` });
    return outcome;
  });
}

describeEachEngine(
  'insertIdempotent',
  (use) => {
    it('inserts the first request and answers created with the inserted row', async () => {
      const outcome = await attempt(use().db, { key: 'k-first', slot: 's-first', label: 'first' });

      const rows = await rowsWithLabel(use().db, 'first');
      expect(rows).toHaveLength(1);
      expect(outcome).toEqual({ created: true, row: rows[0]!.id });
    });

    it('answers a second insert under the same key with the first row and inserts nothing', async () => {
      const first = await attempt(use().db, { key: 'k-retry', slot: 's-retry-1', label: 'retry' });
      const second = await attempt(use().db, { key: 'k-retry', slot: 's-retry-2', label: 'retry' });

      const rows = await rowsWithLabel(use().db, 'retry');
      expect(rows).toHaveLength(1);
      expect(first).toEqual({ created: true, row: rows[0]!.id });
      expect(second).toEqual({ created: false, winner: rows[0] });
      // The transaction went on after the violation: its later write landed.
      expect(await rowsWithLabel(use().db, 'retry-after')).toHaveLength(2);
    });

    it('answers two concurrent requests under one key with one row', async () => {
      const outcomes = await Promise.all(
        [1, 2].map((n) => attempt(use().db, { key: 'k-race', slot: `s-race-${n}`, label: 'race' })),
      );

      const rows = await rowsWithLabel(use().db, 'race');
      expect(rows).toHaveLength(1);
      expect(outcomes.filter((o) => o.created)).toEqual([{ created: true, row: rows[0]!.id }]);
      expect(outcomes.filter((o) => !o.created)).toEqual([{ created: false, winner: rows[0] }]);
    });

    it('throws a unique violation that no winner explains (another unique column), rolling the whole transaction back', async () => {
      await attempt(use().db, { key: 'k-slot-1', slot: 's-taken', label: 'slot' });

      const error = await attempt(use().db, { key: 'k-slot-2', slot: 's-taken', label: 'slot' }).catch((e: unknown) => e);

      expect(isUniqueViolation(error)).toBe(true);
      expect(await rowsWithLabel(use().db, 'slot')).toHaveLength(1);
      expect(await rowsWithLabel(use().db, 'slot-after')).toHaveLength(1);
    });

    it('throws any other error as it is, without looking for a winner', async () => {
      let looked = false;
      const error = await use()
        .db.transaction()
        .execute((trx) =>
          insertIdempotent(trx, {
            insert: () => insert(trx, { key: 'k-bad', slot: 's-bad', label: '' }),
            findWinner: async () => {
              looked = true;
              return undefined;
            },
          }),
        )
        .catch((e: unknown) => e);

      expect((error as { code?: string }).code).toBe('23514');
      expect(looked).toBe(false);
    });
  },
  async (database) => createProbe(database.db),
);

describeEachEngine(
  'unlessUniqueViolation',
  (use) => {
    it('answers the write’s value, or UNIQUE_VIOLATION with the transaction still usable', async () => {
      const answers = await use()
        .db.transaction()
        .execute(async (trx) => {
          const first = await unlessUniqueViolation(trx, () => insert(trx, { key: null, slot: 's-move', label: 'move' }));
          const second = await unlessUniqueViolation(trx, () => insert(trx, { key: null, slot: 's-move', label: 'move' }));
          await insert(trx, { key: null, slot: 's-move-after', label: 'move-after' });
          return [first, second];
        });

      const rows = await rowsWithLabel(use().db, 'move');
      expect(answers).toEqual([rows[0]!.id, UNIQUE_VIOLATION]);
      expect(await rowsWithLabel(use().db, 'move-after')).toHaveLength(1);
    });
  },
  async (database) => createProbe(database.db),
);
