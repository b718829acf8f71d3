/**
 * `tidlig idp set` against an embedded database in a temporary folder, the way an operator
 * runs it: configuration from the environment, one sentence on success, an OperatorError
 * (one sentence, nothing written) on a mistake.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { OperatorError } from '../../errors.ts';
import { buildMunicipality } from '../../testing/register-factories.ts';
import { idpCommand } from './idp-command.ts';

describe('tidlig idp set', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-idp-'));

  beforeAll(async () => {
    vi.stubEnv('TIDLIG_DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      await migrate(database);
      await buildMunicipality(database.db, { code: '3105', name: 'Sarpsborg' });
    } finally {
      await database.close();
    }
  });

  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => idpCommand().parseAsync(['set', ...args], { from: 'user' });
  const required = (issuer = 'https://login.sarpsborg.kommune.no/realms/ansatte') => [
    '--municipality',
    '3105',
    '--issuer',
    issuer,
    '--client-id',
    'tidlig',
    '--secret-env',
    'TIDLIG_SARPSBORG_OIDC_SECRET',
  ];

  async function providers() {
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      return await database.db.selectFrom('identity_provider').selectAll().execute();
    } finally {
      await database.close();
    }
  }

  it('adds a provider, then replaces it, saying so in one sentence', async () => {
    const print = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await run(...required());
      await run(...required('https://login.microsoftonline.com/sarpsborg/v2.0'), '--claim', 'preferred_username');
      expect(print).toHaveBeenCalledTimes(2);
      expect(print.mock.calls[1]?.[0]).toBe(
        'Sarpsborg (3105) now logs in through https://login.microsoftonline.com/sarpsborg/v2.0 as client tidlig, ' +
          'matching the "preferred_username" claim to staff; give the Tidlig server the client secret in TIDLIG_SARPSBORG_OIDC_SECRET.',
      );
    } finally {
      print.mockRestore();
    }
    expect(await providers()).toEqual([
      expect.objectContaining({
        issuer: 'https://login.microsoftonline.com/sarpsborg/v2.0',
        client_id: 'tidlig',
        client_secret_env: 'TIDLIG_SARPSBORG_OIDC_SECRET',
        subject_claim: 'preferred_username',
      }),
    ]);
  });

  it('refuses an unknown municipality', async () => {
    const args = required();
    args[1] = '9999';
    await expect(run(...args)).rejects.toThrow(new OperatorError('No municipality has the code 9999.'));
  });

  it('refuses a plain-http issuer that is not on this machine', async () => {
    await expect(run(...required('http://login.sarpsborg.kommune.no'))).rejects.toThrow(/must use https/);
  });

  it('refuses a secret where the name of its variable belongs, without repeating it', async () => {
    const args = required();
    args[7] = 's3cr3t-Value/with+chars';
    const failure = run(...args);
    await expect(failure).rejects.toBeInstanceOf(OperatorError);
    await expect(failure).rejects.not.toThrow(/s3cr3t/);
    // Nothing of the refused runs was written.
    expect((await providers()).map((row) => row.issuer)).toEqual(['https://login.microsoftonline.com/sarpsborg/v2.0']);
  });
});
