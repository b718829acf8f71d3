/**
 * How the cost statement writes money, months and its key, shared by the page and the PDF so
 * both say the same. Pure (no React): the PDF is made on the server.
 */
import type { UiLanguage } from '../../kernel/i18n/languages.ts';
import { COST_BASES, type CostBasis } from '../domain/cost-split.ts';

function localeOf(language: UiLanguage): string[] {
  return language === 'en' ? ['en-GB'] : language === 'nn' ? ['nn', 'nb'] : [language];
}

/** Øre as kroner with two decimals, in the language's way ("kr 1 250 000,50"). */
export function formatOre(ore: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'NOK', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
}

export function formatCount(count: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language)).format(count);
}

/** 'YYYY-MM' as "november 2026". */
export function formatMonth(month: string, language: UiLanguage): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The key's parts with a share above 0, as "50 % population, 50 % number of calls". */
export function keyParts(key: Record<CostBasis, number>, part: (percent: number, basis: CostBasis) => string): string {
  return COST_BASES.filter((basis) => key[basis] > 0)
    .map((basis) => part(key[basis], basis))
    .join(', ');
}

/** Kroner as a person writes them ("1 250 000,50", "1250000.5") → øre; undefined when it is no amount. */
export function parseKroner(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d{1,8})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Øre as the form's field shows them: "1250000,50" (or with a point in English). */
export function kronerInput(ore: number, language: UiLanguage): string {
  const text = `${Math.floor(ore / 100)}${ore % 100 === 0 ? '' : `.${String(ore % 100).padStart(2, '0')}`}`;
  return language === 'en' ? text : text.replace('.', ',');
}
