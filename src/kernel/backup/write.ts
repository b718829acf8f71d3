/**
 * Writing a backup file: the header, then the dump (encrypted when a key is set), straight into
 * FILE and nowhere else. The file is read back and checked before the backup counts as taken;
 * a failed or incomplete one is removed, so a file that exists is a good backup.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db, Engine } from '../db/database.ts';
import { OperatorError } from '../errors.ts';
import { dumpDatabase, type Manifest } from './dump.ts';
import { newFileHeader } from './file-format.ts';
import { checkBackup } from './read.ts';

/** Where the dump's gzip bytes come from: this process's database, or a running server's socket. */
export type DumpSource = (destination: Writable) => Promise<unknown>;

export function dumpFrom(db: Db, engine: Engine): DumpSource {
  return (destination) => dumpDatabase(db, engine, destination);
}

/** Writes FILE (never over an existing one), checks it, and returns its manifest. */
export async function writeBackup(source: DumpSource, file: string, key: string | undefined): Promise<Manifest> {
  let out: fs.WriteStream;
  try {
    fs.writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
    out = fs.createWriteStream(file, { flags: 'r+' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OperatorError(`${file} already exists; choose a new file name, a backup is never written over another.`);
    throw new OperatorError(`The backup file ${file} could not be created (${code ?? 'unknown error'}).`);
  }
  try {
    const { line, body } = newFileHeader(key);
    out.write(line);
    await Promise.all([source(body), pipeline(body, out)]);
    return await checkBackup(file, key);
  } catch (error) {
    out.destroy();
    fs.rmSync(file, { force: true });
    if (error instanceof OperatorError) throw error;
    throw new OperatorError(`The backup failed and ${file} was removed (${describe(error)}).`);
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ? `error ${code}` : 'the source stopped before the end';
}

/**
 * The socket in the embedded database's data folder through which a running server hands out
 * backups: PGlite allows one process, so `tidlig backup` asks the server that holds the folder.
 * Only the folder's owner may connect (mode 0600), who can read the data files anyway.
 */
export function backupSocketPath(dataDir: string): string {
  return path.join(dataDir, 'backup.sock');
}

/** Serves a backup to each connection on the data folder's socket; resolves once listening. */
export async function serveBackups(db: Db, engine: Engine, dataDir: string): Promise<{ close(): Promise<void> }> {
  const socketPath = backupSocketPath(dataDir);
  // The caller holds the folder's lock, so a socket left there is a crashed server's.
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    dumpDatabase(db, engine, socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

/** A dump from the server running on `dataDir`, or undefined when none is listening there. */
export async function dumpFromRunningServer(dataDir: string): Promise<DumpSource | undefined> {
  const socketPath = backupSocketPath(dataDir);
  if (!fs.existsSync(socketPath)) return undefined;
  const socket = net.createConnection(socketPath);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  } catch {
    return undefined;
  }
  return (destination) => pipeline(socket, destination);
}
