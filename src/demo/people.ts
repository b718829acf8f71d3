/** Small makers of synthetic personal details: names, birth dates, phones, addresses. */
import type { CountryCode } from '../kernel/db/tables.ts';
import { daysInMonth, formatIsoDate } from '../kernel/national-id/gregorian-dates.ts';
import type { NameLists } from './names.ts';
import { LATEST_BIRTH } from './profiles.ts';
import type { Random } from './random.ts';

export type Sex = 'female' | 'male';

/** A given name that fits the sex, so that identity numbers and names agree. */
export function givenName(random: Random, lists: NameLists, sex: Sex): string {
  return random.pick(sex === 'female' ? lists.female : lists.male);
}

/** A birth date in the given years, never later than the youngest age the demo enrols. */
export function birthDateIn(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, year === LATEST_BIRTH.year ? LATEST_BIRTH.month : 12);
  return formatIsoDate(year, month, random.int(1, daysInMonth(year, month)));
}

/**
 * A mobile-shaped number (Norway: 8 digits from 4 or 9; Denmark: 8 digits from 2). Not
 * reserved for fiction, so some may be real: demo data must never be sent text messages.
 */
export function phoneNumber(random: Random, country: CountryCode): string {
  const first = country === 'DK' ? '2' : random.pick(['4', '9']);
  const rest = String(random.int(0, 9_999_999)).padStart(7, '0');
  return `${country === 'DK' ? '+45' : '+47'}${first}${rest}`;
}

/** A street address built from place parts, e.g. "Bjørkeveien 12". */
export function streetAddress(random: Random, lists: NameLists): string {
  const street = `${random.pick(lists.placePrefixes)}${random.pick(lists.streetSuffixes)}`;
  return `${street} ${random.int(1, 120)}`;
}

/**
 * Deals `count` different place names in random order, e.g. "Furuåsen". Unit names must be
 * unique within a municipality, so asking for more than the lists can combine is an error.
 */
export function placeNamer(random: Random, lists: NameLists, count: number): () => string {
  // Compounds drop a third equal letter, as in Norwegian and Danish spelling: Fjell + lia → Fjellia.
  const compounds = lists.placePrefixes.flatMap((prefix) =>
    lists.placeSuffixes.map((suffix) => `${prefix}${suffix}`.replace(/(.)\1\1/g, '$1$1')),
  );
  const all = [...new Set(compounds)];
  if (count > all.length) throw new RangeError(`Only ${all.length} place names; ${count} asked for`);
  const dealt = random.shuffle(all).slice(0, count);
  return () => {
    const place = dealt.shift();
    if (place === undefined) throw new RangeError(`More than the ${count} place names asked for`);
    return place;
  };
}

/** Lower-case ASCII for e-mail addresses: "Bjørn Sæther" → "bjorn", "saether". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}
