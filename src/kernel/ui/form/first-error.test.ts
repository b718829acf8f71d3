import { describe, expect, it } from 'vitest';
import { firstError, type Focusable, type Mark } from './first-error.ts';

const element = (name: string): Focusable & { name: string } => ({ name, focus: () => undefined });

/** A field that is marked `aria-invalid` itself. */
const marked = (name: string): Mark => ({ ...element(name), matches: () => false, closest: () => null });

/** A field's error message, inside the field that holds `input`. */
const messageOf = (input: Focusable): Mark => ({
  ...element('message'),
  matches: (selector) => selector === '[data-field="validation"]',
  closest: (selector) => (selector.includes('.ds-field') ? { querySelector: () => input } : null),
});

/** A form whose first error mark, in the page's order, is `first` (a marked field or a message). */
function formWith(first?: Mark) {
  return {
    querySelector: (selector: string) =>
      selector.includes('[aria-invalid="true"]') && selector.includes('[data-field="validation"]') ? (first ?? null) : null,
  };
}

const alert = (content: boolean) => ({ ...element('alert'), hasChildNodes: () => content });

describe('firstError', () => {
  it('is the first marked field when a field has an error', () => {
    const date = marked('date');
    expect(firstError({ form: formWith(date), alert: alert(true) })).toBe(date);
  });

  it("is the field of the first error message, when the field's own mark was cleared (a field with a counter)", () => {
    const purpose = element('purpose');
    expect(firstError({ form: formWith(messageOf(purpose)), alert: alert(true) })).toBe(purpose);
  });

  it('is the alert when no field is marked and the alert says something', () => {
    const withMessage = alert(true);
    expect(firstError({ form: formWith(), alert: withMessage })).toBe(withMessage);
  });

  it('is nothing when there is no error to show, so the focus stays put', () => {
    expect(firstError({ form: formWith(), alert: alert(false) })).toBeNull();
    expect(firstError({ form: null, alert: null })).toBeNull();
  });
});
