/**
 * Reading a child's record and a unit's register, and opening a record in an emergency.
 * Every read goes through withAccess: one policy decision, one audit event.
 */
import { recordAudit } from '../kernel/audit/record.ts';
import { localDate } from '../time/dates.ts';
import { nextWorkingDay } from '../time/working-days.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { auditActorOf, withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import * as repo from './repo.ts';
import type { ChildRecord, EmergencyGrant, LookupResult, Register } from './schema.ts';
import { clock } from '../time/clock.ts';

/** How long an emergency grant lasts: long enough for a night's call-out, no longer. */
export const EMERGENCY_ACCESS_MS = 4 * 60 * 60 * 1000;

export function readChild(db: Db, actor: Actor, childId: string): Promise<ChildRecord> {
  // The record is read with its place, in the policy's locate: one query for both.
  let record: Awaited<ReturnType<typeof repo.findChildRecord>>;
  const locate = async (trx: Trx) => {
    record = await repo.findChildRecord(trx, childId);
    return record?.scope;
  };
  return withAccess(
    db,
    actor,
    { permission: 'child.read', action: 'read', resourceType: 'child', resourceId: childId, childId, locate },
    async (_trx, grant) => {
      const { enrolments, guardians, ...child } = record!;
      return {
        id: child.id,
        givenName: child.given_name,
        familyName: child.family_name,
        birthDate: child.birth_date,
        nationalId: child.national_id,
        nationalIdSynthetic: child.national_id_synthetic,
        enrolments: enrolments.map((e) => ({ unitId: e.unit_id, unitName: e.unit_name, groupName: e.group_name, grade: e.grade })),
        guardians: guardians.map((g) => ({
          id: g.id,
          givenName: g.given_name,
          familyName: g.family_name,
          relation: g.relation,
          phone: g.phone,
          email: g.email,
        })),
        contactPerson:
          child.contact_id && child.contact_given_name && child.contact_family_name
            ? { id: child.contact_id, givenName: child.contact_given_name, familyName: child.contact_family_name }
            : null,
        emergency: grant.emergency,
      };
    },
  );
}

export function readRegister(db: Db, actor: Actor, unitId: string): Promise<Register> {
  return withAccess(
    db,
    actor,
    { permission: 'child.read', action: 'read', resourceType: 'register', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      const rows = await repo.listRegister(trx, unitId);
      return {
        children: rows.map((r) => ({ id: r.id, givenName: r.given_name, familyName: r.family_name, groupName: r.group_name, grade: r.grade })),
      };
    },
  );
}

/**
 * Finds a child by identity number for someone who may read it or open it in an emergency
 * (an on-call worker with a name and number from a phone call). Anyone else, or an unknown
 * number, gets the same not-found answer. The search is the door's locate: every attempt is
 * audited, found or not, in one transaction with it, so both answers take the same path (no
 * timing tells a probe that the child exists) and every probe of the register is on record.
 * An unknown number is recorded as a denied lookup naming no child, without the number.
 */
export async function lookupChild(db: Db, actor: Actor, nationalId: string): Promise<LookupResult> {
  return withAccess(
    db,
    actor,
    {
      locate: (trx) => repo.locateChildByNationalId(trx, nationalId),
      permission: ['child.read', 'emergency.open'],
      action: 'read',
      resourceType: 'child',
      resourceId: (found) => found.childId,
      missing: 'audited',
      childId: async (_trx, childId) => childId,
      purpose: 'lookup by identity number',
    },
    async (_trx, _grant, found) => ({ id: found.childId, inScope: decide(actor, 'child.read', found).allow }),
  );
}

/**
 * Break the glass: an on-call or intake worker opens a child's record that their roles do
 * not reach, giving a reason. The grant runs out after a few hours, the audit log flags it,
 * and it waits on the leader's review list from the next working day.
 */
export async function openEmergencyAccess(db: Db, actor: Actor, childId: string, reason: string, now = clock.now()): Promise<EmergencyGrant> {
  const result = await db.transaction().execute(async (trx) => {
    const scope = await repo.locateChild(trx, childId);
    if (!scope) return undefined;
    const decision = decide(actor, 'emergency.open', scope);
    if (!decision.allow) {
      await recordAudit(trx, { actor: auditActorOf(actor), action: 'break_glass', resourceType: 'child', resourceId: childId, childId, outcome: 'denied', purpose: reason });
      return undefined;
    }
    const country = await repo.countryOf(trx, scope.municipalityId);
    const grant = {
      expiresAt: new Date(now.getTime() + EMERGENCY_ACCESS_MS),
      reviewDueOn: nextWorkingDay(country, localDate(now)),
    };
    await repo.insertEmergencyAccess(trx, {
      staff_id: actor.staffId,
      role: decision.membership.role,
      unit_id: decision.membership.unitId,
      resource_type: 'child',
      resource_id: childId,
      municipality_id: scope.municipalityId,
      reason,
      granted_at: now,
      expires_at: grant.expiresAt,
      review_due_on: grant.reviewDueOn,
    });
    await recordAudit(trx, {
      actor: { staffId: actor.staffId, role: decision.membership.role, unitId: decision.membership.unitId },
      action: 'break_glass',
      resourceType: 'child',
      resourceId: childId,
      childId,
      outcome: 'allowed',
      emergency: true,
      purpose: reason,
    });
    return grant;
  });
  if (!result) throw new NotFoundError('child');
  return { expiresAt: result.expiresAt.toISOString(), reviewDueOn: result.reviewDueOn };
}
