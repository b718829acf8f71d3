/**
 * The server's one clock. Every rule that depends on "now" (deadlines, expiry, retention,
 * what is coming up) reads it here, so a test can hold time still and the suite passes on
 * any date, whatever the machine's clock says.
 *
 * The OpenID Connect exchange is the exception: its tokens are signed and checked against
 * the real time of both parties, so `kernel/auth/oidc/` keeps the system clock.
 */
export interface Clock {
  now(): Date;
}

const systemClock: Clock = { now: () => new Date() };
let current: Clock = systemClock;

export const clock: Clock = {
  now: () => current.now(),
};

/** Holds the clock at `instant` (tests only); the returned function gives the system clock back. */
export function holdClockAt(instant: Date): () => void {
  const held = new Date(instant.getTime());
  current = { now: () => new Date(held.getTime()) };
  return () => {
    current = systemClock;
  };
}
