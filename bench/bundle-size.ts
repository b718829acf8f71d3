/**
 * What the web app weighs: `npx tsx bench/bundle-size.ts`. Builds it as `npm run build` does,
 * then prints every JavaScript and CSS file with its size raw, gzip and brotli (the .gz and
 * .br copies the server sends), and the login page's total: the files index.html loads before
 * anything else. Goal: the login page at most 150 kB compressed (brotli).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const LOGIN_BUDGET_BYTES = 150_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = path.join(root, 'dist/web');

process.env.NODE_ENV = 'production';
await build({ root, configFile: path.join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });

interface Sizes {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** A file's size as sent: its compressed copy where the build wrote one, else the file itself. */
function sizesOf(file: string): Sizes {
  const full = path.join(webDir, file);
  const raw = fs.statSync(full).size;
  const copy = (suffix: string) => (fs.existsSync(full + suffix) ? fs.statSync(full + suffix).size : raw);
  return { file, raw, gzip: copy('.gz'), brotli: copy('.br') };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);
const row = (name: string, s: Omit<Sizes, 'file'>) => `${name.padEnd(44)} ${kB(s.raw)} ${kB(s.gzip)} ${kB(s.brotli)}`;
const sum = (all: Sizes[]) => ({
  raw: all.reduce((n, s) => n + s.raw, 0),
  gzip: all.reduce((n, s) => n + s.gzip, 0),
  brotli: all.reduce((n, s) => n + s.brotli, 0),
});

const assets = fs
  .readdirSync(path.join(webDir, 'assets'))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => sizesOf(`assets/${name}`))
  .sort((a, b) => b.raw - a.raw);
const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
const loginFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
const login = assets.filter((asset) => loginFiles.includes(asset.file));

console.log(`${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const asset of assets) console.log(row(`${loginFiles.includes(asset.file) ? '* ' : '  '}${asset.file}`, asset));
console.log(row(`all ${assets.length} files`, sum(assets)));
const loginTotal = sum(login);
console.log(row(`login page (* above, ${login.length} files)`, loginTotal));
console.log(
  loginTotal.brotli <= LOGIN_BUDGET_BYTES
    ? `login page within its budget of ${kB(LOGIN_BUDGET_BYTES).trim()} brotli`
    : `login page OVER its budget of ${kB(LOGIN_BUDGET_BYTES).trim()} brotli`,
);
