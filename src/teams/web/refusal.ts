import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiRequestError, errorMessageKey } from '../../kernel/ui/api.ts';
import { isInputIssueCode } from '../../kernel/validation/issues.ts';

/** What a form shows for a refused request: one message, and a message per field the server named. */
export interface Refusal {
  code: string;
  message: string;
  fields: Partial<Record<string, string>>;
}

const refusalBodySchema = z.object({
  issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
  closure: z.object({ kind: z.string(), label: z.string().optional() }).optional(),
});

const ISSUES = ['bad_school_year', 'bad_time', 'end_before_start', 'bad_date', 'outside_school_year', 'to_before_from', 'not_in_team'] as const;
const CLOSURES = ['weekend', 'public_holiday', 'school_holiday', 'closed_day'] as const;
const TEAM_CODES = ['conflict', 'plan_published', 'plan_has_action_points', 'meeting_held', 'not_published', 'no_meeting_day'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * Turns a failed team request into translated text: the team's own refusals (a closed day, a
 * published plan, a stale version) in the team's words, per-field issues under their fields,
 * and anything else in the shell's general words.
 */
export function useRefusal(): (error: unknown) => Refusal {
  const { t } = useTranslation('teams');
  const { t: tc } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      const body = refusalBodySchema.safeParse(error instanceof ApiRequestError ? error.body : undefined);
      const details = body.success ? body.data : {};
      const fields: Partial<Record<string, string>> = {};
      for (const issue of details.issues ?? []) {
        const field = issue.path.split('/')[1] ?? issue.path;
        if (isOneOf(ISSUES, issue.code)) fields[field] = t(`errors.issue.${issue.code}`);
        // The number of meetings: its own words name the bounds, which the general "outside what is allowed" would not.
        else if (field === 'count') fields[field] = t('errors.issue.count');
        else if (isInputIssueCode(issue.code)) fields[field] = tc(errorMessageKey(issue.code));
        else if (issue.code.startsWith('not_')) fields[field] = t('errors.issue.not_member');
        else fields[field] = t('errors.issue.invalid');
      }
      if (code === 'closed_day' && details.closure && isOneOf(CLOSURES, details.closure.kind)) {
        const message = t(`errors.closed.${details.closure.kind}`, { label: details.closure.label ?? '' });
        return { code, message, fields: { date: message } };
      }
      // The fields say what is wrong; the shell's general words ("check the address") would not fit them.
      if (code === 'validation_failed' && Object.keys(fields).length > 0) return { code, message: t('errors.fix_fields'), fields };
      const message = isOneOf(TEAM_CODES, code) ? t(`errors.${code}`) : tc(errorMessageKey(code));
      return { code, message: t('failed', { reason: message }), fields };
    },
    [t, tc],
  );
}
