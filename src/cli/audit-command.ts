import { Command, InvalidArgumentError } from 'commander';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { sealAuditEvents, MAX_SEAL_DELAY_MS } from '../kernel/audit/seal.ts';
import { verifyAuditLog } from '../kernel/audit/verify.ts';
import type { ChainVerdict } from '../kernel/audit/chain.ts';
import { OperatorError } from '../kernel/errors.ts';
import { clock } from '../time/clock.ts';

const UNDEFINED_TABLE = '42P01';

/** `tidlig audit`: operator tools for the tamper-evident audit log. */
export function auditCommand(): Command {
  const audit = new Command('audit').description('check the tamper-evident audit log');
  audit
    .command('verify')
    .description('check that no audit event has been changed or removed; exits 1 naming the first broken event')
    .option('--anchor <hash>', 'a head hash printed by an earlier run: fail if it is no longer in the chain', parseHash)
    .option('--json', 'print one JSON line (checked at, events, head) to ship to a log outside this database each night')
    .action(async (options: { anchor?: string; json?: boolean }) => {
      const config = readConfig();
      const database = await openDatabase(config.database);
      let verdict: ChainVerdict;
      try {
        verdict = await verifyAuditLog(database.db, { anchor: options.anchor });
      } catch (error) {
        if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
        throw new OperatorError(
          `There is no audit log in ${describeDatabase(config.database)} yet; run "tidlig migrate" first.`,
        );
      } finally {
        await database.close();
      }
      // After close: closing PGlite sets process.exitCode itself.
      if (verdict.ok && options.json) {
        console.log(JSON.stringify({ checkedAt: clock.now().toISOString(), intact: true, events: verdict.count, head: verdict.head }));
      } else if (verdict.ok) {
        console.log(`Audit log intact: ${verdict.count} events.`);
        console.log(`Head: ${verdict.head}`);
      } else {
        console.error(describeBreak(verdict));
        process.exitCode = 1;
      }
    });
  audit
    .command('seal')
    .description('seal the events waiting for their place in the chain now (every running server does this within a second)')
    .action(async () => {
      const database = await openDatabase(readConfig().database);
      let sealed: number | null;
      try {
        sealed = await sealAuditEvents(database.db);
      } finally {
        await database.close();
      }
      console.log(sealed === null ? 'A running server is sealing the audit log; nothing to do here.' : `Sealed ${sealed} audit event(s).`);
    });
  return audit;
}

/** The operator's sentence for a broken chain; `tidlig restore` reports with it too. */
export function describeBreak(verdict: Exclude<ChainVerdict, { ok: true }>): string {
  switch (verdict.reason) {
    case 'hash_mismatch':
      return `Audit log broken at event ${verdict.brokenAt}: hash_mismatch (the event was changed after it was written).`;
    case 'prev_mismatch':
      return `Audit log broken at event ${verdict.brokenAt}: prev_mismatch (an event before it was removed, inserted or moved).`;
    case 'anchor_missing':
      return `Audit log broken: anchor_missing (the anchor is not among its ${verdict.count} events; events were removed from the end, or the log was replaced).`;
    case 'unsealed':
      return `Audit event ${verdict.brokenAt} is not sealed into the chain ${MAX_SEAL_DELAY_MS / 1000} s after it was seen committed: no Tidlig server is sealing (start one, or run "tidlig audit seal").`;
  }
}

function parseHash(value: string): string {
  if (!/^[0-9a-f]{64}$/.test(value)) throw new InvalidArgumentError('the anchor must be 64 lower-case hex digits.');
  return value;
}
