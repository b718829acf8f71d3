/**
 * The access report's CSV in the leader's language, in the words of the screen it is
 * downloaded from: the same headings, and every coded column (role, action, record, purpose,
 * outcome) written out as the screen writes it, from the same message tables. It is what a
 * guardian receives, so no code may reach it. Norwegian and Danish spreadsheets split on
 * semicolons when a file is opened by double-click; English on commas.
 */
import { DEFAULT_TIME_ZONE } from '../time/zone.ts';
import type { AccessCsvLabels, AccessCsvOptions } from '../kernel/audit/access-report.ts';
import type { AuditAction } from '../kernel/audit/table.ts';
import type { Locale } from '../kernel/db/tables.ts';
import { commonMessages } from '../kernel/ui/messages.ts';
import { recordKindOf } from './schema.ts';
import { SYSTEM_PURPOSES } from './system-purposes.ts';
import { oversightMessages } from './web/messages.ts';

function labelsFor(locale: Locale): AccessCsvLabels {
  const report = oversightMessages[locale].report;
  const roles: Readonly<Record<string, string>> = commonMessages[locale].role;
  const actions: Readonly<Record<AuditAction, string>> = report.action;
  return {
    time: report.column.time,
    staff: report.column.person,
    role: report.column.role,
    unit: report.column.unit,
    action: report.column.action,
    record: report.column.record,
    purpose: report.column.purpose,
    outcome: report.column.outcome,
    emergency: report.column.emergency,
    system: report.system,
    yes: report.yes,
    no: report.no,
    values: {
      role: (role) => roles[role] ?? role,
      action: (event) => (recordKindOf(event.resourceType) === 'register' && event.action === 'read' ? report.registerRead : (actions[event.action] ?? event.action)),
      record: (resourceType) => report.record[recordKindOf(resourceType)],
      purpose: (purpose) => {
        const key = SYSTEM_PURPOSES[purpose];
        return key === undefined ? purpose : report.purpose[key];
      },
      outcome: (outcome) => report.outcome[outcome],
    },
  };
}

export function csvOptionsFor(locale: Locale): AccessCsvOptions {
  return { labels: labelsFor(locale), delimiter: locale === 'en' ? ',' : ';', timeZone: DEFAULT_TIME_ZONE };
}
