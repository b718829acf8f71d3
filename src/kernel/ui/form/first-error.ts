/** What can take the focus: an element, as far as this module needs one. */
export interface Focusable {
  focus(): void;
}

/** An element the form's query finds: a marked field, or a field's error message. */
export interface Mark extends Focusable {
  matches(selector: string): boolean;
  closest(selector: string): { querySelector(selector: string): Focusable | null } | null;
}

/** Where a form shows its errors: its fields (marked `aria-invalid`, with a message), and its alert. */
export interface ErrorPlaces {
  form: { querySelector(selector: string): Mark | null } | null;
  alert: (Focusable & { hasChildNodes(): boolean }) | null;
}

/**
 * A field with an error carries `aria-invalid` and shows a message (Designsystemet's
 * `data-field="validation"`). The message is the mark to trust: Designsystemet's field observer
 * clears `aria-invalid` on a field with a character counter whenever the text is within the limit.
 */
const MARKED_FIELD = '[aria-invalid="true"]';
const FIELD_MESSAGE = '[data-field="validation"]';
const INPUT = 'input, textarea, select';

/**
 * The first error a reader should land on: the first field in the form's order that is marked
 * or has a message, else the form's alert when it has something to say. Null when there is
 * nothing to show, so the focus stays where it was.
 */
export function firstError({ form, alert }: ErrorPlaces): Focusable | null {
  const mark = form?.querySelector(`${MARKED_FIELD}, ${FIELD_MESSAGE}`) ?? null;
  const field = mark?.matches(FIELD_MESSAGE) ? (mark.closest('.ds-field, fieldset')?.querySelector(INPUT) ?? null) : mark;
  if (field) return field;
  return alert?.hasChildNodes() ? alert : null;
}
