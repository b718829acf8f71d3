import type { TFunction } from 'i18next';
import type { ErrorText } from '../../kernel/ui/form/error-text.ts';
import type { PlanHourRequest } from '../schema.ts';
import { issuesOf } from './issues.ts';
import { presenceMessages } from './messages.ts';

/** The planning form's fields, as the request names them. */
export type PlanField = keyof PlanHourRequest;

/** The planning form's refused fields, each with the first thing the server said about it. */
export type PlanIssues = Partial<Record<PlanField, string>>;

type FieldCode = keyof (typeof presenceMessages)['nb']['plan']['field'];

function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(presenceMessages.nb.plan.field, code);
}

/** The per-field texts of a refused hour; none when the server named no field. */
export function planIssues(body: unknown, t: TFunction<'presence'>, errorText: ErrorText): PlanIssues {
  const found: PlanIssues = {};
  for (const issue of issuesOf(body)) {
    const field = issue.path.replace(/^body\//, '') as PlanField;
    found[field] ??= isFieldCode(issue.code) ? t(`plan.field.${issue.code}`) : errorText('validation_failed');
  }
  return found;
}
