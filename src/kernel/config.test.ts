import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { OperatorError } from './errors.ts';

const base = { TIDLIG_DATA_DIR: 'data' };

describe('demo mode and NODE_ENV', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['development', true],
    ['test', true],
    ['production', false],
  ])('NODE_ENV=%j turns the demo %s by default', (nodeEnv, demo) => {
    expect(readConfig({ ...base, NODE_ENV: nodeEnv }).demo).toBe(demo);
  });

  // Spellings an operator could believe mean production: none may leave the demo login open.
  it.each(['Production', 'PRODUCTION', 'production ', 'prod', 'staging'])('NODE_ENV=%j refuses to start', (nodeEnv) => {
    expect(() => readConfig({ ...base, NODE_ENV: nodeEnv })).toThrow(OperatorError);
    expect(() => readConfig({ ...base, NODE_ENV: nodeEnv })).toThrow(`NODE_ENV must be production, development or test, not "${nodeEnv}".`);
  });

  it('cannot turn the demo on in production', () => {
    expect(() => readConfig({ ...base, NODE_ENV: 'production', TIDLIG_DEMO: '1' })).toThrow('Demo mode cannot be turned on');
  });
});

describe('the metrics token', () => {
  it('is off when unset, and refuses one too short to guess at', () => {
    expect(readConfig(base).metricsToken).toBeUndefined();
    expect(readConfig({ ...base, TIDLIG_METRICS_TOKEN: 'x'.repeat(24) }).metricsToken).toBe('x'.repeat(24));
    expect(() => readConfig({ ...base, TIDLIG_METRICS_TOKEN: 'short' })).toThrow('TIDLIG_METRICS_TOKEN must be at least 24 characters long.');
  });
});
