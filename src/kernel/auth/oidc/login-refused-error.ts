/**
 * Why a login through an identity provider did not happen, as a machine code the login page
 * translates. Deliberately carries no claim values, tokens or codes, so the error can be
 * logged and shown without leaking who tried to log in.
 */
export type LoginRefusal =
  /** The municipality has no identity provider configured. */
  | 'unknown_provider'
  /** The callback's state was never issued, was already used, or belongs to another browser. */
  | 'unknown_state'
  /** The login was started more than 10 minutes ago. */
  | 'expired_attempt'
  /** The provider could not be reached, is misconfigured, or answered with an error. */
  | 'provider_error'
  /** The provider's answer or ID token failed validation (issuer, audience, expiry, signature, nonce). */
  | 'token_invalid'
  /** The token is valid but names nobody on this municipality's staff. */
  | 'unknown_person';

/** A refused login. `detail` is for operators' logs: an error code or a configuration hint, never personal data. */
export class LoginRefusedError extends Error {
  override readonly name = 'LoginRefusedError';
  constructor(
    readonly reason: LoginRefusal,
    readonly detail?: string,
  ) {
    super(`The login was refused: ${reason}${detail ? ` (${detail})` : ''}.`);
  }
}
