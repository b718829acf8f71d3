/**
 * The four synthetic municipalities, modelled on the seeds: a Sarpsborg-like town with
 * districts and an evening team, two small neighbours sharing an on-call service like Øygarden
 * and Askøy (one of them nynorsk), and a Jammerbugt-like Danish municipality. Codes are unused
 * ones (Norwegian 3199, 4698, 4699; Danish codes stop at 860).
 */
import type { Compass, CountryCode, Locale } from '../kernel/db/tables.ts';
import type { DemoScale } from './data.ts';

/** The autumn the demo's school year starts; grades and ages count from it. */
export const SCHOOL_YEAR = 2026;
/** The youngest children in early-years care turned one by the start of the year. */
export const LATEST_BIRTH = { year: SCHOOL_YEAR - 1, month: 8 };
export const CLASS_SIZE = [20, 28] as const;

export interface SchoolPlan {
  count: number;
  gradeFrom: number;
  gradeTo: number;
  classesPerGrade: readonly [number, number];
  name: (place: string) => string;
}

export interface EarlyYearsPlan {
  kind: 'kindergarten' | 'day_care';
  count: number;
  groups: readonly [number, number];
  groupSize: readonly [number, number];
  /** Birth-year bands; a unit's groups take them in turn (toddlers, older children). */
  bornBands: readonly (readonly [number, number])[];
  name: (place: string) => string;
}

export interface MunicipalitySpec {
  /** Lower-case ASCII; gives the e-mail domain `<key>.demo`. */
  key: string;
  code: string;
  name: string;
  country: CountryCode;
  locale: Locale | null;
  districts: readonly { compass: Compass; name: string; familyCentre: string }[];
  schools: readonly SchoolPlan[];
  earlyYears: readonly EarlyYearsPlan[];
  childWelfare: string;
  ppt: string;
  staffing: { intakeWorkers: number; eveningTeam: number; pptPartners: number };
}

export interface OnCallSpec {
  name: string;
  unitName: string;
  host: MunicipalitySpec;
  member: MunicipalitySpec;
  /** On-call workers employed by the host and by the member municipality. */
  workers: { host: number; member: number };
}

/** The year a child in a grade was born: Norwegian grade 1 and Danish grade 0 start at six. */
export function birthYearOfGrade(country: CountryCode, grade: number): number {
  return SCHOOL_YEAR - grade - (country === 'DK' ? 6 : 5);
}

const DISTRICTS = [
  { compass: 'east', name: 'Øst', familyCentre: 'Familiesenter øst' },
  { compass: 'west', name: 'Vest', familyCentre: 'Familiesenter vest' },
  { compass: 'centre', name: 'Sentrum', familyCentre: 'Familiesenter sentrum' },
  { compass: 'north', name: 'Nord', familyCentre: 'Familiesenter nord' },
  { compass: 'south', name: 'Sør', familyCentre: 'Familiesenter sør' },
] as const;

const NO_KINDERGARTEN_BANDS = [
  [SCHOOL_YEAR - 2, SCHOOL_YEAR - 1],
  [SCHOOL_YEAR - 5, SCHOOL_YEAR - 3],
] as const;

function norwegianKindergartens(count: number): EarlyYearsPlan {
  return {
    kind: 'kindergarten',
    count,
    groups: [3, 5],
    groupSize: [9, 18],
    bornBands: NO_KINDERGARTEN_BANDS,
    name: (place) => `${place} barnehage`,
  };
}

function elvestad(scale: DemoScale): MunicipalitySpec {
  const oslo = scale === 'oslo';
  const bokmal = (suffix: string) => (place: string) => `${place} ${suffix}`;
  return {
    key: 'elvestad',
    code: '3199',
    name: 'Elvestad',
    country: 'NO',
    locale: null,
    districts: oslo ? DISTRICTS : DISTRICTS.slice(0, 3),
    schools: [
      {
        count: oslo ? 130 : 12,
        gradeFrom: 1,
        gradeTo: 7,
        classesPerGrade: oslo ? [2, 4] : [2, 3],
        name: bokmal('skole'),
      },
      { count: oslo ? 55 : 5, gradeFrom: 8, gradeTo: 10, classesPerGrade: [4, 6], name: bokmal('ungdomsskole') },
      { count: oslo ? 15 : 3, gradeFrom: 1, gradeTo: 10, classesPerGrade: [1, 2], name: bokmal('skole') },
    ],
    earlyYears: [norwegianKindergartens(oslo ? 700 : 30)],
    childWelfare: 'Barneverntjenesten',
    ppt: 'PP-tjenesten',
    staffing: { intakeWorkers: oslo ? 30 : 6, eveningTeam: 3, pptPartners: oslo ? 20 : 5 },
  };
}

