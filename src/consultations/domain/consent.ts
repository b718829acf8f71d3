/**
 * A guardian's consent and whether it may be used on a given day. A consent is used only
 * between the day it was given and its expiry, and never from the day it was withdrawn:
 * withdrawal stops further use at once.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import type { ConsentScope } from './kinds.ts';

export interface ConsentTerms {
  givenOn: IsoDate;
  expiresOn: IsoDate;
  withdrawnOn: IsoDate | null;
  scopes: readonly ConsentScope[];
}

export type ConsentStatus = 'not_yet_given' | 'valid' | 'expired' | 'withdrawn';

/** The longest a consent may run: one year, so that it is asked for again each school year. */
export const MAX_CONSENT_DAYS = 366;

/** Where the consent stands on `date`. Withdrawal wins over expiry; the expiry day itself is still valid. */
export function consentStatusOn(consent: ConsentTerms, date: IsoDate): ConsentStatus {
  if (consent.withdrawnOn !== null && date >= consent.withdrawnOn) return 'withdrawn';
  if (date < consent.givenOn) return 'not_yet_given';
  if (date > consent.expiresOn) return 'expired';
  return 'valid';
}

/** Whether the consent may be used for `scope` on `date`. */
export function consentCovers(consent: ConsentTerms, scope: ConsentScope, date: IsoDate): boolean {
  return consentStatusOn(consent, date) === 'valid' && consent.scopes.includes(scope);
}

/** The first day the consent can no longer be used (withdrawal or the day after expiry): what retention follows. */
export function consentEndedOn(consent: ConsentTerms): IsoDate {
  const afterExpiry = addDays(consent.expiresOn, 1);
  return consent.withdrawnOn !== null && consent.withdrawnOn < afterExpiry ? consent.withdrawnOn : afterExpiry;
}

export type ConsentProblem = 'given_in_future' | 'expiry_not_after_given' | 'expiry_too_far' | 'no_scope';

/** The problems with new consent terms registered on `today`; empty when they can be registered. */
export function checkNewConsent(terms: Omit<ConsentTerms, 'withdrawnOn'>, today: IsoDate): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (terms.givenOn > today) problems.push('given_in_future');
  if (terms.expiresOn <= terms.givenOn) problems.push('expiry_not_after_given');
  else if (terms.expiresOn > addDays(terms.givenOn, MAX_CONSENT_DAYS)) problems.push('expiry_too_far');
  if (terms.scopes.length === 0) problems.push('no_scope');
  return problems;
}

/** A consent on record, as far as telling a duplicate goes. */
export interface RecordedConsent extends ConsentTerms {
  guardianId: string;
}

/**
 * Whether registering `terms` again would only duplicate a consent that still runs: the same
 * guardian, scopes and period, neither withdrawn nor expired on `today`. Registering it twice
 * would give the child's chronology and the access report two consents where one was given.
 */
export function duplicatesConsent(existing: RecordedConsent, terms: Omit<RecordedConsent, 'withdrawnOn'>, today: IsoDate): boolean {
  const status = consentStatusOn(existing, today);
  if (status === 'withdrawn' || status === 'expired') return false;
  const sameScopes = existing.scopes.length === terms.scopes.length && terms.scopes.every((scope) => existing.scopes.includes(scope));
  return existing.guardianId === terms.guardianId && existing.givenOn === terms.givenOn && existing.expiresOn === terms.expiresOn && sameScopes;
}
