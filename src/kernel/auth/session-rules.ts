/** How long a session lives: short when idle, and never past a working day. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 10 * 60 * 60 * 1000;
/** Touching last_seen on every request would write on every read; once a minute is enough. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired';

/** Whether a session seen at `lastSeen`, ending at `expiresAt`, may still be used at `now`. */
export function sessionState(now: Date, lastSeen: Date, expiresAt: Date): SessionState {
  if (now.getTime() >= expiresAt.getTime()) return 'absolute_expired';
  if (now.getTime() - lastSeen.getTime() >= IDLE_TIMEOUT_MS) return 'idle_expired';
  return 'active';
}

export function absoluteExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + ABSOLUTE_TIMEOUT_MS);
}

export function needsTouch(now: Date, lastSeen: Date): boolean {
  return now.getTime() - lastSeen.getTime() >= TOUCH_INTERVAL_MS;
}
