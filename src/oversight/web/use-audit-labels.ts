import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditOutcome } from '../../kernel/audit/table.ts';
import { roleSchema, type Role } from '../../organisation/schema.ts';
import { SYSTEM_PURPOSES } from '../system-purposes.ts';
import { oversightMessages } from './messages.ts';

// Every action and outcome the audit log can hold must have a text: a new one is a compile error here.
const actionTexts: Record<AuditAction, string> = oversightMessages.nb.report.action;
const outcomeTexts: Record<AuditOutcome, string> = oversightMessages.nb.report.outcome;


const isAction = (value: string): value is AuditAction => Object.hasOwn(actionTexts, value);
const isOutcome = (value: string): value is AuditOutcome => Object.hasOwn(outcomeTexts, value);
const isRole = (value: string): value is Role => (roleSchema.options as readonly string[]).includes(value);

/** Audit events' codes in the current language; a code we do not know is shown as it is. */
export function useAuditLabels() {
  const { t } = useTranslation('oversight');
  const { t: tc } = useTranslation();
  return useMemo(
    () => ({
      action: (action: string) => (isAction(action) ? t(`report.action.${action}`) : action),
      outcome: (outcome: string) => (isOutcome(outcome) ? t(`report.outcome.${outcome}`) : outcome),
      role: (role: string | null) => (role === null ? '' : isRole(role) ? tc(`role.${role}`) : role),
      purpose: (purpose: string | null) => {
        if (purpose === null) return '';
        const key = SYSTEM_PURPOSES[purpose];
        return key ? t(`report.purpose.${key}`) : purpose;
      },
    }),
    [t, tc],
  );
}

/** Today's date where the user is, as `yyyy-mm-dd`, to compare with due dates. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
