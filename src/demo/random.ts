/**
 * A seeded pseudo-random source, so that one seed always gives the same demo data, ids
 * included. sfc32 (Chris Doty-Humphrey's small fast counting generator) seeded through
 * splitmix32: a 128-bit state, fast, and good enough for fiction; never for secrets.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** An id shaped like a UUID v4, drawn from the stream: the same seed gives the same ids. */
  uuid(): string;
  /** An independent stream, so one part of the data can change without reshuffling the rest. */
  fork(): Random;
}

/** Creates the generator for a seed (a non-negative safe integer). */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`Seed must be a whole number ≥ 0, not ${seed}`);
  const mix = splitmix32((seed % 2 ** 32) ^ Math.floor(seed / 2 ** 32));
  return fromState([mix(), mix(), mix(), mix()]);
}

function fromState(state: [number, number, number, number]): Random {
  let [a, b, c, d] = state;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of sfc32 still echo the seed; discard them, as its author advises.
  for (let i = 0; i < 12; i += 1) nextUint32();

  const next = () => nextUint32() / 2 ** 32;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    uuid() {
      const hex = [nextUint32(), nextUint32(), nextUint32(), nextUint32()]
        .map((word) => word.toString(16).padStart(8, '0'))
        .join('');
      const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      const groups = [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`, `${variant}${hex.slice(17, 20)}`];
      return `${groups.join('-')}-${hex.slice(20, 32)}`;
    },
    fork: () => fromState([nextUint32(), nextUint32(), nextUint32(), nextUint32()]),
  };
  return random;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
