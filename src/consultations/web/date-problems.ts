import { z } from 'zod';
import { checkRecordDates, type DateProblem, type DateProblemCode } from '../domain/record-dates.ts';

const CODES: readonly DateProblemCode[] = ['held_in_future', 'held_too_long_ago', 'due_in_past', 'due_before_held'];
const issuesSchema = z.object({ issues: z.array(z.object({ path: z.string(), code: z.string() })) });

/** The form's field for a date problem: the consultation's date, or the (first) follow-up's due date. */
export type DateField = 'heldOn' | 'due';

/**
 * The date problems of what the form holds, by the same rule the server applies, so the form
 * says it before sending. Only the form's own follow-up is checked: later ones are not shown.
 */
export function formDateProblems(heldOn: string, due: string | null, editing: boolean, today: string): Partial<Record<DateField, DateProblemCode>> {
  return byField(checkRecordDates({ heldOn, followUps: due === null ? [] : [{ dueOn: due }] }, { today, editing }));
}

/** The date problems in a server's 400 (a clock or a day apart from the browser's), by field. */
export function serverDateProblems(body: unknown): Partial<Record<DateField, DateProblemCode>> {
  const parsed = issuesSchema.safeParse(body);
  if (!parsed.success) return {};
  const problems = parsed.data.issues.flatMap((issue): DateProblem[] => {
    const code = CODES.find((known) => known === issue.code);
    return code ? [{ path: issue.path.replace(/^body\//, ''), code }] : [];
  });
  return byField(problems);
}

function byField(problems: readonly DateProblem[]): Partial<Record<DateField, DateProblemCode>> {
  const fields: Partial<Record<DateField, DateProblemCode>> = {};
  for (const problem of problems) {
    const field: DateField | null = problem.path === 'heldOn' ? 'heldOn' : problem.path === 'followUps/0/dueOn' ? 'due' : null;
    if (field && !fields[field]) fields[field] = problem.code;
  }
  return fields;
}
