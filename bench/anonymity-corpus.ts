/**
 * A labelled corpus for the anonymity guard's benchmark: short notes such as a teacher would
 * write before a consultation (absence, conflicts, well-being), in bokmål, nynorsk and Danish.
 * About half are clean but full of numbers that are not identifying (dates, times, amounts,
 * classes, rooms, years, broken identity numbers, amounts shaped like phone numbers); the rest
 * carry one or two identifying details, each labelled with its kind and span.
 *
 * Written apart from the unit tests, from a seeded generator, so the same seed gives the same
 * corpus. The register each note is checked against is drawn from the demo's name lists.
 * Those hold names that are also words ("Per", "August"), and the notes use the words too
 * ("per uke", "i august", "Per uke …" first in a sentence), so that the bench counts both the
 * false alarms such a name can raise and the times it is missed.
 */
import type { FindingKind } from '../src/anonymity/finding.ts';
import {
  CPR_LAYOUTS,
  NORWEGIAN_LAYOUTS,
  cpr,
  layCpr,
  layNorwegian,
  norwegianId,
  withWrongLastDigit,
} from '../src/anonymity/testing.ts';
import { nameLists, type NameLists } from '../src/demo/names.ts';
import { slug } from '../src/demo/people.ts';
import type { Random } from '../src/demo/random.ts';
import { daysInMonth, formatIsoDate } from '../src/kernel/national-id/gregorian-dates.ts';

export type Language = 'nb' | 'nn' | 'da';

export interface Label {
  kind: FindingKind;
  start: number;
  end: number;
}

export interface LabelledNote {
  language: Language;
  text: string;
  labels: Label[];
  /** The unit's register: the names the guard is told to look for. */
  register: string[];
}

/** What a slot in a template becomes: text, and the kind it must be found as (if any). */
interface Filling {
  text: string;
  kind?: FindingKind;
}

/** What the fillers of one note share. */
interface Note {
  random: Random;
  norwegian: boolean;
  lists: NameLists;
  register: readonly string[];
}

const REGISTER_GIVEN_NAMES = 30;
const REGISTER_FAMILY_NAMES = 20;
const CLEAN_SHARE = 0.5;

/**
 * Sentences a teacher might write. `clean` ones hold only numbers that identify no one;
 * `identifying` ones hold one detail each. Slots in braces are filled by `FILLERS`.
 */
