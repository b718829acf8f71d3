import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../time/dates.ts';
import { anyDate } from '../../time/calendar-fixture.ts';
import { checkNewConsent, consentCovers, consentEndedOn, consentStatusOn, type ConsentTerms } from './consent.ts';

const terms = (overrides: Partial<ConsentTerms> = {}): ConsentTerms => ({
  givenOn: '2026-09-01',
  expiresOn: '2027-06-30',
  withdrawnOn: null,
  scopes: ['consultation'],
  ...overrides,
});

describe('consentStatusOn', () => {
  it.each([
    ['2026-08-31', {}, 'not_yet_given'],
    ['2026-09-01', {}, 'valid'],
    ['2027-06-30', {}, 'valid'],
    ['2027-07-01', {}, 'expired'],
    ['2026-12-31', { withdrawnOn: '2027-01-01' }, 'valid'],
    ['2027-01-01', { withdrawnOn: '2027-01-01' }, 'withdrawn'],
    ['2027-08-01', { withdrawnOn: '2027-01-01' }, 'withdrawn'],
  ] as const)('on %s with %o: %s', (date, overrides, status) => {
    expect(consentStatusOn(terms(overrides), date)).toBe(status);
  });

  it('is never valid on or after the day of withdrawal', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 800 }), (given, withdrawnAfter, later) => {
        const consent = terms({ givenOn: given, expiresOn: addDays(given, 366), withdrawnOn: addDays(given, withdrawnAfter) });
        expect(consentCovers(consent, 'consultation', addDays(consent.withdrawnOn!, later))).toBe(false);
      }),
    );
  });
});

describe('consentCovers', () => {
  it.each([
    ['consultation', true],
    ['team_meeting', false],
  ] as const)('%s: %s', (scope, covered) => {
    expect(consentCovers(terms(), scope, '2026-10-01')).toBe(covered);
  });
});

describe('consentEndedOn', () => {
  it.each([
    [{}, '2027-07-01'],
    [{ withdrawnOn: '2026-10-10' }, '2026-10-10'],
    [{ withdrawnOn: '2027-08-10' }, '2027-07-01'],
  ] as const)('%o → %s', (overrides, ended) => expect(consentEndedOn(terms(overrides))).toBe(ended));
});

describe('checkNewConsent', () => {
  it.each([
    [{}, []],
    [{ givenOn: '2026-12-01' }, ['given_in_future']],
    [{ expiresOn: '2026-09-01' }, ['expiry_not_after_given']],
    [{ expiresOn: '2027-09-03' }, ['expiry_too_far']],
    [{ scopes: [] }, ['no_scope']],
  ] as const)('%o → %o', (overrides, problems) => {
    expect(checkNewConsent(terms(overrides), '2026-11-23')).toEqual(problems);
  });
});
