/**
 * For the tests: a real OpenID Connect provider (oidc-provider) on 127.0.0.1, so the login
 * flow is tested against the same discovery, PKCE, signing and validation a municipality's
 * provider does. The login screen is replaced by a step that logs in whoever the test
 * names in `nextLogin`, and the test can make the provider's clock run behind.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { vi } from 'vitest';

export interface TestIdpOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** Who logs in at the provider next: a person (by email address), or the provider says no. */
export type NextLogin = { email: string; emailVerified?: boolean } | { error: string };

export interface TestIdp {
  issuer: string;
  nextLogin: NextLogin;
  /** When above 0, ID tokens are issued as if the provider's clock were this far behind. */
  clockBehindSeconds: number;
  /** How often the discovery document was fetched (to see Tidlig's cache at work). */
  discoveryRequests: number;
  close(): Promise<void>;
}

/** Starts a provider with one confidential client that must use PKCE. */
export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  const server = http.createServer();
  const issuer = await listenOnLoopback(server);
  const people = new Map<string, { email: string; emailVerified: boolean }>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Like the providers municipalities use, put the email claim in the ID token itself.
    conformIdTokenClaims: false,
    cookies: { keys: ['test-only-cookie-key'] },
    features: { devInteractions: { enabled: false } },
    // Stated, so the provider does not print a notice about each default on first use.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    jwks: { keys: [privateKey.export({ format: 'jwk' })] },
    findAccount: async (_context, sub) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: person.email, email_verified: person.emailVerified, name: 'Test Person' }),
      };
    },
  });

  const idp: TestIdp = {
    issuer,
    nextLogin: { error: 'access_denied' },
    clockBehindSeconds: 0,
    discoveryRequests: 0,
    close: () => closeServer(server),
  };

  // The token endpoint signs the ID token; a clock set back while it runs makes it arrive expired.
  // Tidlig waits for this answer meanwhile, so nothing of Tidlig's runs on the false clock.
  provider.use(async (context, next) => {
    if (context.path === '/.well-known/openid-configuration') idp.discoveryRequests += 1;
    if (context.path !== '/token' || idp.clockBehindSeconds === 0) return next();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - idp.clockBehindSeconds * 1000 });
    try {
      await next();
    } finally {
      vi.useRealTimers();
    }
  });

  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    void finishInteraction(provider, idp.nextLogin, people, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return idp;
}

/** The login (and consent) screen, answered at once for the person the test chose. */
async function finishInteraction(
  provider: Provider,
  next: NextLogin,
  people: Map<string, { email: string; emailVerified: boolean }>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const details = await provider.interactionDetails(req, res);
  if ('error' in next) {
    return provider.interactionFinished(req, res, { error: next.error }, { mergeWithLastSubmission: false });
  }
  const accountId = `account-${people.size + 1}`;
  people.set(accountId, { email: next.email, emailVerified: next.emailVerified ?? true });
  const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

/**
 * A server that claims to be an issuer of its own but points every endpoint at `realIssuer`:
 * the ID tokens then name another issuer than the one Tidlig was configured with.
 */
export async function startImpostorIssuer(realIssuer: string): Promise<{ issuer: string; close(): Promise<void> }> {
  const server = http.createServer();
  const issuer = await listenOnLoopback(server);
  server.on('request', (req, res) => {
    void (async () => {
      if (req.url !== '/.well-known/openid-configuration') {
        res.statusCode = 404;
        return res.end();
      }
      const metadata = (await (await fetch(`${realIssuer}/.well-known/openid-configuration`)).json()) as Record<
        string,
        unknown
      >;
      // Without this flag the client would not insist on the (now mismatched) iss parameter.
      delete metadata.authorization_response_iss_parameter_supported;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ...metadata, issuer }));
    })();
  });
  return { issuer, close: () => closeServer(server) };
}

async function listenOnLoopback(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
