import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql, type Kysely, type Transaction } from 'kysely';
import { expect, it } from 'vitest';
import { LOCK_KEYS } from '../db/lock-keys.ts';
import { buildMunicipality, buildStaff, buildUnit } from '../testing/register-factories.ts';
import type { Tables } from '../db/tables.ts';
import { describeEachEngine } from '../testing/databases.ts';
import { listAccessToResource } from './access-report.ts';
import type { AuditInput } from './input.ts';
import { recordAudit } from './record.ts';
import { sealAuditEvents } from './seal.ts';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from './table.ts';
import { hashSealedEvent } from './chain.ts';
import { eventIds, recordAlone, tamperByDeleting, tamperWithPurpose } from './testing.ts';
import { verifyAuditLog } from './verify.ts';

const staffId = randomUUID();
const reading = (resourceId: string, purpose = 'Vurdering av bekymringsmelding'): AuditInput => ({
  actor: { staffId, role: 'intake_worker', unitId: null },
  action: 'read',
  resourceType: 'child',
  resourceId,
  purpose,
  outcome: 'allowed',
});

async function count(db: Kysely<Tables>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(db);
  return rows[0]?.n ?? 0;
}

/** What a running server's sealer does within a second, then the check an operator runs. */
async function sealAndVerify(db: Kysely<Tables>, options: Parameters<typeof verifyAuditLog>[1] = {}) {
  await sealAuditEvents(db);
  return verifyAuditLog(db, options);
}

const asApp = <T>(db: Kysely<Tables>, work: (trx: Transaction<Tables>) => Promise<T>) =>
  db.transaction().execute(async (trx) => {
    await sql`set local role tidlig_app`.execute(trx);
    return work(trx);
  });

