import { Textfield } from '@digdir/designsystemet-react';
import type { ReportContent } from '../content-schema.ts';

/** An edit of the draft; every change goes through it, and the draft is saved from there. */
export type Change = (edit: (draft: ReportContent) => void) => void;

/** The id of a field's input, so the completeness check can link to it. */
export const fieldId = (path: string) => `concern-${path.replaceAll('.', '-')}`;

/** One text of the report, at `path` in its content; `set` writes what is typed into the draft. */
export function ReportTextField({
  path,
  label,
  value,
  set,
  change,
  multiline,
  description,
  type,
}: {
  path: string;
  label: string;
  value: string;
  set: (draft: ReportContent, value: string) => void;
  change: Change;
  multiline?: boolean;
  description?: string;
  type?: 'text' | 'tel' | 'email' | 'date';
}) {
  const common = { id: fieldId(path), label, value, autoComplete: 'off', ...(description ? { description } : {}) };
  const onChange = (event: { target: { value: string } }) => {
    const v = event.target.value;
    change((d) => set(d, v));
  };
  return multiline ? <Textfield {...common} multiline rows={4} onChange={onChange} /> : <Textfield {...common} type={type ?? 'text'} onChange={onChange} />;
}
