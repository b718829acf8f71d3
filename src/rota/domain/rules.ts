/**
 * The hard rules of a rota, per country, as data with the paragraph each comes from, so that a
 * lawyer or a union representative can read them in one place. The checker and the solver both
 * read these limits; neither has a number of its own.
 *
 * How each rule is applied (the same way by checker and solver):
 * - daily rest: between the end of one shift and the start of the next of the same person;
 * - weekly rest: within each ISO week of the rota (Monday 00:00 to Monday 00:00 local), a
 *   continuous free stretch of at least the hours given — stricter than a rolling 7 days;
 * - working time per 24 h: in the 24 hours from the start of any shift;
 * - working time per week: per ISO week, and averaged over blocks of the averaging period;
 * - night shift: at least 3 of its hours in 21:00–06:00 (§ 10-11 (1), "regular night work > 3 h").
 */
import type { CountryCode } from '../../time/zone.ts';
import type { RuleSettings } from '../schema.ts';

export const RULE_IDS = [
  'coverage',
  'experienced',
  'availability',
  'daily_rest',
  'weekly_rest',
  'daily_work',
  'weekly_work',
  'weekly_work_average',
  'night_work_length',
  'consecutive_nights',
  'sunday_rest',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleSource {
  /** The paragraph, or 'service' for a rule the service itself sets. */
  paragraph: string;
  url: string;
}

export interface CountryRules {
  country: CountryCode;
  dailyRestHours: number;
  weeklyRestHours: number;
  /** Working time in any 24 hours; null: no such limit. */
  dailyWorkHours: number | null;
  /** Working time in any single ISO week; null: no such limit. */
  weeklyWorkHours: number | null;
  weeklyAverageHours: number;
  /** Weeks the weekly average is taken over (the rota's own weeks when fewer). */
  averagingWeeks: number;
  /** Night shifts may not exceed this working time (NO: a hard 8 h under heavy strain; DK: 8 h average). */
  nightWorkHours: number;
  /** Night shifts are limited one by one (NO) or on average over the person's night shifts (DK). */
  nightWorkAveraged: boolean;
  maxConsecutiveNights: number;
  sundayRest: boolean;
  homeOnCallShare: number;
  sources: Record<RuleId, RuleSource>;
}

export const NIGHT = { start: '21:00', end: '06:00', minHours: 3 } as const;

const AML = 'https://lovdata.no/lov/2005-06-17-62';
const SERVICE: RuleSource = { paragraph: 'service', url: '' };
const STAFFING: Pick<Record<RuleId, RuleSource>, 'coverage' | 'experienced' | 'availability' | 'consecutive_nights'> = {
  coverage: SERVICE,
  experienced: SERVICE,
  availability: SERVICE,
  consecutive_nights: { paragraph: 'aml. § 10-11 (limit set by the service)', url: `${AML}/§10-11` },
};

/** Norway, arbeidsmiljøloven; § 10-5 (1) by individual agreement, § 10-5 (2) by collective agreement. */
export function norwegianRules(settings: RuleSettings): CountryRules {
  const collective = settings.collectiveAgreement;
  return {
    country: 'NO',
    dailyRestHours: 11,
    weeklyRestHours: 35,
    dailyWorkHours: collective ? 12.5 : 10,
    weeklyWorkHours: collective ? 54 : 50,
    weeklyAverageHours: 48,
    averagingWeeks: collective ? 52 : 8,
    nightWorkHours: 8,
    nightWorkAveraged: false,
    maxConsecutiveNights: settings.maxConsecutiveNights,
    sundayRest: settings.sundayRest,
    homeOnCallShare: settings.homeOnCallShare,
    sources: {
      ...STAFFING,
      daily_rest: { paragraph: 'aml. § 10-8 (1)', url: `${AML}/§10-8` },
      weekly_rest: { paragraph: 'aml. § 10-8 (2)', url: `${AML}/§10-8` },
      daily_work: { paragraph: collective ? 'aml. § 10-5 (2)' : 'aml. § 10-5 (1)', url: `${AML}/§10-5` },
      weekly_work: { paragraph: collective ? 'aml. § 10-5 (2)' : 'aml. § 10-5 (1)', url: `${AML}/§10-5` },
      weekly_work_average: { paragraph: collective ? 'aml. § 10-5 (2)' : 'aml. § 10-5 (1)', url: `${AML}/§10-5` },
      night_work_length: { paragraph: 'aml. § 10-11 (6)', url: `${AML}/§10-11` },
      sunday_rest: { paragraph: 'aml. § 10-10 (3)', url: `${AML}/§10-10` },
    },
  };
}

/** Denmark: hviletidsloven / the working time directive as implemented (48-timers-reglen). */
export function danishRules(settings: RuleSettings): CountryRules {
  return {
    country: 'DK',
    dailyRestHours: 11,
    weeklyRestHours: 24,
    dailyWorkHours: null,
    weeklyWorkHours: null,
    weeklyAverageHours: 48,
    averagingWeeks: 17,
    nightWorkHours: 8,
    nightWorkAveraged: true,
    maxConsecutiveNights: settings.maxConsecutiveNights,
    sundayRest: false,
    homeOnCallShare: settings.homeOnCallShare,
    sources: {
      ...STAFFING,
      daily_rest: { paragraph: 'arbejdsmiljøloven § 50 (hviletid)', url: 'https://danskmetal.dk/hviletid' },
      weekly_rest: { paragraph: 'arbejdsmiljøloven § 51 (fridøgn)', url: 'https://danskmetal.dk/hviletid' },
      daily_work: SERVICE,
      weekly_work: SERVICE,
      weekly_work_average: { paragraph: 'arbejdstidsloven § 4 (48 timer i gennemsnit over 4 måneder)', url: 'https://gls-a.dk/48-timers-reglen' },
      night_work_length: { paragraph: 'arbejdstidsloven § 5 (natarbejde højst 8 timer i gennemsnit)', url: 'https://gls-a.dk/48-timers-reglen' },
      sunday_rest: SERVICE,
    },
  };
}

export function rulesFor(country: CountryCode, settings: RuleSettings): CountryRules {
  return country === 'NO' ? norwegianRules(settings) : danishRules(settings);
}