describeEachEngine('audit log', (use, engine) => {
  it('chains every action and outcome, with letters, upper-case ids and the time stored exactly as hashed', async () => {
    const { db } = use();
    const before = await count(db);
    for (const action of AUDIT_ACTIONS) {
      for (const outcome of AUDIT_OUTCOMES) {
        await recordAlone(db, {
          actor: { staffId: staffId.toUpperCase(), role: 'leader', unitId: randomUUID().toUpperCase() },
          action,
          resourceType: 'child',
          resourceId: 'barn-1',
          outcome,
          emergency: true,
          purpose: 'Akutt – politiet i Ørsta/Æbeltoft ringte 🙂',
        });
      }
    }
    await recordAlone(db, { actor: null, action: 'login_failed', resourceType: 'session', outcome: 'denied' });
    const verdict = await sealAndVerify(db);
    expect(verdict).toMatchObject({ ok: true, count: before + AUDIT_ACTIONS.length * AUDIT_OUTCOMES.length + 1 });
    const { rows } = await sql<{ hash: string }>`select hash from audit_event order by position desc limit 1`.execute(db);
    expect(verdict.ok && verdict.head).toBe(rows[0]?.hash);
  });

  it('allows in the database exactly the actions and outcomes the code knows', async () => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(oid) as def from pg_constraint
      where conrelid = 'audit_event'::regclass and contype = 'c'
    `.execute(use().db);
    const listed = (column: string) => {
      const def = rows.map((r) => r.def).find((d) => d.includes(`(${column} = ANY`)) ?? '';
      return [...def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]).sort();
    };
    expect(listed('action')).toEqual([...AUDIT_ACTIONS].sort());
    expect(listed('outcome')).toEqual([...AUDIT_OUTCOMES].sort());
  });

  it('chains two events in one transaction onto each other', async () => {
    const { db } = use();
    const before = await count(db);
    await db.transaction().execute(async (trx) => {
      await recordAudit(trx, reading('barn-2'));
      await recordAudit(trx, { ...reading('barn-2'), action: 'update' });
    });
    expect(await count(db)).toBe(before + 2);
    expect(await sealAndVerify(db)).toMatchObject({ ok: true });
  });

  it('rolls the event back with the work it describes, and the gap it leaves is no break', async () => {
    const { db } = use();
    const before = await count(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAudit(trx, reading('barn-3'));
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await count(db)).toBe(before);
    await recordAlone(db, reading('barn-3'));
    expect(await sealAndVerify(db)).toMatchObject({ ok: true, count: before + 1 });
  });

  it('keeps the chain whole when 20 transactions record at once while three sealers run', async () => {
    const { db } = use();
    const before = await count(db);
    const writes = Array.from({ length: 20 }, (_, i) =>
      db.transaction().execute(async (trx) => {
        await trx.selectFrom('unit').select('id').execute(); // the work being audited
        await recordAudit(trx, reading(`barn-par-${i}`));
      }),
    );
    const sealers = Array.from({ length: 3 }, async () => {
      for (let i = 0; i < 5; i += 1) await sealAuditEvents(db);
    });
    await Promise.all([...writes, ...sealers]);
    expect(await sealAndVerify(db)).toMatchObject({ ok: true, count: before + 20 });
  });

  it('records in a transaction of any isolation level: the chain is no longer read in it', async () => {
    const { db } = use();
    const before = await count(db);
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => recordAudit(trx, reading('barn-4')));
    expect(await sealAndVerify(db)).toMatchObject({ ok: true, count: before + 1 });
  });

  it('chains any text exactly as JavaScript hashes it, whatever PostgreSQL has to escape', async () => {
    const { db } = use();
    const storable = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((text) => !text.includes('\u0000'));
    const samples = fc.sample(fc.tuple(storable.filter((text) => text !== ''), storable, fc.boolean()), { numRuns: 40, seed: 7 });
    samples.push(['"\\/\b\f\n\r\t\u0001\u001f\u007f\u2028 æøå 🙂', 'Ærlig talt: «sitat» — \\"', true]);
    for (const [resourceId, purpose, emergency] of samples) {
      await recordAlone(db, { ...reading(resourceId, purpose.trim() === '' ? 'formål' : purpose), emergency } as AuditInput);
    }
    expect(await sealAndVerify(db)).toMatchObject({ ok: true });
  });

  it('names an event left unsealed past the delay, and passes once it is sealed', async () => {
    const { db } = use();
    await sealAuditEvents(db);
    await recordAlone(db, reading('barn-unsealed'));
    const [id] = (await eventIds(db)).slice(-1);
    expect(await verifyAuditLog(db, { sealDelayMs: 20 })).toMatchObject({ ok: false, reason: 'unsealed', brokenAt: id });
    await sealAuditEvents(db);
    expect(await verifyAuditLog(db, { sealDelayMs: 20 })).toMatchObject({ ok: true });
  });

  it('passes an event the sealer reaches while the check waits out the delay', async () => {
    const { db } = use();
    await recordAlone(db, reading('barn-late'));
    const sealing = new Promise((resolve) => setTimeout(resolve, 50)).then(() => sealAuditEvents(db));
    const [verdict] = await Promise.all([verifyAuditLog(db, { sealDelayMs: 300 }), sealing]);
    expect(verdict).toMatchObject({ ok: true });
  });

  it('seals nothing while another sealer holds the lock', async () => {
    const { db } = use();
    await recordAlone(db, reading('barn-locked'));
    const sealed = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_KEYS.auditSeal})`.execute(trx);
      // Another session, on PostgreSQL; PGlite has one session, whose own lock lets it through.
      return engine === 'postgres' ? sealAuditEvents(db) : null;
    });
    expect(sealed).toBeNull();
    expect(await sealAuditEvents(db)).toBe(1);
  });

  it('pages through the log', async () => {
    const { db } = use();
    await sealAuditEvents(db);
    const n = await count(db);
    for (const pageSize of [1, 2, n, n + 1]) {
      expect(await verifyAuditLog(db, { pageSize })).toMatchObject({ ok: true, count: n });
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE even from the owner, by trigger', async () => {
    const { db } = use();
    const [id] = await eventIds(db);
    await expect(sql`update audit_event set purpose = 'x' where id = ${id}::bigint`.execute(db)).rejects.toThrow(
      /audit_event is append-only: UPDATE is not allowed/,
    );
    await expect(sql`delete from audit_event where id = ${id}::bigint`.execute(db)).rejects.toThrow(
      /append-only: DELETE/,
    );
    await expect(sql`truncate audit_event`.execute(db)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(sql`update audit_event set hash = ${'f'.repeat(64)} where id = ${id}::bigint`.execute(db)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    expect(await sealAndVerify(db)).toMatchObject({ ok: true });
  });

  it('lets the application role tidlig_app insert and read, but not change or remove, by privilege', async () => {
    const { db } = use();
    const before = await count(db);
    await asApp(db, (trx) => recordAudit(trx, reading('barn-5')));
    expect(await count(db)).toBe(before + 1);
    for (const statement of [
      sql`update audit_event set purpose = 'x'`,
      sql`delete from audit_event`,
      sql`truncate audit_event`,
    ]) {
      await expect(asApp(db, (trx) => statement.execute(trx))).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('refuses tidlig_app an event it chained itself, or dated itself, but lets it ask the sealer', async () => {
    const { db } = use();
    await sealAuditEvents(db);
    const head = await sealAndVerify(db);
    if (!head.ok) throw new Error('the log must verify before the forgery');
    const occurredAt = new Date('2026-01-01T00:00:00.000Z');
    const content = { occurredAt, actorStaffId: null, actorRole: null, actorUnitId: null, action: 'read', resourceType: 'child', resourceId: 'barn-forged', purpose: null, outcome: 'allowed', emergency: false, childId: null };
    const forged = hashSealedEvent(head.head, content);
    const forgeries = [
      sql`insert into audit_event (action, resource_type, resource_id, outcome, prev_hash, hash, position, sealed_at)
          values ('read', 'child', 'barn-forged', 'allowed', ${head.head}, ${forged}, ${Number.MAX_SAFE_INTEGER}, now())`,
      sql`insert into audit_event (occurred_at, action, resource_type, outcome) values (${occurredAt}, 'read', 'child', 'allowed')`,
      sql`update audit_event set hash = ${forged} where position is null`,
    ];
    for (const forgery of forgeries) {
      await expect(asApp(db, (trx) => forgery.execute(trx))).rejects.toMatchObject({ code: '42501' });
    }
    await asApp(db, (trx) => recordAudit(trx, reading('barn-6')));
    const { rows } = await asApp(db, (trx) => sql<{ sealed: number }>`select audit_seal(10) as sealed`.execute(trx));
    expect(rows[0]?.sealed).toBe(1);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: head.count + 1 });
  });

  it('refuses in the database what the code would refuse: unknown action, emergency without purpose, half a seal, a fork', async () => {
    const { db } = use();
    await sealAuditEvents(db);
    const insert = (fields: { action?: string; emergency?: boolean; purpose?: string | null; prev?: string; position?: number | null }) =>
      sql`insert into audit_event (action, resource_type, outcome, emergency, purpose, prev_hash, hash, position)
          values (${fields.action ?? 'read'}, 'child', 'allowed', ${fields.emergency ?? false},
                  ${fields.purpose ?? null}, ${fields.prev ?? 'a'.repeat(64)}, ${randomUUID().replaceAll('-', '').repeat(2)},
                  ${fields.position === undefined ? 9_000_000_000 : fields.position})`.execute(db);
    await expect(insert({ action: 'peek' })).rejects.toMatchObject({ code: '23514' });
    await expect(insert({ emergency: true, purpose: ' ' })).rejects.toMatchObject({ code: '23514' });
    await expect(insert({ position: null })).rejects.toMatchObject({ code: '23514' });
    const { rows } = await sql<{ prev: string }>`select prev_hash as prev from audit_event where position is not null order by position desc limit 1`.execute(db);
    await expect(insert({ prev: rows[0]?.prev })).rejects.toMatchObject({ code: '23505' });
  });

  it('chains by commit, not by id: an event that commits late follows the ones sealed before it', async () => {
    if (engine !== 'postgres') return; // PGlite runs one transaction at a time: nothing commits out of order
    const { db } = use();
    await sealAuditEvents(db);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const early = db.transaction().execute(async (trx) => {
      await recordAudit(trx, reading('barn-early-id'));
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await recordAlone(db, reading('barn-late-id'));
    expect(await sealAuditEvents(db)).toBe(1);
    release();
    await early;
    expect(await sealAuditEvents(db)).toBe(1);
    const { rows } = await sql<{ resource_id: string }>`select resource_id from audit_event order by position desc limit 2`.execute(db);
    expect(rows.map((row) => row.resource_id)).toEqual(['barn-early-id', 'barn-late-id']);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });
});

// One database for the three cases, in order: each starts from a chain that verifies.
describeEachEngine(
  'audit log tampering',
  (use) => {
    async function intactIds() {
      expect(await verifyAuditLog(use().db)).toMatchObject({ ok: true });
      return eventIds(use().db);
    }

    it('names the event whose purpose a superuser changed, and is content again once it is changed back', async () => {
      const { db } = use();
      const ids = await intactIds();
      const id = ids[2] as string;
      await tamperWithPurpose(db, id, 'ingen grunn');
      expect(await verifyAuditLog(db, { pageSize: 2 })).toEqual({ ok: false, count: 2, reason: 'hash_mismatch', brokenAt: id });
      await tamperWithPurpose(db, id, 'formål 3');
      expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: ids.length });
    });

    it('catches the removal of the newest event given an anchor noted before', async () => {
      const { db } = use();
      const ids = await intactIds();
      const before = await verifyAuditLog(db);
      await tamperByDeleting(db, ids.at(-1) as string);
      expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: ids.length - 1 });
      expect(await verifyAuditLog(db, { anchor: before.ok ? before.head : undefined })).toEqual({
        ok: false,
        count: ids.length - 1,
        reason: 'anchor_missing',
        brokenAt: null,
      });
    });

    it('names the event after one a superuser removed', async () => {
      const { db } = use();
      const ids = await intactIds();
      await tamperByDeleting(db, ids[1] as string);
      expect(await verifyAuditLog(db)).toEqual({ ok: false, count: 1, reason: 'prev_mismatch', brokenAt: ids[2] });
    });
  },
  async ({ db }) => {
    for (let i = 1; i <= 6; i += 1) await recordAlone(db, reading(`barn-${i}`, `formål ${i}`));
    await sealAuditEvents(db);
  },
);

