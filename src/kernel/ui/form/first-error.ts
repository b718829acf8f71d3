/** What can take the focus: an element, as far as this module needs one. */
export interface Focusable {
  focus(): void;
}

/** Where a form shows its errors: its fields (marked `aria-invalid`), and its alert. */
export interface ErrorPlaces {
  form: { querySelector(selector: string): Focusable | null } | null;
  alert: (Focusable & { hasChildNodes(): boolean }) | null;
}

/** The fields Designsystemet marks when they have an error; a radio group marks each radio. */
const INVALID_FIELD = '[aria-invalid="true"]';

/**
 * The first error a reader should land on: the first marked field in the form's order, else the
 * form's alert when it has something to say. Null when there is nothing to show, so the focus
 * stays where it was.
 */
export function firstError({ form, alert }: ErrorPlaces): Focusable | null {
  const field = form?.querySelector(INVALID_FIELD) ?? null;
  if (field) return field;
  return alert?.hasChildNodes() ? alert : null;
}
