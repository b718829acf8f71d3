/**
 * The layering rules in .dependency-cruiser.cjs, shown on a small made-up tree: each wrong
 * import fails with the rule it breaks, and the imports the rules allow pass. `npm test` runs
 * the same rules over src/ (its "Layering" step).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

/** Every file imports what its list names, and exports one constant. */
const TREE: Record<string, string[]> = {
  'src/time/dates.ts': [],
  'src/time/wrong.ts': ['src/kernel/db.ts'],
  'src/kernel/db.ts': ['src/time/dates.ts'],
  'src/kernel/wrong.ts': ['src/teams/index.ts'],
  'src/anonymity/guard.ts': ['src/kernel/db.ts', 'src/time/dates.ts'],
  'src/anonymity/wrong.ts': ['src/teams/schema.ts'],
  'src/teams/index.ts': ['src/teams/service.ts'],
  'src/teams/service.ts': ['src/teams/repo.ts', 'src/anonymity/guard.ts', 'src/presence/index.ts', 'src/presence/domain/rules.ts'],
  'src/teams/repo.ts': ['src/kernel/db.ts'],
  'src/teams/schema.ts': ['src/presence/schema.ts'],
  'src/teams/factories.ts': [],
  'src/teams/wrong-repo.ts': ['src/presence/repo.ts'],
  'src/teams/wrong-up.ts': ['src/app/capabilities.ts'],
  'src/teams/web/Page.tsx': ['src/presence/web/paths.ts', 'src/presence/web/index.tsx'],
  'src/teams/web/wrong.tsx': ['src/presence/web/messages.ts'],
  'src/teams/service.test.ts': ['src/presence/factories.ts', 'src/teams/service.ts'],
  'src/teams/wrong.test.ts': ['src/presence/repo.ts'],
  'src/presence/index.ts': [],
  'src/presence/schema.ts': [],
  'src/presence/repo.ts': [],
  'src/presence/factories.ts': [],
  'src/presence/domain/rules.ts': [],
  'src/presence/web/index.tsx': [],
  'src/presence/web/paths.ts': [],
  'src/presence/web/messages.ts': [],
  'src/presence/cycle-a.ts': ['src/presence/cycle-b.ts'],
  'src/presence/cycle-b.ts': ['src/presence/cycle-a.ts'],
  'src/app/capabilities.ts': ['src/teams/index.ts', 'src/presence/index.ts'],
  'src/cli/main.ts': ['src/app/capabilities.ts', 'src/teams/index.ts'],
  'src/cli/wrong.ts': ['src/teams/repo.ts'],
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-layering-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true } }));
  for (const [file, imports] of Object.entries(TREE)) {
    const lines = imports.map((target, i) => `import { value as v${i} } from '${relative(file, target)}';`);
    lines.push(`export const value = [${imports.map((_, i) => `v${i}`).join(', ')}];`);
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), lines.join('\n'));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function relative(from: string, to: string): string {
  const rel = path.relative(path.dirname(from), to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function violations(): string[] {
  const run = spawnSync(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('the layering rules', () => {
  it('name the rule each wrong import breaks, and let every allowed import pass', () => {
    expect(violations()).toEqual(
      [
        'time-is-pure: src/time/wrong.ts → src/kernel/db.ts',
        'kernel-imports-no-capability: src/kernel/wrong.ts → src/teams/index.ts',
        'shared-parts-below-capabilities: src/anonymity/wrong.ts → src/teams/schema.ts',
        'capabilities-do-not-reach-up: src/teams/wrong-up.ts → src/app/capabilities.ts',
        'only-public-parts-of-another-capability: src/teams/wrong-repo.ts → src/presence/repo.ts',
        'only-public-parts-of-another-capability: src/teams/web/wrong.tsx → src/presence/web/messages.ts',
        'tests-use-public-parts-and-factories: src/teams/wrong.test.ts → src/presence/repo.ts',
        'cli-uses-public-parts: src/cli/wrong.ts → src/teams/repo.ts',
        // A circle is reported once, at the module where the cruise first meets it.
        'no-cycles: src/presence/cycle-a.ts → src/presence/cycle-b.ts',
      ].sort(),
    );
  });
});
