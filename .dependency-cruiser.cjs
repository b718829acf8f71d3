/**
 * The layering of src/, checked by `npm test` (see docs/architecture.md):
 *
 *   app/, cli/, demo/              the composition root and what runs it
 *   <capability>/                  one folder per capability
 *   anonymity/                     shared parts the capabilities use
 *   kernel/                        db, auth, policy, audit, i18n, ui shell
 *   time/                          dates, clock times, zones (pure)
 *
 * Each layer imports only the layers below it. A capability uses another only through its
 * public parts: its entry files (index.ts, web/index.tsx), its API shapes (schema.ts), its
 * addresses (web/paths.ts) and its pure rules (domain/); tests may also use its factories.
 */
const CAPABILITY = '^src/(?!(?:app|cli|demo|kernel|time|anonymity)/)([^/]+)/';
const PUBLIC = '^src/[^/]+/(index\\.ts|schema\\.ts|domain/.+|web/index\\.tsx|web/paths\\.ts)$';
const TEST = '(\\.test\\.tsx?|/factories\\.ts)$';

module.exports = {
  forbidden: [
    {
      name: 'time-is-pure',
      comment: 'src/time/ is the bottom layer: it imports nothing else of Tidlig.',
      severity: 'error',
      from: { path: '^src/time/' },
      to: { path: '^src/', pathNot: '^src/time/' },
    },
    {
      name: 'kernel-imports-no-capability',
      comment: 'The kernel knows no capability: the composition root (src/app/) hands them to it.',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: '^src/', pathNot: '^src/(kernel|time)/' },
    },
    {
      name: 'shared-parts-below-capabilities',
      comment: 'Shared parts (src/anonymity/) serve every capability and so import none.',
      severity: 'error',
      from: { path: '^src/anonymity/' },
      to: { path: '^src/', pathNot: '^src/(anonymity|kernel|time)/' },
    },
    {
      name: 'capabilities-do-not-reach-up',
      comment: 'A capability does not import the composition root, the CLI or the demo data.',
      severity: 'error',
      from: { path: CAPABILITY },
      to: { path: '^src/(app|cli|demo)/' },
    },
    {
      name: 'only-public-parts-of-another-capability',
      comment:
        "A capability uses another only through its entry files, schema.ts, web/paths.ts and domain/; never its repo, tables, service internals, components or messages.",
      severity: 'error',
      from: { path: CAPABILITY, pathNot: TEST },
      to: { path: CAPABILITY, pathNot: ['^src/$1/', PUBLIC] },
    },
    {
      name: 'tests-use-public-parts-and-factories',
      comment: "A capability's tests may also build another's test data with its factories.ts.",
      severity: 'error',
      from: { path: `${CAPABILITY}.*${TEST}` },
      to: { path: CAPABILITY, pathNot: ['^src/$1/', PUBLIC, '^src/[^/]+/factories\\.ts$'] },
    },
    {
      name: 'cli-uses-public-parts',
      comment: 'The CLI runs capabilities through their entry files like the server does.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: CAPABILITY, pathNot: PUBLIC },
    },
    {
      name: 'no-cycles',
      comment: 'Modules do not import each other in a circle: it makes the order of loading matter.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|json)$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
