import { Command, InvalidArgumentError } from 'commander';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { verifyAuditLog } from '../kernel/audit/verify.ts';
import type { ChainVerdict } from '../kernel/audit/chain.ts';
import { OperatorError } from '../kernel/errors.ts';

const UNDEFINED_TABLE = '42P01';

/** `tidlig audit`: operator tools for the tamper-evident audit log. */
export function auditCommand(): Command {
  const audit = new Command('audit').description('check the tamper-evident audit log');
  audit
    .command('verify')
    .description('check that no audit event has been changed or removed; exits 1 naming the first broken event')
    .option('--anchor <hash>', 'a head hash printed by an earlier run: fail if it is no longer in the chain', parseHash)
    .action(async (options: { anchor?: string }) => {
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
      if (verdict.ok) {
        console.log(`Audit log intact: ${verdict.count} events.`);
        console.log(`Head: ${verdict.head}`);
      } else {
        console.error(describeBreak(verdict));
        process.exitCode = 1;
      }
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
  }
}

function parseHash(value: string): string {
  if (!/^[0-9a-f]{64}$/.test(value)) throw new InvalidArgumentError('the anchor must be 64 lower-case hex digits.');
  return value;
}
