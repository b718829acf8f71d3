import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { ErrorText } from '../../kernel/ui/form/error-text.ts';
import { isInputIssueCode } from '../../kernel/validation/issues.ts';

/** A refused team request's texts per field the server named (`date`, `count`, …). */
export type TeamIssues = Partial<Record<string, string>>;

/** What a team form shows of a refusal: its fields' texts, and its own message when the fields or a closed day say it. */
export interface TeamRefusal {
  fields: TeamIssues;
  /** Undefined when the form's general sentence around the code's text fits. */
  message?: string;
}

const refusalBodySchema = z.object({
  issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
  closure: z.object({ kind: z.string(), label: z.string().optional() }).optional(),
});

const ISSUES = ['bad_school_year', 'bad_time', 'end_before_start', 'bad_date', 'outside_school_year', 'to_before_from', 'not_in_team'] as const;
const CLOSURES = ['weekend', 'public_holiday', 'school_holiday', 'closed_day'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** One field's issue in the team's words: the team's own rules first, then the shared input issues. */
function issueText(field: string, code: string, t: TFunction<'teams'>, errorText: ErrorText): string {
  if (isOneOf(ISSUES, code)) return t(`errors.issue.${code}`);
  // The number of meetings: its own words name the bounds, which the general "outside what is allowed" would not.
  if (field === 'count') return t('errors.issue.count');
  if (isInputIssueCode(code)) return errorText(code);
  if (code.startsWith('not_')) return t('errors.issue.not_member');
  return t('errors.issue.invalid');
}

/**
 * A refused team request's fields and message: a closed day is said at the date, refused fields
 * under their fields with one line asking to fix them. Any other refusal is left to the form's
 * general sentence, which the form layer fills with the code's text in the team's words.
 */
export function teamRefusal(code: string, body: unknown, t: TFunction<'teams'>, errorText: ErrorText): TeamRefusal {
  const details = refusalBodySchema.safeParse(body).data ?? {};
  const fields: TeamIssues = {};
  for (const issue of details.issues ?? []) {
    const field = issue.path.split('/')[1] ?? issue.path;
    fields[field] = issueText(field, issue.code, t, errorText);
  }
  if (code === 'closed_day' && details.closure && isOneOf(CLOSURES, details.closure.kind)) {
    const message = t(`errors.closed.${details.closure.kind}`, { label: details.closure.label ?? '' });
    return { fields: { date: message }, message };
  }
  // The fields say what is wrong; the shell's general words ("check the address") would not fit them.
  if (code === 'validation_failed' && Object.keys(fields).length > 0) return { fields, message: t('errors.fix_fields') };
  return { fields };
}
