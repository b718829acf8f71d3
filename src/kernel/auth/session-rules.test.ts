import { describe, expect, it } from 'vitest';
import { absoluteExpiry, needsTouch, sessionState } from './session-rules.ts';

const at = (time: string) => new Date(`2026-11-23T${time}:00Z`);

describe('sessionState', () => {
  const created = at('08:00');
  const expires = absoluteExpiry(created);

  it.each([
    ['used a minute ago', at('09:00'), at('09:01'), 'active'],
    ['idle 29 minutes', at('09:00'), at('09:29'), 'active'],
    ['idle exactly 30 minutes', at('09:00'), at('09:30'), 'idle_expired'],
    ['idle an hour', at('09:00'), at('10:00'), 'idle_expired'],
    ['busy all day, 9 h 59 in', at('17:58'), at('17:59'), 'active'],
    ['busy all day, 10 h in', at('17:59'), at('18:00'), 'absolute_expired'],
  ] as const)('%s → %s', (_case, lastSeen, now, state) => {
    expect(sessionState(now, lastSeen, expires)).toBe(state);
  });
});

describe('needsTouch', () => {
  it('writes last-seen at most once a minute', () => {
    expect(needsTouch(at('09:00'), at('09:00'))).toBe(false);
    expect(needsTouch(at('09:01'), at('09:00'))).toBe(true);
  });
});
