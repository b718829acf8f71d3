/**
 * Word lists for the demo data. Every given name, family name and place part is common on
 * its own; the generator combines them at random, so no person or place is meant.
 */
import type { CountryCode } from '../kernel/db/tables.ts';

export interface NameLists {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Parts that form place names: prefix + suffix, e.g. "Bjørk" + "åsen". */
  placePrefixes: readonly string[];
  placeSuffixes: readonly string[];
  streetSuffixes: readonly string[];
  /** Kindergarten and day-care groups. */
  groups: readonly string[];
}

const NORWEGIAN: NameLists = {
  female: [
    'Nora', 'Emma', 'Ella', 'Sofie', 'Olivia', 'Ada', 'Sara', 'Ingrid', 'Maja', 'Leah',
    'Frida', 'Hedda', 'Astrid', 'Tiril', 'Selma', 'Amalie', 'Thea', 'Vilde', 'Ida', 'Linnea',
    'Aisha', 'Mariam', 'Zofia', 'Kari', 'Anne', 'Hilde', 'Silje', 'Camilla', 'Marte', 'Hanne',
    'Ragnhild', 'Tone', 'Lene', 'Mona', 'Sunniva', 'Guro',
  ],
  male: [
    'Jakob', 'Emil', 'Noah', 'Oliver', 'Filip', 'William', 'Lucas', 'Liam', 'Henrik', 'Oskar',
    'Aksel', 'Theodor', 'Elias', 'Isak', 'Magnus', 'Johannes', 'Sander', 'Tobias', 'Mathias', 'Even',
    'Ali', 'Yusuf', 'Adam', 'Ola', 'Per', 'Lars', 'Knut', 'Geir', 'Espen', 'Trond',
    'Bjørn', 'Stian', 'Morten', 'Eirik', 'Håkon', 'Sindre',
  ],
  family: [
    'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
    'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
    'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Halvorsen', 'Henriksen', 'Lund', 'Moen',
    'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Eide', 'Knutsen', 'Martinsen', 'Bakken',
    'Lie', 'Amundsen', 'Nguyen', 'Ali', 'Ahmed', 'Khan', 'Nowak', 'Lunde', 'Solheim', 'Nygård',
    'Holm', 'Lien', 'Hauge', 'Myhre', 'Aas', 'Sæther', 'Rønning', 'Vik',
  ],
  placePrefixes: [
    'Bjørke', 'Furu', 'Lind', 'Elve', 'Berg', 'Sol', 'Nord', 'Strand', 'Eike', 'Haug',
    'Vik', 'Li', 'Myr', 'Ås', 'Dal', 'Holm', 'Skog', 'Eng', 'Fjell', 'Løv',
    'Rogn', 'Hassel', 'Selje', 'Bakke', 'Stein', 'Kvern', 'Sand', 'Lyng', 'Grav', 'Bekke',
    'Mo', 'Sjø', 'Tveit', 'Rose', 'Hage', 'Lunde', 'Or', 'Alm', 'Gran', 'Torv',
  ],
  placeSuffixes: [
    'åsen', 'bakken', 'dalen', 'haugen', 'lia', 'moen', 'vika', 'tunet', 'jordet',
    'sletta', 'toppen', 'lunden', 'berget', 'heia', 'voll', 'kollen', 'stranda', 'engen',
  ],
  streetSuffixes: ['veien', 'gata', 'stien', 'bakken', 'lia', 'svingen'],
  groups: [
    'Blåklokka', 'Solsikka', 'Maurtua', 'Ekornet', 'Revehiet', 'Humla', 'Marihøna', 'Trollstua',
    'Bjørnehiet', 'Spurven', 'Bringebæret', 'Tusenbeinet', 'Kongleskogen', 'Sommerfuglen',
  ],
};

const DANISH: NameLists = {
  female: [
    'Alma', 'Ida', 'Clara', 'Freja', 'Karla', 'Ella', 'Agnes', 'Emma', 'Olivia', 'Asta',
    'Josefine', 'Sofia', 'Luna', 'Lærke', 'Ellen', 'Mathilde', 'Signe', 'Maja', 'Anna', 'Laura',
    'Fatima', 'Hanne', 'Mette', 'Pia', 'Susanne', 'Tina', 'Lone', 'Birgitte', 'Camilla', 'Louise',
  ],
  male: [
    'William', 'Noah', 'Oscar', 'Lucas', 'Carl', 'Alfred', 'Valdemar', 'Aksel', 'Emil', 'Malthe',
    'Magnus', 'Frederik', 'Viggo', 'Elias', 'Anton', 'Villads', 'Arthur', 'August', 'Mads', 'Rasmus',
    'Omar', 'Jens', 'Søren', 'Henrik', 'Thomas', 'Michael', 'Lars', 'Kim', 'Jesper', 'Morten',
  ],
  family: [
    'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
    'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen',
    'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen',
    'Laursen', 'Henriksen', 'Lund', 'Schmidt', 'Eriksen', 'Holm', 'Kristiansen', 'Clausen',
    'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard', 'Nissen',
    'Yilmaz', 'Hussein', 'Kowalski', 'Bach',
  ],
  placePrefixes: [
    'Vester', 'Øster', 'Nørre', 'Sønder', 'Bro', 'Hals', 'Fjer', 'Tran', 'Klit', 'Hede',
    'Sand', 'Lille', 'Store', 'Kirke', 'Mølle', 'Skov', 'Eng', 'Bøge', 'Aa', 'Lyng',
  ],
  placeSuffixes: ['by', 'lund', 'holm', 'strup', 'rup', 'sted', 'bjerg', 'vad', 'høj', 'skov', 'gård', 'toft'],
  streetSuffixes: ['vej', 'gade', 'stræde', 'alle', 'stien'],
  groups: [
    'Myretuen', 'Solsikken', 'Mariehønen', 'Egernet', 'Bjørneungerne', 'Frøerne', 'Sommerfuglene',
    'Troldene', 'Spirerne', 'Humlebierne', 'Pindsvinene', 'Mågerne',
  ],
};

/** The word lists for a country's people and places. */
export function nameLists(country: CountryCode): NameLists {
  return country === 'DK' ? DANISH : NORWEGIAN;
}
