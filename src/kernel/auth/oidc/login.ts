/**
 * Logging in through a municipality's identity provider: the authorization code flow with
 * PKCE, state and nonce. Starting stores what the callback must prove; finishing consumes
 * it, lets openid-client validate the provider's answer and ID token, and maps the token to
 * a staff member of that municipality. Nothing is created here: the caller starts the
 * session, and only after a staff member was found.
 */
import * as client from 'openid-client';
import type { Db } from '../../db/database.ts';
import { OperatorError } from '../../errors.ts';
import { LoginRefusedError } from './login-refused-error.ts';
import { providerFor, type MunicipalProvider } from './provider-config.ts';

/** How long a started login may take; a callback after that is refused. */
export const ATTEMPT_TTL_MS = 10 * 60 * 1000;
// Kept a while past their expiry so a late callback is told `expired_attempt`, not `unknown_state`.
const SWEEP_AFTER_MS = 60 * 60 * 1000;
const SCOPE = 'openid email profile';

// openid-client's codes for an answer that arrived but failed a check (signature, issuer,
// audience, expiry, nonce, state, iss parameter): the token is at fault, not the connection.
const TOKEN_CHECK_CODES = new Set([
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
]);

/** Where to send the browser, and the state to bind to it (the caller puts it in a cookie). */
export interface StartedLogin {
  authorizationUrl: URL;
  state: string;
}

/** What the callback request brought back. */
export interface OidcCallback {
  /** The URL the provider redirected the browser to; only its query is read. */
  currentUrl: URL;
  /** The redirect URI the login was started with; the token request must repeat it exactly. */
  redirectUri: string;
  /** The state the browser was given when it started the login (its cookie), if it has one. */
  browserState: string | undefined;
}

/**
 * Starts a login for a municipality: stores a login_attempt (state, PKCE verifier, nonce)
 * and returns the provider's authorization URL. Refuses with `unknown_provider` when the
 * municipality has no provider, `provider_error` when it cannot be used.
 */
export async function startOidcLogin(db: Db, municipalityId: string, redirectUri: string): Promise<StartedLogin> {
  const provider = await loadProvider(db, municipalityId);
  if (!provider) throw new LoginRefusedError('unknown_provider');

  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const now = new Date();
  // Abandoned logins would otherwise pile up; they can never be finished anyway.
  await db.deleteFrom('login_attempt').where('created_at', '<', new Date(now.getTime() - SWEEP_AFTER_MS)).execute();
  await db
    .insertInto('login_attempt')
    .values({ state, municipality_id: municipalityId, code_verifier: codeVerifier, nonce, created_at: now })
    .execute();

  const authorizationUrl = client.buildAuthorizationUrl(provider.configuration, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl, state };
}

/**
 * Finishes a login from the provider's callback and returns the staff member it proves.
 * The state is consumed whatever happens next, so a callback URL works once. Every failure
 * is a LoginRefusedError whose reason and detail hold no claim values or tokens.
 */
export async function finishOidcLogin(db: Db, callback: OidcCallback): Promise<{ staffId: string }> {
  const state = callback.currentUrl.searchParams.get('state');
  if (!state) throw new LoginRefusedError('unknown_state', 'no state in the callback');
  // Deleting and reading in one statement: two callbacks racing with one state get one row.
  const attempt = await db.deleteFrom('login_attempt').where('state', '=', state).returningAll().executeTakeFirst();
  if (!attempt) throw new LoginRefusedError('unknown_state');
  // A callback link made by someone else must not log this browser in as that someone.
  if (callback.browserState !== state) throw new LoginRefusedError('unknown_state', 'started in another browser');
  if (Date.now() - new Date(attempt.created_at).getTime() > ATTEMPT_TTL_MS) {
    throw new LoginRefusedError('expired_attempt');
  }

  const provider = await loadProvider(db, attempt.municipality_id);
  if (!provider) throw new LoginRefusedError('provider_error', 'the identity provider was removed during the login');

  // The token request repeats the redirect URI from the start, whatever host the callback reached.
  const responseUrl = new URL(callback.redirectUri);
  responseUrl.search = callback.currentUrl.search;
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(provider.configuration, responseUrl, {
      pkceCodeVerifier: attempt.code_verifier,
      expectedNonce: attempt.nonce,
      expectedState: state,
      idTokenExpected: true,
    });
  } catch (error) {
    throw refusalFor(error);
  }

  const claims = tokens.claims();
  if (!claims) throw new LoginRefusedError('token_invalid', 'no ID token');
  const subject = claims[provider.subjectClaim];
  if (typeof subject !== 'string' || subject === '') {
    throw new LoginRefusedError('unknown_person', `the ID token has no "${provider.subjectClaim}" claim`);
  }
  // An address the provider says is unverified could have been typed in by anyone.
  if (provider.subjectClaim === 'email' && claims.email_verified === false) {
    throw new LoginRefusedError('unknown_person', 'the provider says the email address is not verified');
  }
  const staff = await db
    .selectFrom('staff')
    .select('id')
    .where('external_subject', '=', subject)
    .where('municipality_id', '=', attempt.municipality_id)
    .executeTakeFirst();
  if (!staff) throw new LoginRefusedError('unknown_person');
  return { staffId: staff.id };
}

async function loadProvider(db: Db, municipalityId: string): Promise<MunicipalProvider | undefined> {
  try {
    return await providerFor(db, municipalityId);
  } catch (error) {
    // An OperatorError's message is a sentence for the operator (which variable to set).
    throw new LoginRefusedError('provider_error', error instanceof OperatorError ? error.message : describe(error));
  }
}

function refusalFor(error: unknown): LoginRefusedError {
  const code = error instanceof client.ClientError ? error.code : undefined;
  if (code && TOKEN_CHECK_CODES.has(code)) return new LoginRefusedError('token_invalid', code);
  return new LoginRefusedError('provider_error', describe(error));
}

/**
 * A log-safe description: codes only. The errors' causes carry the callback parameters and
 * token claims, and their descriptions are free text from the provider, so neither is used.
 */
function describe(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return `the provider answered ${/^[\w.-]{1,64}$/.test(error.error) ? error.error : 'an error'}`;
  }
  if (error instanceof client.ClientError) return error.code ?? 'ClientError';
  if (error instanceof Error) {
    const cause = (error.cause as { code?: unknown } | undefined)?.code;
    return typeof cause === 'string' ? `${error.name} (${cause})` : error.name;
  }
  return 'unknown error';
}
