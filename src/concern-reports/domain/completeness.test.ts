import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../content-schema.ts';
import { buildContent } from '../factories.ts';
import { checkCompleteness, isSubmittable } from './completeness.ts';

const problemsOf = (change: (c: ReportContent) => void, country: 'NO' | 'DK' = 'NO') =>
  checkCompleteness(buildContent(change), country).map((p) => `${p.field} ${p.kind}${p.blocking ? '' : ' (advice)'}`);

describe('checkCompleteness', () => {
  it('finds nothing in a complete report', () => {
    expect(checkCompleteness(buildContent(), 'NO')).toEqual([]);
  });

  it.each<[string, (c: ReportContent) => void, string[]]>([
    ['no child name', (c) => void (c.child.givenName = ' '), ['child.givenName missing']],
    ['an unknown identity number is advice only', (c) => void (c.child.nationalId = ''), ['child.nationalId missing (advice)']],
    ['a wrong identity number', (c) => void (c.child.nationalId = '12345678901'), ['child.nationalId invalid']],
    ['an unborn child needs no name or number', (c) => void Object.assign(c.child, { unborn: true, givenName: '', nationalId: '' }), []],
    ['the child not asked whether told', (c) => void (c.child.told = null), ['child.told missing']],
    ['the child not told, without why', (c) => void (c.child.notToldReason = ''), ['child.notToldReason missing']],
    ['the child told: no reason needed', (c) => void Object.assign(c.child, { told: true, notToldReason: '' }), []],
    ['no guardian', (c) => void (c.guardians = []), ['guardians missing']],
    ['a guardian not told, without why', (c) => void (c.guardians[0]!.notToldReason = ''), ['guardians.0.notToldReason missing']],
    [
      'a second guardian half filled in',
      (c) => void c.guardians.push({ name: '', phone: '', told: null, notToldReason: '' }),
      ['guardians.1.name missing', 'guardians.1.told missing'],
    ],
    ['no observation', (c) => void (c.observations = []), ['observations.0.what missing']],
    // The first observation dated but not described: missing once, not once per rule that sees it.
    ['an observation with only a date', (c) => void (c.observations = [{ date: '2026-11-16', what: '', childsWords: '' }]), ['observations.0.what missing']],
    ['a vague observation', (c) => void (c.observations[0]!.what = 'Virker lei seg.'), ['observations.0.what vague (advice)']],
    ['no dates anywhere', (c) => void (c.observations[0]!.date = ''), ['observations.0.date vague (advice)']],
    [
      "a child's words without what happened",
      (c) => void c.observations.push({ date: '', what: '', childsWords: 'Jeg vil ikke hjem.' }),
      ['observations.1.what missing'],
    ],
    ['how long it has lasted, missing', (c) => void (c.duration = ''), ['duration missing']],
    ['how long it has lasted, vague', (c) => void (c.duration = 'lenge'), ['duration vague (advice)']],
    ['nothing about what the unit did', (c) => void (c.actionsTaken = ''), ['actionsTaken missing']],
    ['a phone number with letters', (c) => void (c.reporter.phone = 'ring resepsjonen'), ['reporter.phone invalid']],
    ['a phone number with extra spaces is fine', (c) => void (c.reporter.phone = ' 900  00 000 '), []],
    ['an e-mail the receiver refuses', (c) => void (c.reporter.email = 'kari+skole@example.no'), ['reporter.email invalid']],
    ['no workplace address', (c) => void (c.reporter.workplaceAddress.line1 = ''), ['reporter.workplaceAddress.line1 missing']],
  ])('%s', (_case, change, expected) => {
    expect(problemsOf(change)).toEqual(expected);
  });

  it('checks a Danish identity number as a CPR number', () => {
    expect(problemsOf((c) => void (c.child.nationalId = '0101161234'), 'DK')).toEqual([]);
    expect(problemsOf(() => {}, 'DK')).toEqual(['child.nationalId invalid']);
  });

  it('lets advice through and stops at anything blocking', () => {
    expect(isSubmittable(checkCompleteness(buildContent((c) => void (c.duration = 'lenge')), 'NO'))).toBe(true);
    expect(isSubmittable(checkCompleteness(buildContent((c) => void (c.duration = '')), 'NO'))).toBe(false);
  });
});
