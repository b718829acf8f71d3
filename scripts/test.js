#!/usr/bin/env node
// `npm test`: type check, layering check, unit and integration tests (on PGlite, and on
// PostgreSQL too when DATABASE_URL is set), then the end-to-end tests in Chromium when
// /usr/bin/chromium exists.
// Ends with one line of totals: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

step('Type check', 'npx', ['tsc', '--noEmit']);
// The layering of src/ (.dependency-cruiser.cjs): a wrong import fails here, naming its rule.
step('Layering', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']);

console.log(
  process.env.DATABASE_URL
    ? '\nIntegration tests run on PGlite and on the PostgreSQL in DATABASE_URL.'
    : '\nIntegration tests run on PGlite only (set DATABASE_URL to run them on PostgreSQL too).',
);
vitest('Unit and integration tests', [], 'unit.json');

if (fs.existsSync(CHROMIUM)) {
  vitest('End-to-end tests in Chromium', ['--config', 'e2e/vitest.config.ts'], 'e2e.json');
} else {
  console.log(`\nEnd-to-end tests SKIPPED: ${CHROMIUM} not found (install Debian's chromium package to run them).`);
}

fs.rmSync(reports, { recursive: true, force: true });
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    ok = false;
    totals.failed += 1;
  }
  return result.status === 0;
}

function vitest(title, args, reportName) {
  const report = path.join(reports, reportName);
  step(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!fs.existsSync(report)) return;
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  totals.skipped += result.numPendingTests + result.numTodoTests;
}
