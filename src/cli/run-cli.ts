/**
 * Runs the `tidlig` command as an operator would, in a child process, for the CLI's tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/tidlig.js');
const running: ChildProcess[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

export function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-cli-'));
  folders.push(dir);
  return dir;
}

export function run(args: string[], env: Record<string, string>) {
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
export async function serveInBackground(env: Record<string, string>): Promise<string> {
  return (await startServer(env)).url;
}

/** A server in the background and its process, for a test that must stop it the hard way. */
export function startServer(env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...cleanEnv(), PORT: '0', ...env } });
  running.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /Serving on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, process: child });
    });
    child.on('close', () => reject(new Error(`serve exited: ${output}`)));
  });
}

function cleanEnv() {
  const { DATABASE_URL: _url, PORT: _port, TIDLIG_DATA_DIR: _dir, NODE_ENV: _env, ...rest } = process.env;
  return rest as Record<string, string>;
}

export function expectOneSentenceFailure(result: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

