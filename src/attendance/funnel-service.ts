/**
 * The follow-up funnel of a school or a municipality by month: aggregates only, every count
 * below 5 withheld cell by cell. One policy decision and one audit event per read
 * (`attendance_funnel`, naming the school or the municipality).
 */
import type { Db } from '../kernel/db/database.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { locateUnit } from '../kernel/policy/locate.ts';
import { monthsFrom, shownFunnel } from './domain/funnel.ts';
import type { Funnel, FunnelQuery } from './funnel-schema.ts';
import { countFunnelByMonth, locateMunicipality, type FunnelPlace } from './funnel-repo.ts';

/** The school's funnel: its leader, and the municipality's leaders. */
export function unitFunnel(db: Db, actor: Actor, unitId: string, query: FunnelQuery): Promise<Funnel> {
  return withAccess(db, actor, { ...access(unitId), locate: (trx) => locateUnit(trx, unitId) }, (trx) => read(trx, { unitId }, query));
}

/** Every school of the municipality together: its leaders. */
export function municipalityFunnel(db: Db, actor: Actor, municipalityId: string, query: FunnelQuery): Promise<Funnel> {
  return withAccess(db, actor, { ...access(municipalityId), locate: (trx) => locateMunicipality(trx, municipalityId) }, (trx) => read(trx, { municipalityId }, query));
}

function access(resourceId: string) {
  return { permission: 'attendance.statistics' as const, action: 'read' as const, resourceType: 'attendance_funnel' as const, resourceId };
}

async function read(trx: Trx, place: FunnelPlace, query: FunnelQuery): Promise<Funnel> {
  const months = monthsFrom(query.from, query.to);
  const counted = await countFunnelByMonth(trx, place, { from: `${query.from}-01`, to: lastDayOf(query.to) });
  return { from: query.from, to: query.to, months: shownFunnel(months, counted) };
}

function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}
