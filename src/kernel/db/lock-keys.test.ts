import { describe, expect, it } from 'vitest';
import { LOCK_KEYS } from './lock-keys.ts';

describe('the advisory lock keys', () => {
  it('are all different, so no two uses of a lock wait for each other', () => {
    const keys = Object.values(LOCK_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
