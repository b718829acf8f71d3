/**
 * An error whose message is one plain sentence meant for the person running Tidlig
 * (an operator at the command line). The CLI prints the message alone, without a stack
 * trace, and exits non-zero. Never put personal data in the message.
 */
export class OperatorError extends Error {
  override readonly name = 'OperatorError';
}