const TEMPLATES: Record<Language, { clean: readonly string[]; identifying: readonly string[] }> = {
  nb: {
    clean: [
      'Eleven i {class} har hatt {count} fraværsdager siden {date}.',
      'Fraværet har økt til {percent} dette halvåret, mest på mandager.',
      'Hun virker sliten og trekker seg unna i friminuttene.',
      'Det var en konflikt i gangen ved {room} {date} kl. {time}.',
      'Klassen skal på tur som koster {amount} per elev.',
      'Gutten sier at han ikke får sove og kommer ofte for sent, etter {time}.',
      'Vi hadde møte med kontaktlæreren {date}, og skolen har satt inn tiltak.',
      'Det ble meldt {count} episoder med utestenging i {year}.',
      'Foreldrene har fått tilbud om samtale {date} kl. {time} i {room}.',
      'Skolen har søkt om {amount} til ekstra miljøarbeider skoleåret {year}.',
      'Eleven har byttet fra {class} til {class} etter jul.',
      'Et nummer vi fikk ({badId}) stemmer ikke, så vi har ikke brukt det.',
      'Kommunen har satt av {bigAmount} til forebygging i {year}.',
      'Fraværet startet i august og har blitt verre etter høstferien.',
      'Helsesykepleier er kontaktet; hun har ledig time {date} kl. {time}.',
      'Saken er arkivert ({reference}), og PPT er orientert.',
      'Per uke får hun to timer ekstra, og hans mor er orientert.',
    ],
    identifying: [
      '{child} i {class} har vært borte {count} dager.',
      'Mor, {guardian}, ønsker å bli ringt på {phone}.',
      'Familien bor i {address} og har nylig flyttet.',
      'Fødselsnummeret {id} står i papirene fra forrige skole.',
      'Send referat til {email} etter møtet {date}.',
      'Vi snakket med {childGenitive} far i dag.',
      '{fullName} går i {class} og trenger hjelp.',
      '{childGenitive} mor har ringt skolen flere ganger.',
    ],
  },
  nn: {
    clean: [
      'Eleven i {class} har hatt {count} fråværsdagar sidan {date}.',
      'Fråværet har auka til {percent} dette halvåret, mest på måndagar.',
      'Ho verkar sliten og trekkjer seg unna i friminutta.',
      'Det var ein konflikt i gangen ved {room} {date} klokka {time}.',
      'Klassen skal på tur som kostar {amount} for kvar elev.',
      'Guten seier at han ikkje får sove og kjem ofte for seint, etter {time}.',
      'Vi hadde møte med kontaktlæraren {date}, og skulen har sett inn tiltak.',
      'Det vart meldt {count} episodar med utestenging i {year}.',
      'Foreldra har fått tilbod om samtale {date} klokka {time} i {room}.',
      'Skulen har søkt om {amount} til ekstra miljøarbeidar skuleåret {year}.',
      'Eleven har bytt frå {class} til {class} etter jul.',
      'Eit nummer vi fekk ({badId}) stemmer ikkje, så vi har ikkje brukt det.',
      'Kommunen har sett av {bigAmount} til førebygging i {year}.',
      'Ho har hatt vondt i magen to gonger i veka sidan {date}.',
      'Helsesjukepleiaren er kontakta og har ledig time {date} klokka {time}.',
      'Saka er arkivert ({reference}), og PPT er orientert.',
      'Ho får to timar ekstra per veke, og vi ser henne kvar dag.',
    ],
    identifying: [
      '{child} i {class} har vore borte {count} dagar.',
      'Mor, {guardian}, vil bli ringd på {phone}.',
      'Familien bur i {address} og har nyleg flytta.',
      'Fødselsnummeret {id} står i papira frå førre skule.',
      'Send referat til {email} etter møtet {date}.',
      'Vi snakka med faren til {child} i dag.',
      '{fullName} går i {class} og treng hjelp.',
    ],
  },
  da: {
    clean: [
      'Eleven i {class} har haft {count} fraværsdage siden {date}.',
      'Fraværet er steget til {percent} i dette halvår, mest om mandagen.',
      'Hun virker træt og trækker sig i frikvartererne.',
      'Der var en konflikt på gangen ved {room} den {date} kl. {time}.',
      'Klassen skal på lejrskole, som koster {amount} pr. elev.',
      'Drengen fortæller, at han ikke kan sove og ofte kommer for sent, efter {time}.',
      'Vi holdt møde med klasselæreren den {date}, og skolen har iværksat tiltag.',
      'Der blev meldt {count} episoder med udelukkelse i {year}.',
      'Forældrene er tilbudt en samtale den {date} kl. {time} i {room}.',
      'Skolen har søgt om {amount} til en ekstra pædagog i skoleåret {year}.',
      'Eleven er skiftet fra {class} til {class} efter jul.',
      'Et nummer, vi fik ({badId}), passer ikke, så vi har ikke brugt det.',
      'Kommunen har afsat {bigAmount} til forebyggelse i {year}.',
      'Fraværet begyndte i august og er blevet værre efter efterårsferien.',
      'Sundhedsplejersken er kontaktet og har en tid den {date} kl. {time}.',
      'Sagen er arkiveret ({reference}), og PPR er orienteret.',
      'Per uge får hun to timers støtte, og hans mor er orienteret.',
    ],
    identifying: [
      '{child} i {class} har været væk i {count} dage.',
      'Mor, {guardian}, vil gerne ringes op på {phone}.',
      'Familien bor på {address} og er lige flyttet.',
      'CPR-nummeret {id} står i papirerne fra den gamle skole.',
      'Send referatet til {email} efter mødet den {date}.',
      'Vi talte med {childGenitive} far i dag.',
      '{fullName} går i {class} og har brug for hjælp.',
      '{childGenitive} mor har ringet til skolen flere gange.',
    ],
  },
};

