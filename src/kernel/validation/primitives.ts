/**
 * The bounded building blocks every request schema is made of. Anything a person or a program
 * sends passes through one of these before it reaches SQL or a loop: a calendar date that is
 * real and within sane years, a date range of bounded length, an integer that fits PostgreSQL's
 * `integer`, text without control characters (PostgreSQL refuses NUL, jsonb refuses \u0000)
 * normalised to NFC. Each refusal carries one of the stable codes in issues.ts as its message,
 * so the server can answer 400 with a translated text instead of letting the database fail.
 */
import { z } from 'zod';
import type { InputIssueCode } from './issues.ts';

/** The years a date anywhere in Tidlig may fall in: records, plans and deadlines all live here. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** PostgreSQL `integer` (int4). */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** How long a date range may be, by what it is for: a school year (with slack for a leap year), or two. */
export const RANGE_DAYS = { schoolYear: 366, twoSchoolYears: 731 } as const;

const err = (code: InputIssueCode) => ({ error: code });

/** 'YYYY-MM-DD' that is a real calendar date ('2026-02-30' is not) in FIRST_YEAR–LAST_YEAR. */
export function calendarDate() {
  return z.iso
    .date({ ...err('not_a_date'), abort: true })
    .refine((value) => withinYears(Number(value.slice(0, 4))), err('date_out_of_range'));
}

/** An instant with an offset or Z ('2026-11-23T12:00:00+01:00'), whose calendar year is within bounds. */
export function instant(options: { offset?: boolean } = {}) {
  return z.iso
    .datetime({ offset: options.offset ?? false, ...err('not_an_instant'), abort: true })
    .refine((value) => {
      const time = Date.parse(value);
      return !Number.isNaN(time) && withinYears(new Date(time).getUTCFullYear());
    }, err('date_out_of_range'));
}

/** An integer in [min, max]; both must lie within PostgreSQL's `integer`. */
export function boundedInt(min: number, max: number) {
  if (min < INT4_MIN || max > INT4_MAX || min > max) throw new RangeError(`bounds ${min}..${max} do not fit an integer column`);
  return z
    .number(err('not_a_number'))
    .int(err('number_out_of_range'))
    .min(min, err('number_out_of_range'))
    .max(max, err('number_out_of_range'));
}

/** A record's optimistic-lock version as the client read it. */
export function version(min = 0) {
  return boundedInt(min, INT4_MAX);
}

/** A record id. */
export function id() {
  return z.uuid(err('not_an_id'));
}

export interface TextOptions {
  /** Lets line breaks and tabs through: a text area, not a one-line field. */
  multiline?: boolean;
  /** Strips spaces around the text; off where a draft is saved while someone is typing. */
  trim?: boolean;
}

/**
 * Text of at most `max` characters, NFC-normalised (so 'å' typed two ways is one text),
 * without control characters (C0 and C1, DEL; tab, CR and LF only when multi-line) and
 * without lone surrogates, which neither PostgreSQL nor JSON can store.
 */
export function cleanText(max: number, options: TextOptions = {}) {
  const base = z.string(err('not_text')).normalize('NFC');
  const trimmed = options.trim === false ? base : base.trim();
  const allowed = options.multiline ? MULTI_LINE_CONTROL : ONE_LINE_CONTROL;
  return trimmed.max(max, err('text_too_long')).refine((value) => !allowed.test(value) && !LONE_SURROGATE.test(value), err('text_not_allowed'));
}

/** Chosen by the client once per form: a retry with the same key changes nothing more. */
export function idempotencyKey() {
  return cleanText(100).min(8, err('text_too_short'));
}

const ONE_LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Tab, LF and CR are text in a text area.
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Half of a surrogate pair without its other half: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function withinYears(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

const DAY_MS = 86_400_000;

/** Whole days from one real calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Adds the range rule to an object with two date fields: `to` not before `from`, and at most
 * `maxDays` apart. Either may be left out where the schema allows it; then there is nothing to check.
 * The issue sits on the `to` field, where a form shows it.
 */
export function boundedRange<K extends string>(from: K, to: K, maxDays: number) {
  const oneDate = calendarDate();
  return (value: Partial<Record<K, unknown>>, ctx: z.RefinementCtx) => {
    const a = value[from];
    const b = value[to];
    // A date refused on its own already has its issue; a range needs two good dates.
    if (!oneDate.safeParse(a).success || !oneDate.safeParse(b).success) return;
    if ((b as string) < (a as string)) ctx.addIssue({ code: 'custom', path: [to], message: 'range_reversed' satisfies InputIssueCode });
    else if (daysBetween(a as string, b as string) > maxDays) ctx.addIssue({ code: 'custom', path: [to], message: 'range_too_long' satisfies InputIssueCode });
  };
}

/** `{ from, to }` as a schema of its own: two calendar dates at most `maxDays` apart, in order. */
export function dateRange(maxDays: number) {
  return z.object({ from: calendarDate(), to: calendarDate() }).superRefine(boundedRange('from', 'to', maxDays));
}

/** 'YYYY-MM', a month whose first day is a calendar date within the years any date may have. */
export function calendarMonth() {
  return z
    .string(err('not_a_date'))
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, err('not_a_date'))
    .refine((value) => withinYears(Number(value.slice(0, 4))), err('date_out_of_range'));
}

/** Months from `from` to `to` counting both: '2026-08' to '2027-07' is 12. */
export function monthsSpanned(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** `{ from, to }` as months, in order and at most `maxMonths` of them counting both ends; the issue sits on `to`. */
export function monthRange(maxMonths: number) {
  return z.object({ from: calendarMonth(), to: calendarMonth() }).superRefine((value, ctx) => {
    if (value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_reversed' satisfies InputIssueCode });
    else if (monthsSpanned(value.from, value.to) > maxMonths) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' satisfies InputIssueCode });
  });
}
