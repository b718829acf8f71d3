/**
 * `tidlig check-anonymous` as a script would use it: the exit code says clean (0), found (1)
 * or could not check (2), and the JSON's offsets count characters of the file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/tidlig.js');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function tempFile(name: string, content: string | Buffer): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-anonymity-'));
  folders.push(folder);
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

function checkAnonymous(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'check-anonymous', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each case starts Node and tsx: slow on a busy two-core machine.
describe('tidlig check-anonymous', { timeout: 60_000 }, () => {
  it('exits 0 and prints [] for a clean file', async () => {
    const file = tempFile('clean.txt', 'Eleven i 5B har hatt 12 % fravær siden 12.03.2025 kl. 14:30.\n');
    const result = await checkAnonymous([file]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exits 1 and counts offsets in characters, an emoji and æøå before the findings included', async () => {
    const text = '😀 Ærlig talt: Søsteren på 5B, Emma, ringte fra 912 34 567.\n';
    const file = tempFile('note.txt', text);
    const names = tempFile('names.txt', 'Emma\r\n\nHansen\n');
    const result = await checkAnonymous([file, '--names', names]);
    expect(result.code).toBe(1);
    const characters = [...text];
    const at = (found: string) => [...text.slice(0, text.indexOf(found))].length;
    expect(JSON.parse(result.stdout)).toEqual([
      { kind: 'name', start: at('Emma'), end: at('Emma') + 4, text: 'Emma' },
      { kind: 'phone', start: at('912'), end: at('912') + 10, text: '912 34 567' },
    ]);
    for (const finding of JSON.parse(result.stdout) as { start: number; end: number; text: string }[]) {
      expect(characters.slice(finding.start, finding.end).join('')).toBe(finding.text);
    }
  });

  it('does not count a byte order mark as a character', async () => {
    const file = tempFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tlf 91234567')]));
    const result = await checkAnonymous([file]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([{ kind: 'phone', start: 4, end: 12, text: '91234567' }]);
  });

  it.each([
    ['a missing file', () => ['/no/such/note.txt'], /There is no text file \/no\/such\/note\.txt\./],
    [
      'a missing names file',
      () => [tempFile('a.txt', 'Hei'), '--names', '/no/such/names.txt'],
      /There is no names file \/no\/such\/names\.txt\./,
    ],
    // "Søren" in Latin-1.
    ['a file that is not UTF-8', () => [tempFile('latin1.txt', Buffer.from([0x53, 0xf8, 0x72, 0x65, 0x6e]))], /not UTF-8/],
    ['a folder', () => [os.tmpdir()], /is a folder, not a text file\./],
  ])('exits 2 with one sentence for %s', async (_case, args, message) => {
    const result = await checkAnonymous(args());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2, not 1, when the file argument is missing', async () => {
    const result = await checkAnonymous([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing required argument 'file'/);
  });
});
