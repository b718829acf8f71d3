import { InvalidArgumentError } from 'commander';

export function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) {
    throw new InvalidArgumentError('the seed must be a whole number from 0 to 2147483648.');
  }
  return seed;
}
