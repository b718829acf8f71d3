import { ApiRequestError, errorMessageKey } from '../../kernel/ui/api.ts';
import type { TFunction } from 'i18next';

/** The error code's text: this capability's own when it has one, else the shared one. */
export function reasonOf(error: unknown, t: TFunction<'pupilTalks'>, tc: TFunction): string {
  const code = error instanceof ApiRequestError ? error.code : 'unknown';
  return isOwnError(code) ? t(`errors.${code}`) : tc(errorMessageKey(code));
}

const OWN = ['talk_already_recorded', 'notice_closed', 'notice_not_drafted', 'conflict', 'child_not_at_unit', 'identifying_note', 'not_a_school'] as const;
function isOwnError(code: string): code is (typeof OWN)[number] {
  return (OWN as readonly string[]).includes(code);
}

/** The first issue code the server gave for a field (`body/heldOn`), if any. */
export function issueFor(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  const issues = (error.body as { issues?: { path: string; code: string }[] } | undefined)?.issues;
  return issues?.find((issue) => issue.path === path)?.code;
}
