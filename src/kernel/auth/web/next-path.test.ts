import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './paths.ts';

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/organisation', '/organisation'],
    ['/units/0a1b?q=skole#people', '/units/0a1b?q=skole#people'],
    ['/children/3f7c0f0e-8d1a-4c55-9a8e-6b1f0c2d3e4f', '/children/3f7c0f0e-8d1a-4c55-9a8e-6b1f0c2d3e4f'],
    ['/organisation/../units/1', '/units/1'],
  ])('accepts the same-site path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'organisation',
    '//evil.example/steal',
    '/\\evil.example',
    '\\\\evil.example',
    '/\tevil',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    ' /organisation',
    '/login',
    '/login?next=/organisation',
    '/api/auth/logout',
    `/${'a'.repeat(2001)}`,
  ])('refuses %j', (raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });
});

describe('loginPathFor', () => {
  it('leaves out the start page and anything unsafe', () => {
    expect(loginPathFor(null)).toBe('/login');
    expect(loginPathFor('/')).toBe('/login');
    expect(loginPathFor('//evil.example')).toBe('/login');
  });

  it('keeps where the user was going, encoded', () => {
    expect(loginPathFor('/units/1?q=a b')).toBe('/login?next=%2Funits%2F1%3Fq%3Da%2520b');
  });
});
