/**
 * Each municipality logs in through its own identity provider. This file turns the
 * municipality's `identity_provider` row into a discovered openid-client Configuration,
 * and keeps the rules about which issuers and secrets are acceptable in one place.
 */
import * as client from 'openid-client';
import type { Db } from '../../db/database.ts';
import { OperatorError } from '../../errors.ts';

/** Everything a login needs to know about one municipality's identity provider. */
export interface MunicipalProvider {
  municipalityId: string;
  configuration: client.Configuration;
  /** The ID token claim whose value is matched against staff.external_subject. */
  subjectClaim: string;
}

// Long enough that a morning's logins do not each fetch the discovery document, short
// enough that a provider which moves its endpoints is picked up without a restart.
const CACHE_TTL_MS = 10 * 60 * 1000;
// A provider that hangs must not hold a login request for openid-client's default 30 s.
const REQUEST_TIMEOUT_S = 10;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

interface CacheEntry {
  key: string;
  expiresAt: number;
  configuration: Promise<client.Configuration>;
}
const cache = new Map<string, CacheEntry>();

/**
 * The issuer as a URL, refused unless it is https; plain http is allowed only on the
 * loopback interface, where a developer's or test's provider runs. A real provider over
 * http would let anyone on the path read or replace the tokens.
 */
export function checkIssuer(issuer: string): URL {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new OperatorError(`The issuer "${issuer}" is not a valid URL; expected https://….`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url;
  throw new OperatorError(
    `The issuer ${url.href} must use https; plain http is only allowed for localhost, 127.0.0.1 and [::1].`,
  );
}

/**
 * The provider of a municipality, discovered (and cached for 10 minutes), or undefined when
 * the municipality has none. A wrong issuer or a missing secret is an OperatorError naming
 * what to fix; a provider that cannot be reached rejects with openid-client's error.
 */
export async function providerFor(db: Db, municipalityId: string): Promise<MunicipalProvider | undefined> {
  const row = await db
    .selectFrom('identity_provider')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return undefined;
  const issuer = checkIssuer(row.issuer);
  const secret = process.env[row.client_secret_env];
  if (!secret) {
    throw new OperatorError(
      `The client secret of municipality ${municipalityId}'s identity provider is missing: ` +
        `set the environment variable ${row.client_secret_env}.`,
    );
  }
  // A changed row (new issuer, client or secret variable) must not be served from the cache.
  const key = [issuer.href, row.client_id, row.client_secret_env].join('\n');
  const cached = cache.get(municipalityId);
  if (cached && cached.key === key && cached.expiresAt > Date.now()) {
    return { municipalityId, configuration: await cached.configuration, subjectClaim: row.subject_claim };
  }
  const configuration = discover(issuer, row.client_id, secret);
  cache.set(municipalityId, { key, expiresAt: Date.now() + CACHE_TTL_MS, configuration });
  try {
    return { municipalityId, configuration: await configuration, subjectClaim: row.subject_claim };
  } catch (error) {
    // A provider that was down must be asked again on the next login, not in 10 minutes.
    if (cache.get(municipalityId)?.configuration === configuration) cache.delete(municipalityId);
    throw error;
  }
}

function discover(issuer: URL, clientId: string, secret: string): Promise<client.Configuration> {
  const insecure = issuer.protocol === 'http:';
  // client_secret_basic: the method RFC 6749 obliges every provider to support.
  return client.discovery(issuer, clientId, undefined, client.ClientSecretBasic(secret), {
    timeout: REQUEST_TIMEOUT_S,
    // Deprecated only to make it stand out; checkIssuer has confined it to loopback hosts.
    execute: insecure ? [client.allowInsecureRequests] : [],
  });
}

/** The municipalities that log in through an identity provider, for the login page. */
export async function listProviderMunicipalities(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('identity_provider')
    .innerJoin('municipality', 'municipality.id', 'identity_provider.municipality_id')
    .select(['municipality.id', 'municipality.name'])
    .orderBy('municipality.name')
    .execute();
}
