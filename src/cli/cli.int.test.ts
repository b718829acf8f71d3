/**
 * The operator's view of the `tidlig` command: help, and every mistake they can make
 * answered by one sentence and a non-zero exit, never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/tidlig.js');
const running: ChildProcess[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-cli-'));
  folders.push(dir);
  return dir;
}

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...cleanEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A server in the background; resolves with its URL once it says it is serving. */
function serveInBackground(env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...cleanEnv(), PORT: '0', ...env } });
  running.push(child);
  return new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /Serving on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.on('close', () => reject(new Error(`serve exited: ${output}`)));
  });
}

function cleanEnv() {
  const { DATABASE_URL: _url, PORT: _port, TIDLIG_DATA_DIR: _dir, NODE_ENV: _env, ...rest } = process.env;
  return rest as Record<string, string>;
}

function expectOneSentenceFailure(result: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

// Each case starts Node, tsx and often an embedded database: slow on a busy two-core machine.
describe('tidlig command', { timeout: 120_000 }, () => {
  it('lists its subcommands in --help', async () => {
    const result = await run(['--help'], {});
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'audit', 'idp', 'check-anonymous', 'retention', 'rota']) expect(result.stdout).toContain(command);
  });

  it('migrates once, and a second run changes nothing', async () => {
    const env = { TIDLIG_DATA_DIR: tempDataDir() };
    expect((await run(['migrate'], env)).stdout).toMatch(/Applied \d+ migration/);
    expect((await run(['migrate'], env)).stdout).toMatch(/up to date/);
  });

  it('runs every retention job on demand and says what each did; a bad setting stops it before anything runs', async () => {
    const env = { TIDLIG_DATA_DIR: tempDataDir() };
    await run(['migrate'], env);
    const result = await run(['retention', 'run'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Consultations: deleted 0 consultation\(s\)/m);
    expect(result.stdout).toMatch(/^Pupil talks: deleted 0 request\(s\) with their talks 365 day\(s\)/m);
    const refused = await run(['retention', 'run'], { ...env, TIDLIG_PUPIL_TALK_RETENTION_DAYS: 'a year' });
    expectOneSentenceFailure(refused, /TIDLIG_PUPIL_TALK_RETENTION_DAYS/);
    expect(refused.stdout).not.toMatch(/Consultations:/);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', async () => {
    const result = await run(['migrate'], { DATABASE_URL: 'mysql://root@localhost/tidlig' });
    expectOneSentenceFailure(result, /DATABASE_URL must start with postgres:\/\//);
  });

  it('names an unreachable database without printing its password', async () => {
    const result = await run(['migrate'], { DATABASE_URL: 'postgres://tidlig:hemmelig@127.0.0.1:1/tidlig' });
    expectOneSentenceFailure(result, /Could not connect to PostgreSQL at 127\.0\.0\.1:1\/tidlig: the connection was refused/);
    expect(result.stderr).not.toContain('hemmelig');
  });

  it('refuses demo mode in production', async () => {
    const result = await run(['migrate'], { NODE_ENV: 'production', TIDLIG_DEMO: '1', TIDLIG_DATA_DIR: tempDataDir() });
    expectOneSentenceFailure(result, /Demo mode cannot be turned on when NODE_ENV=production/);
  });

  it('says so when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await run(['serve'], {
        PORT: String(port),
        HOST: '127.0.0.1',
        TIDLIG_DEMO: '0',
        TIDLIG_DATA_DIR: tempDataDir(),
      });
      expectOneSentenceFailure(result, new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('keeps a second process off a data folder that a server is using', async () => {
    const dataDir = tempDataDir();
    const url = await serveInBackground({ TIDLIG_DATA_DIR: dataDir, TIDLIG_DEMO: '0' });
    const second = await run(['migrate'], { TIDLIG_DATA_DIR: dataDir });
    expectOneSentenceFailure(second, /Another Tidlig process is already using the data folder/);
    // The first server is unharmed.
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });
});
