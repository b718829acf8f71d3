/**
 * Numbers written as groups of digits ("010190 12345", "912 34 567"): the shape both the
 * identity-number and the phone detectors read. A group only counts when it stands alone as a
 * number, so "5B", "12.03.2025", "14:30", "1,5" and "2024/25" never take part: they are class
 * names, dates, times, decimals and school years, whatever their digits happen to be.
 */

/** How a group is joined to the group before it: one space-like character, or one hyphen. */
export type Joiner = 'space' | 'hyphen';

/** One stand-alone group of ASCII digits and where it sits (UTF-16 indices). */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** How this group is joined to the one before it in its run; null for a run's first group. */
  joinedBy: Joiner | null;
}

// No-break and thin spaces are how word processors keep "912 34 567" on one line.
const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
// Between digits these make one number of a date, a time, a decimal or a fraction.
const NUMBER_PUNCTUATION = new Set(['.', ',', ':', '/']);
const WORD_CHARACTER = /[\p{L}\p{M}_]/u;
const DIGIT = /[0-9]/;

/**
 * Splits a text into runs: maximal sequences of stand-alone digit groups, each joined to the
 * next by a single space or hyphen. Detectors then decide which groupings make a number.
 */
export function findDigitRuns(text: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  for (const match of text.matchAll(/[0-9]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!standsAlone(text, start, end)) continue;
    const previous = run.at(-1);
    const joinedBy = previous !== undefined && previous.end + 1 === start ? joinerOf(text[previous.end]) : null;
    if (joinedBy === null && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push({ start, end, digits: match[0], joinedBy });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A stretch of consecutive groups of one run, read as one number. */
export interface DigitWindow {
  start: number;
  end: number;
  digits: string;
  groups: readonly DigitGroup[];
}

/**
 * Every stretch of consecutive groups in a run that holds exactly `length` digits, without
 * splitting a group: "0101901234 5" holds no 11-digit number, though it holds 11 digits.
 */
export function windowsOfLength(run: readonly DigitGroup[], length: number): DigitWindow[] {
  const windows: DigitWindow[] = [];
  for (let first = 0; first < run.length; first += 1) {
    const window = windowFrom(run, first, length);
    if (window !== null) windows.push(window);
  }
  return windows;
}

/** The stretch that starts at group `first` and holds exactly `length` digits, if there is one. */
export function windowFrom(run: readonly DigitGroup[], first: number, length: number): DigitWindow | null {
  let digits = '';
  for (let last = first; last < run.length && digits.length < length; last += 1) {
    digits += run[last]?.digits ?? '';
    if (digits.length !== length) continue;
    const groups = run.slice(first, last + 1);
    return { start: groups[0]?.start ?? 0, end: groups.at(-1)?.end ?? 0, digits, groups };
  }
  return null;
}

/** The group lengths of a window, as "6+4": the way the writer split the number. */
export function groupingOf(window: DigitWindow): string {
  return window.groups.map((group) => group.digits.length).join('+');
}

/**
 * True when one kind of joiner runs through the window: "22 33 44 55" is one number, while
 * "235 2024-08-10" is a room number and a date that happen to stand side by side.
 */
export function joinedAlike(window: DigitWindow): boolean {
  return new Set(window.groups.slice(1).map((group) => group.joinedBy)).size <= 1;
}

function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (WORD_CHARACTER.test(before) || WORD_CHARACTER.test(after)) return false;
  if (NUMBER_PUNCTUATION.has(before) && DIGIT.test(text[start - 2] ?? '')) return false;
  if (NUMBER_PUNCTUATION.has(after) && DIGIT.test(text[end + 1] ?? '')) return false;
  return true;
}

function joinerOf(character: string | undefined): Joiner | null {
  if (character === undefined) return null;
  if (SPACES.has(character)) return 'space';
  if (HYPHENS.has(character)) return 'hyphen';
  return null;
}