/** Builds `count` notes from a seeded random source. */
export function buildCorpus(random: Random, count: number): LabelledNote[] {
  return Array.from({ length: count }, () => buildNote(random, random.pick(['nb', 'nn', 'da'] as const)));
}

function buildNote(random: Random, language: Language): LabelledNote {
  const lists = nameLists(language === 'da' ? 'DK' : 'NO');
  const register = [
    ...random.shuffle([...lists.female, ...lists.male]).slice(0, REGISTER_GIVEN_NAMES),
    ...random.shuffle(lists.family).slice(0, REGISTER_FAMILY_NAMES),
  ];
  const templates = TEMPLATES[language];
  const sentences = Array.from({ length: random.int(1, 3) }, () => random.pick(templates.clean));
  if (!random.chance(CLEAN_SHARE)) {
    for (let i = random.int(1, 2); i > 0; i -= 1) {
      sentences.splice(random.int(0, sentences.length), 0, random.pick(templates.identifying));
    }
  }
  const note: Note = { random, norwegian: language !== 'da', lists, register };
  let text = '';
  const labels: Label[] = [];
  for (const sentence of sentences) {
    if (text !== '') text += ' ';
    for (const part of sentence.split(/(\{\w+\})/)) {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      const filling = slot === undefined ? { text: part } : fill(slot, note);
      if (filling.kind !== undefined) {
        labels.push({ kind: filling.kind, start: text.length, end: text.length + filling.text.length });
      }
      text += filling.text;
    }
  }
  return { language, text, labels, register };
}

function fill(slot: string, note: Note): Filling {
  const filler = FILLERS[slot];
  if (filler === undefined) throw new RangeError(`No filler for the slot {${slot}}`);
  return filler(note);
}

const FILLERS: Readonly<Record<string, (note: Note) => Filling>> = {
  child: (note) => ({ text: nameAsWritten(note), kind: 'name' }),
  guardian: (note) => ({ text: nameAsWritten(note), kind: 'name' }),
  fullName: (note) => ({
    text: `${givenName(note)} ${note.random.pick(note.register.slice(REGISTER_GIVEN_NAMES))}`,
    kind: 'name',
  }),
  childGenitive: (note) => ({ text: genitive(note), kind: 'name' }),
  id: (note) => (note.norwegian ? norwegianNumber(note) : { text: cprNumber(note), kind: 'cpr' }),
  phone: (note) => ({ text: phone(note), kind: 'phone' }),
  email: (note) => ({ text: email(note), kind: 'email' }),
  address: (note) => ({ text: address(note), kind: 'address' }),
  date: (note) => ({ text: date(note) }),
  time: ({ random: r }) => ({
    text: r.pick([`${r.int(8, 20)}:${r.pick(['00', '15', '30', '45'])}`, `${r.int(8, 15)}.${r.pick(['00', '15', '30'])}`]),
  }),
  count: ({ random: r }) => ({ text: String(r.int(2, 40)) }),
  percent: ({ random: r, norwegian }) => ({
    text: `${r.int(5, 60)}${r.pick(['', `,${r.int(1, 9)}`])} ${r.pick(['%', norwegian ? 'prosent' : 'procent'])}`,
  }),
  class: (note) => ({ text: schoolClass(note) }),
  room: ({ random: r, norwegian }) => ({
    text: r.pick([`${norwegian ? 'rom' : 'lokale'} ${r.int(100, 450)}`, `lokale ${r.int(1, 4)}.${r.int(10, 40)}`]),
  }),
  year: ({ random: r }) => {
    const year = r.int(2019, 2026);
    const next = year + 1;
    return { text: r.pick([String(year), `${year}/${String(next).slice(2)}`, `${year}–${next}`, `${year} ${next}`]) };
  },
  amount: (note) => ({ text: amount(note) }),
  bigAmount: (note) => ({ text: bigAmount(note) }),
  badId: (note) => ({ text: brokenNumber(note) }),
  reference: (note) => ({ text: reference(note) }),
};

