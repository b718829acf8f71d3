/**
 * `tidlig idp set`: how an operator points a municipality at its identity provider. The
 * secret is never an argument: only the name of the environment variable that will hold
 * it, so it stays out of the database, shell history and process lists.
 */
import { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { OperatorError } from '../../errors.ts';
import { checkIssuer } from './provider-config.ts';

interface IdpSetOptions {
  municipality: string;
  issuer: string;
  clientId: string;
  secretEnv: string;
  claim: string;
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const CLAIM_NAME = /^\S+$/;

/** The `idp` command group; `set` adds or replaces a municipality's provider. */
export function idpCommand(): Command {
  const idp = new Command('idp').description("configure the municipalities' identity providers (OpenID Connect)");
  idp
    .command('set')
    .description('log a municipality in through its identity provider (adds or replaces it)')
    .requiredOption('--municipality <code>', 'the municipality code (kommunenummer / kommunekode)')
    .requiredOption('--issuer <url>', "the provider's issuer URL; https")
    .requiredOption('--client-id <id>', 'the client ID Tidlig is registered with at the provider')
    .requiredOption('--secret-env <VAR>', 'the name of the environment variable that holds the client secret')
    .option('--claim <name>', 'the ID token claim whose value is matched to staff.external_subject', 'email')
    .action(setProvider);
  return idp;
}

async function setProvider(options: IdpSetOptions) {
  checkIssuer(options.issuer);
  // Not echoed: a value that is no variable name may well be the secret itself.
  if (!ENV_NAME.test(options.secretEnv)) {
    throw new OperatorError(
      '--secret-env takes the NAME of an environment variable (A–Z, 0–9 and _), such as TIDLIG_OIDC_SECRET, not the secret.',
    );
  }
  if (!CLAIM_NAME.test(options.claim)) throw new OperatorError('--claim takes a claim name without spaces, such as email.');

  const config = readConfig();
  const database = await openDatabase(config.database);
  try {
    const municipality = await database.db
      .selectFrom('municipality')
      .select(['id', 'name'])
      .where('code', '=', options.municipality)
      .executeTakeFirst();
    if (!municipality) throw new OperatorError(`No municipality has the code ${options.municipality}.`);
    const values = {
      issuer: options.issuer,
      client_id: options.clientId,
      client_secret_env: options.secretEnv,
      subject_claim: options.claim,
    };
    await database.db
      .insertInto('identity_provider')
      .values({ municipality_id: municipality.id, ...values })
      .onConflict((conflict) => conflict.column('municipality_id').doUpdateSet(values))
      .execute();
    console.log(
      `${municipality.name} (${options.municipality}) now logs in through ${options.issuer} as client ${options.clientId}, ` +
        `matching the "${options.claim}" claim to staff; give the Tidlig server the client secret in ${options.secretEnv}.`,
    );
  } finally {
    await database.close();
  }
}
