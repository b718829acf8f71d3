import fs from 'node:fs';
import { Command } from 'commander';
import { describeDatabase, readConfig, type DatabaseTarget } from '../kernel/config.ts';
import { openDatabase } from '../kernel/db/database.ts';
import type { Manifest } from '../kernel/backup/dump.ts';
import { restoreBackup } from '../kernel/backup/restore.ts';
import { dumpFrom, dumpFromRunningServer, writeBackup, type DumpSource } from '../kernel/backup/write.ts';
import { OperatorError } from '../kernel/errors.ts';
import { describeBreak } from './audit-command.ts';

/** `tidlig backup --to FILE`: a consistent, compressed logical backup, taken while the server runs. */
export function backupCommand(): Command {
  return new Command('backup')
    .description('write a consistent, compressed backup of the database to FILE (encrypted when TIDLIG_BACKUP_KEY is set)')
    .requiredOption('--to <file>', 'the backup file to write; it must not exist yet')
    .action(async (options: { to: string }) => {
      const config = readConfig();
      const key = readBackupKey();
      if (fs.existsSync(options.to)) throw new OperatorError(`${options.to} already exists; choose a new file name, a backup is never written over another.`);
      const manifest = await withSource(config.database, (source) => writeBackup(source, options.to, key));
      console.log(`Backed up ${describeDatabase(config.database)} to ${options.to}${key ? ' (encrypted).' : '.'}`);
      console.log(summarise(manifest));
      console.log(`Audit head: ${manifest.auditHead ?? 'none (no events yet)'}`);
      if (!key) console.log('The file is not encrypted and holds every record: keep it as safe as the database, or set TIDLIG_BACKUP_KEY.');
    });
}

/** `tidlig restore FILE`: into an empty data folder or database only, then the audit chain checked. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a backup into an empty data folder or empty database, apply later migrations and verify the audit log')
    .argument('<file>', 'a file written by "tidlig backup"')
    .action(async (file: string) => {
      const config = readConfig();
      const key = readBackupKey();
      if (!fs.existsSync(file)) throw new OperatorError(`There is no backup file ${file}.`);
      if (config.database.engine === 'pglite' && !isEmptyFolder(config.database.dataDir)) {
        throw new OperatorError(`The data folder ${config.database.dataDir} is not empty; restore only into an empty data folder or an empty database.`);
      }
      const database = await openDatabase(config.database);
      let restored;
      try {
        restored = await restoreBackup(database, file, key).catch(explainPrivilege);
      } finally {
        await database.close();
      }
      const { manifest, migrated, verdict } = restored;
      console.log(`Restored ${file} (taken ${manifest.takenAt} by Tidlig ${manifest.tidligVersion}) into ${describeDatabase(config.database)}.`);
      console.log(summarise(manifest));
      if (migrated.length > 0) console.log(`Applied ${migrated.length} later migration(s): ${migrated.join(', ')}.`);
      if (verdict.ok) {
        console.log(`Audit log intact: ${verdict.count} events.`);
        console.log(`Head: ${verdict.head}`);
      } else {
        console.error(describeBreak(verdict));
        process.exitCode = 1;
      }
    });
}

/** PGlite admits one process: while a server holds the folder, it hands out the backup itself. */
async function withSource<T>(target: DatabaseTarget, work: (source: DumpSource) => Promise<T>): Promise<T> {
  if (target.engine === 'pglite') {
    const running = await dumpFromRunningServer(target.dataDir);
    if (running) return work(running);
    if (!fs.existsSync(target.dataDir)) throw new OperatorError(`There is no database in ${target.dataDir} to back up.`);
  }
  const database = await openDatabase(target);
  try {
    return await work(dumpFrom(database.db, database.engine));
  } finally {
    await database.close();
  }
}

function summarise(manifest: Manifest): string {
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
  return `Schema ${manifest.schemaVersion}: ${rows} rows in ${Object.keys(manifest.tables).length} tables.`;
}

function readBackupKey(): string | undefined {
  const key = process.env.TIDLIG_BACKUP_KEY;
  if (key === undefined || key === '') return undefined;
  if (key.length < 16) throw new OperatorError('TIDLIG_BACKUP_KEY must be at least 16 characters long.');
  return key;
}

function isEmptyFolder(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

function explainPrivilege(error: unknown): never {
  if ((error as { code?: string }).code === '42501') {
    throw new OperatorError('This database role may not create the schema: run "tidlig restore" as the role that will own the tables.');
  }
  throw error;
}
