import { describe, expect, it } from 'vitest';
import { INVALID_NATIONAL_ID, lookupRequestSchema } from './schema.ts';

// Check digits worked out by hand with the mod-11 weights (3 7 6 1 8 9 4 5 2; 5 4 3 2 7 6 5 4 3 2).
const cases: Array<[string, string, boolean]> = [
  ['Norwegian number, 17.05.2016', '17051650042', true],
  ['the same with a space', '170516 50042', true],
  ['the same, last check digit wrong', '17051650043', false],
  ['the same, first check digit wrong', '17051650052', false],
  ['Danish CPR 31.12.1999', '3112991234', true],
  ['the same with a hyphen', '311299-1234', true],
  ['Danish CPR on 31 February', '3102991234', false],
  ['twelve digits', '170516500421', false],
];

describe('finding a child by identity number', () => {
  it.each(cases)('%s (%s): accepted %s', (_name, nationalId, valid) => {
    const parsed = lookupRequestSchema.safeParse({ nationalId });
    expect(parsed.success).toBe(valid);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.message)).toContain(INVALID_NATIONAL_ID);
  });
});
