/**
 * Reading a backup file back: its lines in order, and a full check of it (decryption tag, gzip
 * and the manifest's SHA-256 over every line) before anything is loaded from it.
 */
import { createHash } from 'node:crypto';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { OperatorError } from '../errors.ts';
import { BACKUP_FORMAT, type Manifest } from './dump.ts';
import { openFileBody } from './file-format.ts';

/** The file's lines without their newline, decrypted and decompressed as they are read. */
export async function* backupLines(file: string, key: string | undefined): AsyncGenerator<string> {
  const body = openFileBody(file, key);
  const gunzip = zlib.createGunzip();
  // An error on the file or the decryption must end the reading too, not only gunzip's.
  body.on('error', (error) => gunzip.destroy(error));
  const lines = readline.createInterface({ input: body.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    if (error instanceof OperatorError) throw error;
    throw new OperatorError('The backup file is damaged or incomplete.');
  } finally {
    lines.close();
    body.destroy();
  }
}

/**
 * Reads the whole file once and returns its manifest when every line is there as written:
 * the manifest last, its checksum matching. Anything else is one sentence and no manifest.
 */
export async function checkBackup(file: string, key: string | undefined): Promise<Manifest> {
  const hash = createHash('sha256');
  let manifest: Manifest | undefined;
  for await (const line of backupLines(file, key)) {
    if (manifest) throw incomplete();
    if (line.startsWith('M ')) {
      manifest = parseManifest(line.slice(2));
      continue;
    }
    hash.update(`${line}\n`);
  }
  if (!manifest) throw incomplete();
  if (manifest.checksum.value !== hash.digest('hex')) {
    throw new OperatorError('The backup file is damaged: its content does not match the checksum in its manifest.');
  }
  return manifest;
}

function parseManifest(json: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(json) as Manifest;
  } catch {
    throw incomplete();
  }
  if (manifest.format > BACKUP_FORMAT) {
    throw new OperatorError(`This backup is in format ${manifest.format}, which this version of Tidlig cannot read; restore it with the version that made it (${manifest.tidligVersion}) or a later one.`);
  }
  if (!Array.isArray(manifest.migrations) || typeof manifest.checksum?.value !== 'string') throw incomplete();
  return manifest;
}

function incomplete(): OperatorError {
  return new OperatorError('The backup file is damaged or incomplete: its manifest is missing or out of place.');
}
