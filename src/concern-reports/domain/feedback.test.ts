import { describe, expect, it } from 'vitest';
import { feedbackOf } from './feedback.ts';
import { lawMessageKeys } from './law.ts';

describe('feedbackOf', () => {
  it.each([
    ['NO', null, null],
    ['NO', 'closed_after_review', false],
    ['NO', 'investigation_opened', true],
    ['NO', 'acute_measure', true],
    ['DK', null, null],
    ['DK', 'closed_after_review', false],
    ['DK', 'investigation_opened', true],
    ['DK', 'acute_measure', true],
  ] as const)('%s after %s: investigation opened %s', (country, decision, opened) => {
    expect(feedbackOf(country, decision)).toEqual({ received: true, investigationOpened: opened, investigationConcluded: null });
  });

  it.each([
    ['NO', 'investigation_opened', 'followed_up', 'followed_up'],
    ['NO', 'acute_measure', 'closed', 'closed'],
    // The Danish professional reporter is told whether an investigation started, not how it ended.
    ['DK', 'investigation_opened', 'closed', null],
  ] as const)('%s, %s, concluded %s: the reporter is told %s', (country, decision, conclusion, told) => {
    expect(feedbackOf(country, decision, conclusion).investigationConcluded).toBe(told);
  });

  it('says nothing more than receipt, investigation and how it ended', () => {
    expect(Object.keys(feedbackOf('NO', 'acute_measure')).sort()).toEqual(['investigationConcluded', 'investigationOpened', 'received']);
  });
});

describe('the law data', () => {
  it('names its texts by message keys', () => {
    expect(lawMessageKeys()).toContain('law.no.threshold');
    expect(lawMessageKeys().every((k) => k.startsWith('law.'))).toBe(true);
  });
});
