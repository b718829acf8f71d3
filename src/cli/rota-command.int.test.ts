/** `tidlig rota solve`: exit 0 with a rota, 3 with the explanation, 2 with one sentence naming the field. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/tidlig.js');
const EXAMPLE = path.resolve(import.meta.dirname, '../../docs/rota-example.json');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-rota-'));

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'rota', 'solve', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function problemFile(change: (problem: Record<string, unknown>) => void): string {
  const problem = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  change(problem);
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(problem));
  return file;
}

describe('tidlig rota solve', () => {
  it('prints a legal rota of the documented example as JSON and exits 0', async () => {
    const result = await run(['--input', EXAMPLE, '--json', '--seconds', '20']);
    expect(result.code).toBe(0);
    const solution = JSON.parse(result.stdout);
    expect(solution.violations).toEqual([]);
    expect(solution.rota).toHaveLength(56);
    expect(solution.rota[0]).toMatchObject({ shift: 'evening@2027-01-04', date: '2027-01-04' });
    expect(solution.figures.spreads.nights).toEqual(expect.objectContaining({ spread: expect.any(Number) }));
  }, 180_000);

  it('exits 3 with the explanation when no legal rota exists', async () => {
    const file = problemFile((p) => {
      (p.staff as { experienced: boolean }[]).forEach((s, i) => (s.experienced = i === 0));
    });
    const result = await run(['--input', file, '--json', '--seconds', '10']);
    expect(result.code).toBe(3);
    const { status, explanation } = JSON.parse(result.stdout);
    expect(status).toBe('no_legal_rota');
    expect(explanation.uncovered[0]).toEqual(expect.objectContaining({ shift: expect.any(String), missing: 'experienced', blockers: expect.any(Array) }));
    expect(explanation.suggestions[0]).toMatchObject({ kind: 'more_staff', experienced: true });
  }, 180_000);

  it.each([
    ['a staff member with more than a full position', (p: Record<string, unknown>) => ((p.staff as { fte: number }[])[2]!.fte = 3), /^tidlig: The field staff\[2\]\.fte in .* is not valid: number out of range\.\n$/],
    ['a period that does not start on a Monday', (p: Record<string, unknown>) => (p.from = '2027-01-05'), /^tidlig: The field from in .* is not valid: not a monday\.\n$/],
    ['a template without a start', (p: Record<string, unknown>) => delete (p.templates as Record<string, unknown>[])[1]!.start, /^tidlig: The field templates\[1\]\.start in .* is missing\.\n$/],
  ])('exits 2 naming the field for %s', async (_, change, message) => {
    const result = await run(['--input', problemFile(change)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  }, 180_000);

  it('exits 2 for a file that is missing or not JSON, and for a bad option', async () => {
    expect(await run(['--input', path.join(folder, 'none.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^tidlig: There is no problem file/) });
    const notJson = path.join(folder, 'not.json');
    fs.writeFileSync(notJson, '{ staff: ');
    expect(await run(['--input', notJson])).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not JSON\.\n$/) });
    expect(await run(['--input', EXAMPLE, '--seconds', '0'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--seconds must be/) });
  }, 180_000);
});