function givenName({ random, register }: Note): string {
  return random.pick(register.slice(0, REGISTER_GIVEN_NAMES));
}

/** A register name as people type it: mostly as registered, sometimes in capitals or without æøå. */
function nameAsWritten({ random, register }: Note): string {
  const name = random.pick(register);
  const style = random.int(1, 10);
  if (style === 1) return name.toUpperCase();
  if (style === 2) return name.toLowerCase();
  if (style === 3) return name.replaceAll('ø', 'o').replaceAll('å', 'aa').replaceAll('æ', 'ae');
  return name;
}

function genitive(note: Note): string {
  const name = givenName(note);
  if (name.endsWith('s')) return name; // "Jonas' far": the apostrophe is not part of the name
  return note.random.chance(0.7) ? `${name}s` : `${name}'s`;
}

function norwegianNumber(note: Note): Filling {
  const { random } = note;
  const variant = random.pick(['ordinary', 'ordinary', 'synthetic', 'd_number'] as const);
  for (;;) {
    const digits = norwegianId(birthDate(random), random.int(0, 999), variant);
    if (digits === null) continue;
    const text = layNorwegian(digits, random.pick(NORWEGIAN_LAYOUTS));
    return { text, kind: variant === 'd_number' ? 'd_number' : 'national_id' };
  }
}

function cprNumber({ random }: Note): string {
  return layCpr(cpr(birthDate(random), random.int(0, 5999), random.chance(0.3)), random.pick(CPR_LAYOUTS));
}

