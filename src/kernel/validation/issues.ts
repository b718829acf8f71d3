/**
 * The stable codes of bad input, shared by the server's 400 answers and the web's texts
 * (`inputIssue.<code>` in the kernel's common messages). A primitive in primitives.ts puts its
 * code in the Zod issue's message; Zod's own checks keep Zod's code.
 */
export const INPUT_ISSUE_CODES = [
  'not_a_date',
  'date_out_of_range',
  'range_reversed',
  'range_too_long',
  'not_an_instant',
  'not_a_number',
  'number_out_of_range',
  'not_an_id',
  'not_text',
  'text_too_long',
  'text_too_short',
  'text_not_allowed',
] as const;
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

export function isInputIssueCode(code: unknown): code is InputIssueCode {
  return typeof code === 'string' && (INPUT_ISSUE_CODES as readonly string[]).includes(code);
}

/** One refused field as fastify-type-provider-zod reports it. */
export interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
}

/** The issue as the API answers it: where, and our code when a primitive gave one, else Zod's. */
export function issueOf(where: string, entry: ValidationEntry): { path: string; code: string } {
  return { path: `${where}${entry.instancePath}`, code: isInputIssueCode(entry.message) ? entry.message : entry.keyword };
}
