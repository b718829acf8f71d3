import { describe, expect, it } from 'vitest';
import { OperatorError } from '../../errors.ts';
import { checkIssuer } from './provider-config.ts';

describe('checkIssuer', () => {
  const accepted = [
    'https://login.microsoftonline.com/tenant/v2.0',
    'http://localhost:8080',
    'http://127.0.0.1:4000/realm',
    'http://[::1]:3000',
  ];
  it.each(accepted)('accepts %s', (issuer) => {
    expect(checkIssuer(issuer).href).toBe(new URL(issuer).href);
  });

  const refused = ['http://idp.kommune.no', 'http://10.0.0.5', 'http://localhost.evil.example', 'ftp://idp.kommune.no'];
  it.each(refused)('refuses %s: tokens would cross the network unprotected', (issuer) => {
    expect(() => checkIssuer(issuer)).toThrow(OperatorError);
    expect(() => checkIssuer(issuer)).toThrow(/must use https/);
  });

  it('refuses something that is not a URL, in one sentence', () => {
    expect(() => checkIssuer('login.kommune.no')).toThrow(/is not a valid URL/);
  });
});
