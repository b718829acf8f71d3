import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessageKey } from '../api.ts';
import { commonNb } from '../messages/nb.ts';
import { errorTextOf, ownErrorText } from './error-text.ts';

// errorMessageKey asks the app's i18next which codes have a text, so the test fills that one.
const i18n = i18next;
const capability = { errors: { conflict: 'Noen andre har endret møtet.', issue: { bad_time: 'Skriv et klokkeslett.' } } };

beforeAll(async () => {
  await i18n.init({ resources: { nb: { common: commonNb, capability } }, lng: 'nb', ns: ['common', 'capability'], defaultNS: 'common' });
});

const shared = (code: string) => i18n.t(errorMessageKey(code) as never) as string;
const text = (code: string) => errorTextOf(code, ownErrorText('capability' as never, i18n), shared);

describe('the error text of a form', () => {
  it('says a capability’s own code in the capability’s words', () => {
    expect(text('conflict')).toBe('Noen andre har endret møtet.');
  });

  it('says any other code in the shell’s shared words', () => {
    expect(text('network')).toBe(commonNb.errors.network);
    expect(text('text_too_long')).toBe(commonNb.inputIssue.text_too_long);
  });

  it('takes no group of texts for a code, and a code with no text gets the general one', () => {
    expect(text('issue')).toBe(commonNb.errors.unknown);
    expect(text('no_such_code')).toBe(commonNb.errors.unknown);
  });
});
