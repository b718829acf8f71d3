/**
 * A municipality's saved pilots: listed by those who may evaluate, saved by leaders. Saved whole
 * with the version read (409 when someone saved since); the client chooses a new pilot's id, so
 * sending the same save twice — a double click, a retry — leaves one pilot, unchanged.
 */
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import * as repo from './pilot-repo.ts';
import { savePilotSchema, type Pilot, type PilotList, type SavePilot } from './schema.ts';

export function listPilots(db: Db, actor: Actor, municipalityId: string): Promise<PilotList> {
  return withAccess(
    db,
    actor,
    {
      permission: 'evaluation.read',
      action: 'read',
      resourceType: 'evaluation_pilot',
      resourceId: municipalityId,
      locate: (trx) => municipalityScope(trx, municipalityId),
    },
    async (trx) => ({ pilots: await repo.listPilots(trx, municipalityId) }),
  );
}

export async function savePilot(db: Db, actor: Actor, municipalityId: string, pilotId: string, input: SavePilot): Promise<Pilot> {
  const request = savePilotSchema.parse(input);
  const wanted = normalised(pilotId, request);
  return withAccess(
    db,
    actor,
    {
      permission: 'evaluation.manage',
      action: request.version === 0 ? 'create' : 'update',
      resourceType: 'evaluation_pilot',
      resourceId: pilotId,
      locate: (trx) => municipalityScope(trx, municipalityId),
    },
    async (trx): Promise<Pilot | RuleViolation | NotFoundError> => {
      // Another municipality's pilot is not to be found under this one: refused, and audited.
      const owner = await repo.municipalityOfPilot(trx, pilotId);
      if (owner !== undefined && owner !== municipalityId) return new NotFoundError('evaluation_pilot');
      const named = [...wanted.units.map((unit) => unit.unitId), ...wanted.comparisonUnits];
      const known = await repo.unitsOfMunicipality(trx, municipalityId, named);
      if (named.some((unitId) => !known.has(unitId))) return new RuleViolation(400, 'unknown_unit', 'A unit is not one of the municipality’s.');
      const [current] = await repo.listPilots(trx, municipalityId, pilotId);
      if (current && samePilot(current, wanted)) return current;
      const saved = current ? await repo.replacePilot(trx, wanted, request.version) : request.version === 0 && (await repo.insertPilot(trx, municipalityId, wanted));
      if (!saved) return new RuleViolation(409, 'conflict', 'Someone else has saved the pilot since it was read.');
      return (await repo.listPilots(trx, municipalityId, pilotId))[0]!;
    },
  );
}

async function municipalityScope(trx: Trx, municipalityId: string): Promise<ResourceScope | undefined> {
  return (await repo.municipalityExists(trx, municipalityId)) ? { municipalityId, unitIds: [], districtIds: [] } : undefined;
}

/** As the repo reads it back: units in the order of their ids, no comparison units unless chosen. */
function normalised(id: string, request: ReturnType<typeof savePilotSchema.parse>): Omit<Pilot, 'version'> {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    id,
    name: request.name,
    units: [...request.units].sort((a, b) => byId(a.unitId, b.unitId)),
    comparison: request.comparison,
    comparisonUnits: request.comparison === 'chosen' ? [...request.comparisonUnits].sort(byId) : [],
  };
}

function samePilot(current: Pilot, wanted: Omit<Pilot, 'version'>): boolean {
  const key = (pilot: Omit<Pilot, 'version'>) => JSON.stringify([pilot.name, pilot.comparison, pilot.units.map((u) => [u.unitId, u.startedOn]), pilot.comparisonUnits]);
  return key(current) === key(wanted);
}
