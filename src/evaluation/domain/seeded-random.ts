/**
 * A seeded pseudo-random stream for the bootstrap and the permutation test, so that `--seed N`
 * gives the same interval every time. Mulberry32 (Tommy Ettinger, public domain): 32-bit state,
 * fast, plenty for resampling; never for secrets.
 */
export type RandomStream = () => number;

/** Floats in [0, 1) from a seed (any whole number; taken modulo 2³²). */
export function seededRandom(seed: number): RandomStream {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number from 0 to n − 1. */
export function below(random: RandomStream, n: number): number {
  return Math.floor(random() * n);
}
