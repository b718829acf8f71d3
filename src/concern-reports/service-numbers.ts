/**
 * The numbers the assistant gives when a child is in danger now. The municipality's
 * administrator sets its own child welfare and on-call numbers; where one is not set, the
 * child welfare unit's and the on-call cooperation's numbers stand in; and where there is no
 * on-call number at all, the country's national numbers (domain/law.ts). So there is always a
 * number to call, and "otherwise the on-call service" never stands alone.
 */
import type { Db } from '../kernel/db/database.ts';
import { clock } from '../time/clock.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import { scopeOf } from '../kernel/policy/permissions.ts';
import type { CountryCode } from '../kernel/db/tables.ts';
import { LAW } from './domain/law.ts';
import * as repo from './repo.ts';
import type { Guidance, ServiceNumbers } from './schema.ts';

type Acute = Pick<Guidance, 'services' | 'nationalNumbers'>;

/** Whom to call in the municipality, in the order to call them, and the national numbers when no on-call number is known. */
export async function acuteNumbers(db: Db, municipality: { id: string; name: string; country_code: CountryCode }): Promise<Acute> {
  const [own, units] = await Promise.all([repo.findServiceNumbers(db, municipality.id), repo.listServicePhones(db, municipality.id)]);
  const services: Acute['services'] = [];
  const pick = (kind: 'child_welfare' | 'on_call_service', ownPhone: string | null | undefined) => {
    const listed = units.filter((u) => u.kind === kind);
    if (ownPhone) services.push({ kind, name: listed[0]?.name ?? municipality.name, phone: ownPhone });
    else for (const unit of listed) if (unit.phone) services.push({ kind, name: unit.name, phone: unit.phone });
  };
  pick('child_welfare', own?.child_welfare_phone);
  pick('on_call_service', own?.on_call_phone);
  const hasOnCall = services.some((s) => s.kind === 'on_call_service');
  return { services, nationalNumbers: hasOnCall ? [] : LAW[municipality.country_code].nationalNumbers.map((n) => ({ ...n })) };
}

/** The municipality's own numbers, as its administrator sees them on the settings page. */
export async function readServiceNumbers(db: Db, actor: Actor): Promise<ServiceNumbers> {
  const scope = adminScope(actor);
  return withAccess(
    db,
    actor,
    { permission: 'concern.service_numbers', action: 'read', resourceType: 'municipality_service_number', resourceId: scope.municipalityId, locate: async () => scope },
    async (trx) => {
      const row = await repo.findServiceNumbers(trx, scope.municipalityId);
      return { childWelfarePhone: row?.child_welfare_phone ?? null, onCallPhone: row?.on_call_phone ?? null };
    },
  );
}

/** Sets the municipality's numbers; an empty one (null) lets the units' or the national numbers stand in. */
export async function saveServiceNumbers(db: Db, actor: Actor, numbers: ServiceNumbers, now = clock.now()): Promise<ServiceNumbers> {
  const scope = adminScope(actor);
  return withAccess(
    db,
    actor,
    { permission: 'concern.service_numbers', action: 'update', resourceType: 'municipality_service_number', resourceId: scope.municipalityId, locate: async () => scope },
    async (trx) => {
      await repo.saveServiceNumbers(trx, scope.municipalityId, { ...numbers, staffId: actor.staffId, at: now });
      return numbers;
    },
  );
}

function adminScope(actor: Actor): ResourceScope {
  const membership = actor.memberships.find((m) => scopeOf('concern.service_numbers', m.role));
  if (!membership) throw new NotFoundError('municipality');
  return { municipalityId: membership.municipalityId, unitIds: [membership.unitId], districtIds: membership.districtId ? [membership.districtId] : [] };
}
