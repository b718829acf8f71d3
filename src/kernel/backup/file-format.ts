/**
 * The backup file: one plain header line, then the gzip-compressed dump, encrypted when the
 * operator set a key. The header says how to read the rest and is itself authenticated (the
 * cipher's additional data), so it cannot be changed unnoticed either.
 *
 *   TIDLIG-BACKUP 1 {"encryption":"none"}\n<gzip>
 *   TIDLIG-BACKUP 1 {"encryption":"aes-256-gcm","kdf":"scrypt",...}\n<ciphertext><16-byte tag>
 *
 * The key is derived from TIDLIG_BACKUP_KEY with scrypt (N=2^15, r=8, p=1) and a random salt per
 * file; AES-256-GCM with a random 96-bit nonce encrypts and authenticates the whole stream.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { OperatorError } from '../errors.ts';

const MAGIC = 'TIDLIG-BACKUP 1 ';
const TAG_BYTES = 16;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;

type Header =
  | { encryption: 'none' }
  | { encryption: 'aes-256-gcm'; kdf: 'scrypt'; N: number; r: number; p: number; salt: string; iv: string };

/** The header line for a new file, and the stream that turns the gzip bytes into its body. */
export function newFileHeader(key: string | undefined): { line: Buffer; body: Transform } {
  if (!key) {
    const line = headerLine({ encryption: 'none' });
    return { line, body: new Transform({ transform: (chunk, _encoding, done) => done(null, chunk) }) };
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const line = headerLine({ encryption: 'aes-256-gcm', kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64') });
  const cipher = createCipheriv('aes-256-gcm', deriveKey(key, salt, SCRYPT), iv);
  cipher.setAAD(line);
  return {
    line,
    body: new Transform({
      transform: (chunk: Buffer, _encoding, done) => done(null, cipher.update(chunk)),
      flush: (done) => done(null, Buffer.concat([cipher.final(), cipher.getAuthTag()])),
    }),
  };
}

/**
 * The gzip bytes of a backup file, decrypted when it is encrypted. A wrong key or a changed
 * byte fails the stream at its end (the tag), so a reader must reach the end before trusting
 * anything it read: restore reads a file through once to check it before loading a row.
 */
export function openFileBody(file: string, key: string | undefined): Readable {
  const { header, line, offset, size } = readHeader(file);
  if (header.encryption === 'none') return fs.createReadStream(file, { start: offset });
  if (!key) throw new OperatorError('This backup is encrypted: set TIDLIG_BACKUP_KEY to the key it was made with.');
  if (size - offset < TAG_BYTES) throw damaged();
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    fs.closeSync(fd);
  }
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(key, Buffer.from(header.salt, 'base64'), header), Buffer.from(header.iv, 'base64'));
  decipher.setAAD(line);
  decipher.setAuthTag(tag);
  const decrypt = new Transform({
    transform: (chunk: Buffer, _encoding, done) => done(null, decipher.update(chunk)),
    flush: (done) => {
      try {
        done(null, decipher.final());
      } catch {
        done(new OperatorError('The backup could not be decrypted: the key is not the one it was made with, or the file is damaged.'));
      }
    },
  });
  // An empty ciphertext is a valid read of zero bytes: end must not be below start.
  const stream = size - TAG_BYTES > offset ? fs.createReadStream(file, { start: offset, end: size - TAG_BYTES - 1 }) : emptyStream();
  return stream.pipe(decrypt);
}

function emptyStream(): Readable {
  return Readable.from([]);
}

function headerLine(header: Header): Buffer {
  return Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`);
}

function readHeader(file: string): { header: Header; line: Buffer; offset: number; size: number } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new OperatorError(`The backup file ${file} could not be opened.`);
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Buffer.alloc(Math.min(1024, size));
    fs.readSync(fd, start, 0, start.length, 0);
    const end = start.indexOf(0x0a);
    const text = end < 0 ? '' : start.subarray(0, end).toString('utf8');
    if (!text.startsWith(MAGIC)) throw new OperatorError(`${file} is not a Tidlig backup.`);
    const header = parseHeader(text.slice(MAGIC.length));
    return { header, line: start.subarray(0, end + 1), offset: end + 1, size };
  } finally {
    fs.closeSync(fd);
  }
}

function parseHeader(json: string): Header {
  let value: Partial<Header & { encryption: string }>;
  try {
    value = JSON.parse(json) as typeof value;
  } catch {
    throw damaged();
  }
  if (value.encryption === 'none') return { encryption: 'none' };
  if (value.encryption === 'aes-256-gcm' && 'salt' in value && typeof value.salt === 'string' && typeof value.iv === 'string') {
    // The cost comes from the file: bounded, so a crafted header cannot make scrypt take all memory.
    const { N = 0, r = 0, p = 0 } = value;
    if (!(N >= 2 && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) throw damaged();
    return value as Header;
  }
  throw new OperatorError('This backup uses an encryption this version of Tidlig does not know.');
}

function deriveKey(key: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(key, salt, 32, { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r });
}

function damaged(): OperatorError {
  return new OperatorError('The backup file is damaged.');
}