const FJORDOY: MunicipalitySpec = {
  key: 'fjordoy',
  code: '4698',
  name: 'Fjordøy',
  country: 'NO',
  locale: 'nn',
  districts: [],
  schools: [
    { count: 3, gradeFrom: 1, gradeTo: 7, classesPerGrade: [1, 2], name: (place) => `${place} skule` },
    { count: 1, gradeFrom: 8, gradeTo: 10, classesPerGrade: [2, 3], name: (place) => `${place} ungdomsskule` },
    { count: 1, gradeFrom: 1, gradeTo: 10, classesPerGrade: [1, 1], name: (place) => `${place} skule` },
  ],
  earlyYears: [norwegianKindergartens(5)],
  childWelfare: 'Barnevernstenesta',
  ppt: 'PP-tenesta',
  staffing: { intakeWorkers: 2, eveningTeam: 0, pptPartners: 2 },
};

const SUNDVIK: MunicipalitySpec = {
  key: 'sundvik',
  code: '4699',
  name: 'Sundvik',
  country: 'NO',
  locale: null,
  districts: [],
  schools: [
    { count: 3, gradeFrom: 1, gradeTo: 7, classesPerGrade: [1, 2], name: (place) => `${place} skole` },
    { count: 1, gradeFrom: 8, gradeTo: 10, classesPerGrade: [2, 3], name: (place) => `${place} ungdomsskole` },
  ],
  earlyYears: [norwegianKindergartens(4)],
  childWelfare: 'Barneverntjenesten',
  ppt: 'PP-tjenesten',
  staffing: { intakeWorkers: 2, eveningTeam: 0, pptPartners: 2 },
};

const VESTERHAV: MunicipalitySpec = {
  key: 'vesterhav',
  code: '899',
  name: 'Vesterhav',
  country: 'DK',
  locale: null,
  districts: [],
  schools: [
    { count: 6, gradeFrom: 0, gradeTo: 9, classesPerGrade: [1, 3], name: (place) => `${place} Skole` },
    { count: 3, gradeFrom: 0, gradeTo: 6, classesPerGrade: [1, 1], name: (place) => `${place} Skole` },
  ],
  earlyYears: [
    {
      kind: 'kindergarten',
      count: 8,
      groups: [2, 4],
      groupSize: [12, 20],
      bornBands: [[SCHOOL_YEAR - 5, SCHOOL_YEAR - 3]],
      name: (place) => `Børnehaven ${place}`,
    },
    {
      kind: 'day_care',
      count: 6,
      groups: [1, 3],
      groupSize: [8, 12],
      bornBands: [[SCHOOL_YEAR - 2, SCHOOL_YEAR - 1]],
      name: (place) => `Vuggestuen ${place}`,
    },
  ],
  childWelfare: 'Familieafdelingen',
  ppt: 'PPR',
  // Danish social workers on call after hours ("socialvagten") sit in Familieafdelingen.
  staffing: { intakeWorkers: 4, eveningTeam: 2, pptPartners: 3 },
};

/** Every municipality of a scale, in the order they are built. */
export function municipalitySpecs(scale: DemoScale): MunicipalitySpec[] {
  return [elvestad(scale), FJORDOY, SUNDVIK, VESTERHAV];
}

/** The shared on-call service of the two small Norwegian municipalities. */
export function onCallSpec(): OnCallSpec {
  return {
    name: 'Interkommunal barnevernsvakt Fjordøy og Sundvik',
    unitName: 'Barnevernsvakta Fjordøy og Sundvik',
    host: FJORDOY,
    member: SUNDVIK,
    workers: { host: 3, member: 2 },
  };
}
