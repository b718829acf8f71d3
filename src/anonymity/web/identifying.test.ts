import { describe, expect, it } from 'vitest';
import { markSegments } from './identifying.ts';

describe('markSegments', () => {
  it.each([
    ['no findings', 'Alt er fint', [], [['Alt er fint', false]]],
    ['one in the middle', 'Ring 912 34 567 nå', [{ kind: 'phone', start: 5, end: 15 }], [['Ring ', false], ['912 34 567', true], [' nå', false]]],
    ['at both ends', 'Emma og Nora', [{ kind: 'name', start: 8, end: 12 }, { kind: 'name', start: 0, end: 4 }], [['Emma', true], [' og ', false], ['Nora', true]]],
    ['overlapping', 'abcdef', [{ kind: 'name', start: 0, end: 4 }, { kind: 'name', start: 2, end: 6 }], [['abcd', true], ['ef', true]]],
    ['empty spans left out', 'abc', [{ kind: 'name', start: 1, end: 1 }], [['abc', false]]],
  ] as const)('%s', (_name, text, findings, expected) => {
    expect(markSegments(text, [...findings]).map((s) => [s.text, s.finding !== null])).toEqual(expected);
  });
});
