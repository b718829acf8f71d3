/**
 * Use-cases of the monthly cost statement: read a service's month (figures per municipality and
 * each one's share), and store the month's cost, key and populations. The leader of the
 * service's host municipality reads (`on_call.statistics`) and sets it (`on_call.cost`), through
 * withAccess like every other use-case, so each read and save is audited. Only on-call services
 * (unit kind on_call_service) have a statement: an evening team's cost is its own municipality's.
 */
import type { Db } from '../kernel/db/database.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { clock } from '../time/clock.ts';
import { timeZoneOf } from '../time/zone.ts';
import { localInstant } from '../time/zoned-instant.ts';
import { COST_BASES } from './domain/cost-split.ts';
import { monthBounds, statementOf, type Month } from './domain/statement.ts';
import * as costRepo from './cost-repo.ts';
import * as repo from './repo.ts';
import { keyAddsUp, type SaveCost, type Statement } from './schema.ts';

/** The month's statement, computed from what is stored: the cost and key, the populations, and the call log. */
export function readStatement(db: Db, actor: Actor, unitId: string, month: Month): Promise<Statement> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.statistics', action: 'read', resourceType: 'on_call_statement', resourceId: unitId, locate: (trx) => locateService(trx, unitId) },
    (trx) => statementFrom(trx, unitId, month),
  );
}

/**
 * Stores the month's cost, key and populations as one whole, naming the version read (409 when
 * someone saved since). Saving exactly what is stored changes nothing and answers the statement,
 * so a double click or a retry is harmless. Every municipality of the cooperation needs its
 * population, and no other may be given.
 */
export async function saveCost(db: Db, actor: Actor, unitId: string, input: SaveCost, { now = clock.now() }: { now?: Date } = {}): Promise<Statement> {
  if (!keyAddsUp(input.key)) throw new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: 'body/key/population', code: 'key_not_100' }] });
  return withAccess(
    db,
    actor,
    { permission: 'on_call.cost', action: 'update', resourceType: 'on_call_statement', resourceId: unitId, locate: (trx) => locateService(trx, unitId) },
    async (trx): Promise<Statement | RuleViolation> => {
      const served = new Set((await repo.servedMunicipalities(trx, unitId)).map((m) => m.id));
      const given = new Set(input.populations.map((p) => p.municipalityId));
      const issues = [
        ...input.populations.flatMap((p, i) => (served.has(p.municipalityId) ? [] : [{ path: `body/populations/${i}/municipalityId`, code: 'not_served' }])),
        ...(given.size !== input.populations.length ? [{ path: 'body/populations', code: 'population_twice' }] : []),
        ...([...served].some((id) => !given.has(id)) ? [{ path: 'body/populations', code: 'population_missing' }] : []),
      ];
      if (issues.length > 0) return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues });
      const stored = await costRepo.findCostMonth(trx, unitId, input.month);
      if (stored && sameAsStored(stored, input)) return statementFrom(trx, unitId, input.month);
      if (!(await costRepo.saveCostMonth(trx, unitId, input.month, input.version, input, actor.staffId, now))) {
        return new RuleViolation(409, 'conflict', "Someone else has saved the month's cost since it was read; reload and try again.");
      }
      return statementFrom(trx, unitId, input.month);
    },
  );
}

async function statementFrom(trx: Trx, unitId: string, month: Month): Promise<Statement> {
  const municipalities = await repo.servedMunicipalities(trx, unitId);
  const zone = timeZoneOf(municipalities[0]?.countryCode ?? 'NO');
  const { first, next } = monthBounds(month);
  const sums = await costRepo.callSumsOfUnit(trx, unitId, { from: localInstant(first, '00:00', zone), to: localInstant(next, '00:00', zone) });
  const stored = await costRepo.findCostMonth(trx, unitId, month);
  const earlier = stored ? undefined : await costRepo.findCostBefore(trx, unitId, month);
  const figures = municipalities.map((m) => ({
    id: m.id,
    population: stored?.populations.get(m.id) ?? 0,
    calls: sums.get(m.id)?.calls ?? 0,
    minutes: sums.get(m.id)?.minutes ?? 0,
  }));
  const { rows, outcome } = statementOf(figures, stored ? { costOre: stored.costOre, key: stored.key } : null);
  return {
    unit: { id: unitId, name: await repo.unitName(trx, unitId) },
    month,
    version: stored?.version ?? 0,
    costOre: stored?.costOre ?? null,
    key: stored?.key ?? null,
    suggestedFrom: earlier?.month ?? null,
    suggested: earlier ? { key: earlier.key, populations: Object.fromEntries(earlier.populations) } : null,
    rows: rows.map((row, i) => ({ ...row, name: municipalities[i]!.name, population: stored?.populations.get(row.id) ?? null })),
    outcome: outcome.state,
    emptyBasis: outcome.state === 'empty_basis' ? outcome.basis : null,
    updatedAt: stored ? stored.updatedAt.toISOString() : null,
  };
}

function sameAsStored(stored: costRepo.StoredCost, input: SaveCost): boolean {
  return (
    stored.costOre === input.costOre &&
    COST_BASES.every((basis) => stored.key[basis] === input.key[basis]) &&
    stored.populations.size === input.populations.length &&
    input.populations.every((p) => stored.populations.get(p.municipalityId) === p.population)
  );
}

/** An on-call service, located for the policy; anything else (an evening team, a school) is answered as missing. */
async function locateService(trx: Trx, unitId: string) {
  return (await repo.findOnCallUnit(trx, unitId))?.kind === 'on_call_service' ? repo.locateUnit(trx, unitId) : undefined;
}