function phone({ random: r, norwegian }: Note): string {
  const first = norwegian ? r.pick(['4', '9', '9', '2', '5', '7']) : String(r.int(2, 9));
  const digits = `${first}${String(r.int(0, 9_999_999)).padStart(7, '0')}`;
  const pairs = digits.replace(/(\d\d)(?=\d)/g, '$1 ');
  const threes = `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
  const national = r.pick([digits, pairs, norwegian ? threes : pairs]);
  const code = norwegian ? '47' : '45';
  // Now and then the way some people write them: with dots, hyphens, a code in brackets.
  if (r.chance(0.08)) return r.pick([pairs.replaceAll(' ', '.'), threes.replaceAll(' ', '-'), `(+${code}) ${national}`]);
  return r.pick([national, national, national, `+${code} ${national}`, `+${code}${digits}`, `00${code} ${digits}`]);
}

function email(note: Note): string {
  const { random: r, norwegian } = note;
  const given = slug(givenName(note));
  const family = slug(r.pick(note.lists.family));
  const domain = r.pick(
    norwegian ? ['gmail.com', 'online.no', 'hotmail.com', 'skole.kommune.no'] : ['gmail.com', 'mail.dk', 'skole.dk'],
  );
  return r.pick([`${given}.${family}@${domain}`, `${given}${r.int(70, 99)}@${domain}`, `${given[0]}${family}@${domain}`]);
}

function address({ random: r, norwegian, lists }: Note): string {
  const number = `${r.int(1, 140)}${r.chance(0.15) ? r.pick(['A', 'B', 'C']) : ''}`;
  if (r.chance(0.15)) {
    const honoured = norwegian
      ? r.pick(['Kongens', 'Olav Kyrres', 'Thorvald Meyers', 'Dronningens'])
      : r.pick(['H.C. Andersens', 'Kongens', 'Frederiks']);
    return `${honoured} ${r.pick(norwegian ? ['gate', 'vei', 'plass'] : ['Boulevard', 'Allé', 'gade'])} ${number}`;
  }
  const street = `${r.pick(lists.placePrefixes)}${r.pick(lists.streetSuffixes)}`;
  const floor = !norwegian && r.chance(0.3) ? `, ${r.pick(['st.', '1.', '2.'])} ${r.pick(['tv', 'th', 'mf'])}` : '';
  // Some type street names in lower case.
  return `${r.chance(0.05) ? street.toLowerCase() : street} ${number}${floor}`;
}

function date({ random: r, norwegian }: Note): string {
  const [day, month, year] = [r.int(1, 28), r.int(1, 12), r.int(2023, 2026)];
  const pad = (value: number) => String(value).padStart(2, '0');
  const monthName = r.pick(norwegian ? ['januar', 'mars', 'mai', 'oktober'] : ['januar', 'marts', 'maj', 'oktober']);
  return r.pick([
    `${pad(day)}.${pad(month)}.${year}`,
    `${day}/${month}`,
    `${year}-${pad(month)}-${pad(day)}`,
    `${day}. ${monthName}`,
    `${day}.${month}.`,
  ]);
}

function schoolClass({ random: r, norwegian }: Note): string {
  const grade = r.int(1, 10);
  const letter = r.pick(['A', 'B', 'C', 'D']);
  if (!norwegian) return r.pick([`${grade}.${letter.toLowerCase()}`, `${grade}. klasse`, `${grade}${letter}`]);
  return r.pick([`${grade}${letter}`, `${grade}. trinn`, `klasse ${grade}${letter}`, `${grade}. klasse`]);
}

function amount({ random: r, norwegian }: Note): string {
  const value = r.int(2, 900) * 50;
  const grouped = value.toLocaleString('en-US').replaceAll(',', ' ');
  if (!norwegian) return r.pick([`${grouped} kr.`, `kr. ${grouped}`, `${grouped} kroner`, `DKK ${value}`]);
  return r.pick([`kr ${grouped}`, `${grouped} kroner`, `${grouped} kr`, `kr ${value},-`]);
}

/** Amounts with eight digits, the shape of a phone number. */
function bigAmount({ random: r }: Note): string {
  const value = r.int(20, 99) * 500_000;
  const grouped = value.toLocaleString('en-US').replaceAll(',', ' ');
  return r.pick([grouped, `${value} kr`, `kr ${value}`, `${grouped} kroner`, `${value} kroner`]);
}

/** Numbers that look like identity numbers but are not: a wrong control digit, or no such date. */
function brokenNumber({ random: r, norwegian }: Note): string {
  if (norwegian) {
    for (;;) {
      const digits = norwegianId(birthDate(r), r.int(0, 999), 'ordinary');
      if (digits !== null) return layNorwegian(withWrongLastDigit(digits), r.pick(NORWEGIAN_LAYOUTS));
    }
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  const noSuchDate = r.chance(0.5) ? `${r.int(32, 60)}${pad(r.int(1, 12))}` : `${pad(r.int(1, 28))}${r.int(13, 19)}`;
  return layCpr(`${noSuchDate}${pad(r.int(0, 99))}${String(r.int(0, 9999)).padStart(4, '0')}`, r.pick(CPR_LAYOUTS));
}

/** Case numbers, organisation and account numbers, postcodes: numbers about no one. */
function reference({ random: r, norwegian }: Note): string {
  return r.pick([
    `sak ${r.int(2019, 2026)}/${r.int(100, 9999)}`,
    `org.nr. ${r.int(810, 999)} ${r.int(100, 999)} ${r.int(100, 999)}`,
    `konto ${r.int(1000, 9999)} ${r.int(10, 99)} ${r.int(10000, 99999)}`,
    `${String(r.int(1, 9999)).padStart(4, '0')} ${norwegian ? 'Sarpsborg' : 'Fjerritslev'}`,
    `uke ${r.int(1, 52)}`,
  ]);
}

function birthDate(random: Random): string {
  const year = random.int(1975, 2020);
  const month = random.int(1, 12);
  return formatIsoDate(year, month, random.int(1, daysInMonth(year, month)));
}
