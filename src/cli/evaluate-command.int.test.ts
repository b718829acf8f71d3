/**
 * `tidlig evaluate` as an analyst runs it: text and JSON on the example panel, the same numbers
 * as the estimate behind the page, the 2×2 identity on a hand-made file, and wrong rows named.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../evaluation/domain/estimate.ts';
import { panelFromCsv } from '../evaluation/domain/panel-csv.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/tidlig.js');
const EXAMPLE = path.resolve(import.meta.dirname, '../../docs/evaluation-panel-example.csv');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function fileWith(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-evaluate-'));
  folders.push(dir);
  const file = path.join(dir, 'panel.csv');
  fs.writeFileSync(file, text);
  return file;
}

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'evaluate', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('tidlig evaluate', { timeout: 120_000 }, () => {
  it('prints the JSON object of the issue, with the same numbers as the estimate for that seed', async () => {
    const result = await run(['--input', EXAMPLE, '--json', '--seed', '7']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(Object.keys(printed)).toEqual(['effect', 'ci_low', 'ci_high', 'method', 'units_treated', 'units_control', 'event_study', 'p_value', 'caveats']);
    const read = panelFromCsv(fs.readFileSync(EXAMPLE, 'utf8'));
    if ('errors' in read) throw new Error('the example is wrong');
    const expected = estimate(read.panel, { seed: 7 });
    expect(printed.effect).toBe(expected.effect);
    expect([printed.ci_low, printed.ci_high]).toEqual([expected.ciLow, expected.ciHigh]);
    expect(printed).toMatchObject({ method: 'callaway-santanna-bootstrap', units_treated: 6, units_control: 14 });
    expect(printed.event_study.map((row: { relative_period: number }) => row.relative_period)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(Object.keys(printed.event_study[0])).toEqual(['relative_period', 'effect', 'ci_low', 'ci_high']);
  });

  it('prints the effect, the interval, the method and the event study as text; the same seed the same interval', async () => {
    const [first, second] = await Promise.all([run(['--input', EXAMPLE, '--seed', '3']), run(['--input', EXAMPLE, '--seed', '3'])]);
    expect(first.stdout).toMatch(/^Effect: -?\d+\.\d\d per 100 \(95 % CI -?\d+\.\d\d to -?\d+\.\d\d\)/);
    expect(first.stdout).toContain('cluster bootstrap over units (seed 3)');
    expect(first.stdout).toMatch(/\n\s+4\s+-?\d/);
    expect(second.stdout).toBe(first.stdout);
  });

  it('gives the plain 2×2 on one period before and one after, weighted by denominator when asked', async () => {
    // Pilot changes per 100: 10→8 (−2, 100 pupils), 10→4 (−6, 300); comparison +1 and +3 (200 each).
    // Equal weights: −4 − 2 = −6. By denominator: (−200 − 1800)/400 − (200 + 600)/400 = −5 − 2 = −7.
    const file = fileWith(
      'unit,period,treated_from,outcome,denominator\nP1,2026-T1,2026-T2,10,100\nP1,2026-T2,2026-T2,8,100\nP2,2026-T1,2026-T2,30,300\nP2,2026-T2,2026-T2,12,300\nC1,2026-T1,,10,200\nC1,2026-T2,,12,200\nC2,2026-T1,,10,200\nC2,2026-T2,,16,200\n',
    );
    const equal = JSON.parse((await run(['--input', file, '--json', '--seed', '1'])).stdout);
    const weighted = JSON.parse((await run(['--input', file, '--json', '--seed', '1', '--weight', 'denominator'])).stdout);
    expect(equal.effect).toBe(-6);
    expect(weighted.effect).toBe(-7);
    // Two pilot units: a permutation test, no interval.
    expect(equal).toMatchObject({ method: 'callaway-santanna-permutation', ci_low: null, ci_high: null, caveats: ['few-units'] });
  });

  it('lists every wrong row with its line and reason, estimates nothing and exits 1', async () => {
    const file = fileWith('unit,period,treated_from,outcome,denominator\nA,2025-Q1,,5,100\nA,2025-Q5,,5,100\nB,2025-Q1,,-1,100\n');
    const result = await run(['--input', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${file}, line 3: the period "2025-Q5" is not YYYY-MM, YYYY-Qn or YYYY-Tn`,
      `${file}, line 4: the outcome "-1" is not a whole number`,
    ]);
  });

  it('says in one sentence when the file is missing or the panel has no pilot', async () => {
    const missing = await run(['--input', '/nonexistent/panel.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('tidlig: There is no panel file /nonexistent/panel.csv.');
    const noPilot = await run(['--input', fileWith('unit,period,treated_from,outcome,denominator\nA,2025-Q1,,5,100\nA,2025-Q2,,5,100\n')]);
    expect(noPilot.stderr.trim()).toMatch(/^tidlig: No unit has a treated_from within the panel/);
  });
});
