/**
 * What the cost form holds, checked in the browser by the rules the server applies: kroner as a
 * person writes them (to the øre), whole percents adding up to 100, a whole population for each
 * municipality. Sent as the API's request once turned into numbers (toSaveCost).
 */
import { z } from 'zod';
import { COST_BASES } from '../domain/cost-split.ts';
import { keyAddsUp, MAX_COST_ORE, MAX_POPULATION, type SaveCost, type Statement } from '../schema.ts';
import { kronerInput, parseKroner } from './statement-format.ts';
import type { UiLanguage } from '../../kernel/i18n/languages.ts';

const wholeNumber = (max: number, code: string) =>
  z.string().refine((value) => /^\s*\d{1,8}\s*$/.test(value) && Number(value) <= max, { message: code });

export const costFormSchema = z
  .object({
    cost: z.string().refine((value) => {
      const ore = parseKroner(value);
      return ore !== undefined && ore <= MAX_COST_ORE;
    }, { message: 'bad_amount' }),
    key: z.object({ population: wholeNumber(100, 'bad_percent'), calls: wholeNumber(100, 'bad_percent'), minutes: wholeNumber(100, 'bad_percent') }),
    populations: z.array(z.object({ municipalityId: z.string(), population: wholeNumber(MAX_POPULATION, 'bad_population') })),
  })
  .superRefine((value, ctx) => {
    const key = Object.fromEntries(COST_BASES.map((basis) => [basis, Number(value.key[basis])])) as Record<(typeof COST_BASES)[number], number>;
    if (COST_BASES.every((basis) => /^\s*\d+\s*$/.test(value.key[basis])) && !keyAddsUp(key)) {
      ctx.addIssue({ code: 'custom', path: ['key', 'population'], message: 'key_not_100' });
    }
  });

export type CostFormValues = z.input<typeof costFormSchema>;

/** The form's first values: the month's stored ones, else the last month's key and populations, else blanks. */
export function costFormDefaults(statement: Statement, language: UiLanguage): CostFormValues {
  const key = statement.key ?? statement.suggested?.key;
  const population = (id: string) => statement.rows.find((r) => r.id === id)?.population ?? statement.suggested?.populations[id];
  return {
    cost: statement.costOre === null ? '' : kronerInput(statement.costOre, language),
    key: { population: String(key?.population ?? 100), calls: String(key?.calls ?? 0), minutes: String(key?.minutes ?? 0) },
    populations: statement.rows.map((row) => ({ municipalityId: row.id, population: population(row.id) === undefined ? '' : String(population(row.id)) })),
  };
}

export function toSaveCost(values: z.output<typeof costFormSchema>, month: string, version: number): SaveCost {
  return {
    month,
    version,
    costOre: parseKroner(values.cost)!,
    key: { population: Number(values.key.population), calls: Number(values.key.calls), minutes: Number(values.key.minutes) },
    populations: values.populations.map((p) => ({ municipalityId: p.municipalityId, population: Number(p.population) })),
  };
}
