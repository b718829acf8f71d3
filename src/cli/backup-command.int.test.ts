/**
 * `tidlig backup` and `tidlig restore` as an operator runs them: a backup of the embedded
 * database while its server runs (through the server's socket in the data folder), restored into
 * an empty folder; a folder that is not empty refused in one sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneSentenceFailure, run, serveInBackground, startServer, tempDataDir } from './run-cli.ts';

describe('tidlig backup and restore', { timeout: 180_000 }, () => {
  it('backs up the embedded database while its server runs and restores it into an empty folder', async () => {
    const dataDir = tempDataDir();
    const env = { TIDLIG_DATA_DIR: dataDir, TIDLIG_DEMO: '0' };
    const url = await serveInBackground(env);
    const file = path.join(tempDataDir(), 'tidlig.backup');

    const backup = await run(['backup', '--to', file], env);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up embedded PGlite in .* to .*tidlig\.backup\.$/m);
    expect(backup.stdout).toMatch(/^Schema \d{8}_\d{4}_\w+\.sql: \d+ rows in \d+ tables\.$/m);
    expect(backup.stdout).toMatch(/holds every record/);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    const again = await run(['backup', '--to', file], env);
    expectOneSentenceFailure(again, /already exists; choose a new file name/);

    const target = { TIDLIG_DATA_DIR: path.join(tempDataDir(), 'restored') };
    const restore = await run(['restore', file], target);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Restored .* into embedded PGlite in .*restored\.$/m);
    expect(restore.stdout).toMatch(/^Audit log intact: \d+ events\.$/m);

    expectOneSentenceFailure(await run(['restore', file], target), /^tidlig: The data folder .* is not empty; restore only into an empty data folder or an empty database\.$/m);
    expect(fs.existsSync(path.join(dataDir, 'backup.sock'))).toBe(true);
  });

  it('backs up a folder whose server was killed, through the folder itself rather than the socket left behind', async () => {
    const dataDir = tempDataDir();
    const crashed = await startServer({ TIDLIG_DATA_DIR: dataDir, TIDLIG_DEMO: '0' });
    await new Promise((resolve) => {
      crashed.process.once('exit', resolve);
      crashed.process.kill('SIGKILL');
    });
    expect(fs.existsSync(path.join(dataDir, 'backup.sock'))).toBe(true);
    const backup = await run(['backup', '--to', path.join(tempDataDir(), 'tidlig.backup')], { TIDLIG_DATA_DIR: dataDir });
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/^Backed up embedded PGlite in /m);
  });
});
