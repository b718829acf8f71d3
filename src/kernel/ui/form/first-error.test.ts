import { describe, expect, it } from 'vitest';
import { firstError, type Focusable } from './first-error.ts';

const element = (name: string): Focusable & { name: string } => ({ name, focus: () => undefined });

/** A form whose marked fields are `marked`, in the page's order, as querySelector finds them. */
function formWith(...marked: Focusable[]) {
  return {
    querySelector: (selector: string) => (selector === '[aria-invalid="true"]' ? (marked[0] ?? null) : null),
  };
}

const alert = (content: boolean) => ({ ...element('alert'), hasChildNodes: () => content });

describe('firstError', () => {
  it('is the first marked field when a field has an error', () => {
    const date = element('date');
    expect(firstError({ form: formWith(date, element('text')), alert: alert(true) })).toBe(date);
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