const people = {} as Record<'kari' | 'ola' | 'gone' | 'unit', string>;

describeEachEngine(
  'access report',
  (use) => {
    it('lists who accessed one child, oldest first, with names looked up now and deleted people by id', async () => {
      const { db } = use();
      const child = randomUUID();
      const as = (id: string, role: 'leader' | 'intake_worker') => ({ staffId: id, role, unitId: people.unit });
      const inputs: AuditInput[] = [
        { actor: as(people.kari, 'intake_worker'), action: 'read', resourceType: 'child', resourceId: child, purpose: 'Melding', outcome: 'allowed' },
        { actor: as(people.ola, 'leader'), action: 'update', resourceType: 'child', resourceId: child, outcome: 'denied' },
        { actor: as(people.kari, 'intake_worker'), action: 'read', resourceType: 'child', resourceId: randomUUID(), outcome: 'allowed' },
        { actor: as(people.gone, 'leader'), action: 'break_glass', resourceType: 'child', resourceId: child, emergency: true, purpose: 'Akutt', outcome: 'allowed' },
        { actor: null, action: 'export', resourceType: 'child', resourceId: child, outcome: 'allowed' },
      ];
      for (const input of inputs) {
        await recordAlone(db, input);
        await new Promise((resolve) => setTimeout(resolve, 3)); // distinct milliseconds, for the period below
      }
      await db.deleteFrom('staff').where('id', '=', people.gone).execute();

      const report = await listAccessToResource(db, { resourceType: 'child', resourceId: child });
      expect(report.map((r) => [r.staffName, r.staffId, r.role, r.unitName, r.action, r.outcome, r.emergency, r.purpose])).toEqual([
        ['Kari Nordmann', people.kari, 'intake_worker', 'Barnevernet', 'read', 'allowed', false, 'Melding'],
        ['Ola Ås', people.ola, 'leader', 'Barnevernet', 'update', 'denied', false, null],
        [null, people.gone, 'leader', 'Barnevernet', 'break_glass', 'allowed', true, 'Akutt'],
        [null, null, null, null, 'export', 'allowed', false, null],
      ]);

      const second = report[1]?.occurredAt as Date;
      const fourth = report[3]?.occurredAt as Date;
      const within = await listAccessToResource(db, { resourceType: 'child', resourceId: child }, { from: second, to: fourth });
      expect(within.map((r) => r.action)).toEqual(['update', 'break_glass']);
    });
  },
  async ({ db }) => {
    const municipality = await buildMunicipality(db);
    const unit = await buildUnit(db, { municipality_id: municipality.id, kind: 'child_welfare', name: 'Barnevernet' });
    const kari = await buildStaff(db, { municipality_id: municipality.id, given_name: 'Kari', family_name: 'Nordmann' });
    const ola = await buildStaff(db, { municipality_id: municipality.id, given_name: 'Ola', family_name: 'Ås' });
    const gone = await buildStaff(db, { municipality_id: municipality.id });
    Object.assign(people, { kari: kari.id, ola: ola.id, gone: gone.id, unit: unit.id });
  },
);
