import { Label } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/**
 * A label and its control, laid out like Designsystemet's Field, for the header. Field is a
 * custom element that brings the design system's whole web-component package (popovers,
 * comboboxes, tabs: some 40 kB compressed) to every page; here the label is tied to the
 * control by id instead, so the login page does without it.
 */
export function ShellField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="ds-field" data-size="sm">
      <Label htmlFor={id}>{label}</Label>
      {children(id)}
    </div>
  );
}
