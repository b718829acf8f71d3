import { describe, expect, it } from 'vitest';
import { inCodePoints } from './code-points.ts';
import { findIdentifying } from './guard.ts';

describe('inCodePoints', () => {
  it('counts an emoji before a finding as one character', () => {
    const text = '😀 ring 912 34 567';
    const [finding] = inCodePoints(text, findIdentifying(text));
    expect(finding).toMatchObject({ start: 7, end: 17, text: '912 34 567' });
    expect([...text].slice(7, 17).join('')).toBe('912 34 567');
  });

  it('leaves text without characters outside the Basic Multilingual Plane as it was', () => {
    const text = 'Søster på 5B: 912 34 567, Ærø';
    expect(inCodePoints(text, findIdentifying(text))).toEqual(findIdentifying(text));
  });

  it('counts every emoji and joiner between several findings', () => {
    const text = '👩‍👧 91234567 🎉🎉 a@b.no 😀';
    const findings = inCodePoints(text, findIdentifying(text));
    const characters = [...text];
    expect(findings.map((finding) => characters.slice(finding.start, finding.end).join(''))).toEqual([
      '91234567',
      'a@b.no',
    ]);
  });

  it('returns no findings for none', () => {
    expect(inCodePoints('😀', [])).toEqual([]);
  });
});
