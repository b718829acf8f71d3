/**
 * The database a command works in. What the command audited is sealed into the chain before it
 * closes: no server may be running to seal it, and `tidlig audit verify` would rightly say so.
 */
import { sealAuditEvents } from '../kernel/audit/seal.ts';
import { openDatabase, type Database } from '../kernel/db/database.ts';
import type { DatabaseTarget } from '../kernel/config.ts';

/** The database before migration 0029 has no sealer, and nothing to seal. */
const UNDEFINED_FUNCTION = '42883';

export async function openCommandDatabase(target: DatabaseTarget): Promise<Database> {
  const database = await openDatabase(target);
  return {
    ...database,
    async close() {
      try {
        await sealAuditEvents(database.db).catch((error: unknown) => {
          if ((error as { code?: string }).code !== UNDEFINED_FUNCTION) throw error;
        });
      } finally {
        await database.close();
      }
    },
  };
}
