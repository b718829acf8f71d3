/**
 * The operator's view of the `tidlig` command: help, and every mistake they can make
 * answered by one sentence and a non-zero exit, never a stack trace.
 */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { expectOneSentenceFailure, run, serveInBackground, startServer, tempDataDir } from './run-cli.ts';

// Each case starts Node, tsx and often an embedded database: slow on a busy two-core machine.
describe('tidlig command', { timeout: 120_000 }, () => {
  it('lists its subcommands in --help', async () => {
    const result = await run(['--help'], {});
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'audit', 'idp', 'check-anonymous', 'retention']) expect(result.stdout).toContain(command);
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

  it('starts at once on a data folder whose server was killed, rather than refusing until its lock goes stale', async () => {
    const dataDir = tempDataDir();
    const crashed = await startServer({ TIDLIG_DATA_DIR: dataDir, TIDLIG_DEMO: '0' });
    await new Promise((resolve) => {
      crashed.process.once('exit', resolve);
      crashed.process.kill('SIGKILL');
    });
    const restarted = await run(['migrate'], { TIDLIG_DATA_DIR: dataDir });
    expect(restarted.stderr).toBe('');
    expect(restarted.stdout).toMatch(/up to date/);
  });
});

