/**
 * The repo-only rule, checked on every test run: a capability queries the database only in its
 * repo files (`repo.ts`, `*-repo.ts`), which its services call inside the one door (withAccess
 * or a named variant, src/kernel/policy/). Every other non-test file under src/ is parsed with
 * the TypeScript compiler, and any Kysely query started there (`selectFrom`, `insertInto`,
 * `updateTable`, `deleteFrom`, `replaceInto`, `mergeInto`) or `sql` template executed there
 * (`sql`…`.execute(db)`, `sql.raw(…).execute(db)`) fails the test, naming file and line.
 *
 * Allowed elsewhere, and why:
 *  - src/kernel/: the door itself, the audit log, sessions, jobs — no capability's data;
 *  - src/cli/, src/demo/: operator commands and demo data, run by hand, never by a request;
 *  - test files, factories (`factories.ts`, `*-factories.ts`), fixtures (`*-fixture.ts`) and
 *    src/&#42;&#42;/testing/: test data.
 *
 * Migrations are SQL files outside src/. Pure SQL builders that execute nothing (a `sql`
 * fragment in attendance/flag-sql.ts, a subquery built with `eb.selectFrom` in a repo's
 * helper) are not queries of their own: only a query started or a template executed counts,
 * and a subquery built on an expression builder (`eb.selectFrom`) is part of a repo's query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
const QUERY_STARTS = new Set(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto']);
const EXECUTES = new Set(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow']);

/** Where queries may be, by path relative to src/ (with forward slashes). */
export function queriesAllowedIn(relative: string): boolean {
  const name = path.posix.basename(relative);
  return (
    name === 'repo.ts' ||
    name.endsWith('-repo.ts') ||
    /\.test\.tsx?$/.test(name) ||
    name === 'factories.ts' ||
    name.endsWith('-factories.ts') ||
    name.endsWith('-fixture.ts') ||
    /^(kernel|cli|demo)\//.test(relative) ||
    /(^|\/)testing\//.test(relative)
  );
}

/** Each query started, or `sql` executed, in the text: its line (1-based) and what it is. */
export function queriesIn(fileName: string, text: string): { line: number; what: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; what: string }[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const isSqlTag = (node: ts.Expression) => ts.isIdentifier(node) && node.text === 'sql';
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { name, expression: target } = node.expression;
      // `eb.selectFrom(…)`: a subquery of the query the expression builder belongs to.
      const onExpressionBuilder = ts.isIdentifier(target) && target.text === 'eb';
      if (QUERY_STARTS.has(name.text) && !onExpressionBuilder) found.push({ line: at(node), what: name.text });
      if (EXECUTES.has(name.text)) {
        const sqlTemplate = ts.isTaggedTemplateExpression(target) && isSqlTag(target.tag);
        const sqlRaw =
          ts.isCallExpression(target) && ts.isPropertyAccessExpression(target.expression) && isSqlTag(target.expression.expression);
        if (sqlTemplate || sqlRaw) found.push({ line: at(node), what: `sql executed` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('queries of personal data only in repo files', () => {
  it('finds a query started outside a repo file, and none in a subquery or a fragment', () => {
    const text = [
      "import { sql } from 'kysely';",
      'export async function service(db) {',
      "  const rows = await db.selectFrom('child').selectAll().execute();",
      "  const sub = (eb) => eb.selectFrom('enrolment').select('unit_id');",
      '  const fragment = sql`now()`;',
      '  await sql`delete from child`.execute(db);',
      "  await sql.raw('select 1').execute(db);",
      '}',
    ].join('\n');
    expect(queriesIn('src/x/service.ts', text)).toEqual([
      { line: 3, what: 'selectFrom' },
      { line: 6, what: 'sql executed' },
      { line: 7, what: 'sql executed' },
    ]);
    expect(queriesAllowedIn('children/service.ts')).toBe(false);
    expect(queriesAllowedIn('attendance/flag-counts-repo.ts')).toBe(true);
    expect(queriesAllowedIn('children/repo.ts')).toBe(true);
    expect(queriesAllowedIn('kernel/policy/locate.ts')).toBe(true);
  });

  it('has none outside the allowed files', () => {
    const offences = sourceFiles(SRC).flatMap((file) => {
      const relative = path.relative(SRC, file).split(path.sep).join('/');
      if (queriesAllowedIn(relative)) return [];
      return queriesIn(file, readFileSync(file, 'utf8')).map((q) => `src/${relative}:${q.line} ${q.what}`);
    });
    expect(offences, 'Move these queries into the capability\'s repo.ts or a *-repo.ts file (README, "Access policy")').toEqual([]);
  });
});
