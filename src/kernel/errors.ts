/**
 * An error whose message is one plain sentence meant for the person running Tidlig
 * (an operator at the command line). The CLI prints the message alone, without a stack
 * trace, and exits non-zero. Never put personal data in the message.
 */
export class OperatorError extends Error {
  override readonly name = 'OperatorError';
}

/**
 * The record does not exist, or the actor may not know that it does: both answer the
 * same, so that a 404 never tells an outsider a record is there.
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly resource: string) {
    super(`${resource} not found`);
  }
}

/**
 * A request the domain's rules refuse: a slot already taken, a clash, identifying text.
 * The server answers `status` with `{ code, message, ...details }`; `code` is a stable key the
 * web translates. Neither `message` nor `details` may hold personal data.
 */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';
  constructor(
    readonly status: 400 | 409 | 413,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
