/** Hands out synthetic identity numbers, each once, that agree with birth date and sex. */
import type { CountryCode } from '../kernel/db/tables.ts';
import { cprCenturyDigits, makeSyntheticDanishCpr } from '../kernel/national-id/danish.ts';
import { makeSyntheticNorwegianId, norwegianIndividualRange } from '../kernel/national-id/norwegian.ts';
import type { Sex } from './people.ts';
import type { Random } from './random.ts';

export interface IdentityDesk {
  /** A synthetic number not handed out before (child and guardian numbers are unique). */
  issue(country: CountryCode, birthDate: string, sex: Sex): string;
}

// Even a whole Oslo-scale run puts a few dozen people on one birth date, against 250 free
// numbers per date and sex in Norway and 3,000 or more in Denmark: running out means a bug.
const MAX_TRIES = 200;

/** One desk per generation run, so numbers stay unique across municipalities. */
export function createIdentityDesk(random: Random): IdentityDesk {
  const issued = new Set<string>();
  return {
    issue(country, birthDate, sex) {
      for (let attempt = 0; attempt < MAX_TRIES; attempt += 1) {
        const candidate =
          country === 'NO' ? norwegianCandidate(random, birthDate, sex) : danishCandidate(random, birthDate, sex);
        if (candidate !== null && !issued.has(candidate)) {
          issued.add(candidate);
          return candidate;
        }
      }
      throw new Error(`No free synthetic identity number for ${birthDate} after ${MAX_TRIES} tries`);
    },
  };
}

/** The last digit of the individual number is even for women and odd for men. */
function norwegianCandidate(random: Random, birthDate: string, sex: Sex): string | null {
  const { from, to } = norwegianIndividualRange(Number(birthDate.slice(0, 4)));
  const individual = from + 2 * random.int(0, (to - from - 1) / 2) + (sex === 'male' ? 1 : 0);
  // Null when a control digit would be 10; the loop then simply draws another number.
  return makeSyntheticNorwegianId(birthDate, individual);
}

/** The first serial digit carries the century; the last is even for women and odd for men. */
function danishCandidate(random: Random, birthDate: string, sex: Sex): string {
  const century = random.pick(cprCenturyDigits(Number(birthDate.slice(0, 4))));
  const last = 2 * random.int(0, 4) + (sex === 'male' ? 1 : 0);
  return makeSyntheticDanishCpr(birthDate, century * 1000 + random.int(0, 99) * 10 + last);
}
