/**
 * Use-cases of the activity log: a network contact logs what they did at a unit they serve,
 * lists, edits and deletes their own entries; a leader reads the municipality's sums, small
 * counts hidden. Every read and write goes through withAccess (one decision, one audit event,
 * one transaction). A refusal found inside the access transaction is returned from the work:
 * withAccess audits the attempt as refused and throws it.
 */
import { randomUUID } from 'node:crypto';
import { checkConfirmation } from '../anonymity/confirmation.ts';
import { findIdentifying } from '../anonymity/guard.ts';
import { registerNamesOfUnit } from '../anonymity/register-names-repo.ts';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import { scopeOf } from '../kernel/policy/permissions.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import { timeZoneOf } from '../time/zone.ts';
import { activityMinutesByUnitAndMonth } from './activity-sums-repo.ts';
import { activityDateRefusal } from './domain/activity-rules.ts';
import * as repo from './repo.ts';
import type { Activity, ActivityFields, ActivitySums, EditActivity, MyActivities, NewActivity } from './schema.ts';

export interface Clock {
  /** The instant of the request; tests pass their own. */
  now?: Date;
}

/**
 * Logs an activity at a unit the contact serves. A retry with the same idempotency key answers
 * the first entry (`created: false`) and logs nothing new.
 */
export async function logActivity(db: Db, actor: Actor, input: NewActivity, { now = clock.now() }: Clock = {}): Promise<{ activity: Activity; created: boolean }> {
  const id = (await repo.findEntryIdByKey(db, input.idempotencyKey)) ?? randomUUID();
  const confirmation = confirmationOf(input);
  return withAccess(
    db,
    actor,
    { permission: 'activity.log', action: 'create', resourceType: 'activity_entry', resourceId: id, purpose: confirmation.auditPurpose, locate: (trx) => repo.locateUnit(trx, input.unitId) },
    async (trx): Promise<{ activity: Activity; created: boolean } | RuleViolation> => {
      const earlier = await repo.findEntry(trx, id);
      if (earlier) return replay(earlier, actor);
      const checked = await checkFields(trx, input, now, confirmation.refusal);
      if (checked instanceof RuleViolation) return checked;
      const inserted = await insertIdempotent(trx, {
        insert: () => repo.insertEntry(trx, { id, ...checked, contact_staff_id: actor.staffId, idempotency_key: input.idempotencyKey }),
        findWinner: () => repo.findEntry(trx, id),
      });
      if (!inserted.created) return replay(inserted.winner, actor);
      return { activity: toActivity((await repo.findEntry(trx, id))!), created: true };
    },
  );
}

/** The contact's own entries, newest first, and the units they may log at. */
export function listMyActivities(db: Db, actor: Actor): Promise<MyActivities> {
  return withAccess(
    db,
    actor,
    {
      permission: 'activity.log',
      action: 'read',
      resourceType: 'own_activities',
      resourceId: actor.staffId,
      // About the caller themself: in scope wherever they hold a role that logs.
      locate: async () => ({
        municipalityId: actor.municipalityId,
        unitIds: actor.memberships.map((m) => m.unitId),
        districtIds: actor.memberships.flatMap((m) => (m.districtId ? [m.districtId] : [])),
      }),
    },
    async (trx) => {
      const served = actor.memberships.filter((m) => scopeOf('activity.log', m.role) !== undefined);
      const units = [...new Map(served.map((m) => [m.unitId, { id: m.unitId, name: m.unitName }])).values()];
      return { units: units.sort((a, b) => a.name.localeCompare(b.name)), activities: (await repo.listOwn(trx, actor.staffId)).map(toActivity) };
    },
  );
}

/** Edits the contact's own entry at the version read; a stale version answers 409, anyone else's entry 404. */
export async function editActivity(db: Db, actor: Actor, id: string, input: EditActivity, { now = clock.now() }: Clock = {}): Promise<Activity> {
  const confirmation = confirmationOf(input);
  return withAccess(
    db,
    actor,
    { permission: 'activity.log', action: 'update', resourceType: 'activity_entry', resourceId: id, purpose: confirmation.auditPurpose, locate: (trx) => repo.locateEntryOfContact(trx, id) },
    async (trx): Promise<Activity | RuleViolation> => {
      const checked = await checkFields(trx, input, now, confirmation.refusal, actor);
      if (checked instanceof RuleViolation) return checked;
      if (!(await repo.updateEntry(trx, id, input.version, checked))) return conflict();
      return toActivity((await repo.findEntry(trx, id))!);
    },
  );
}

/** Deletes the contact's own entry at the version read; a stale version answers 409. */
export async function deleteActivity(db: Db, actor: Actor, id: string, readVersion: number): Promise<void> {
  await withAccess(
    db,
    actor,
    { permission: 'activity.log', action: 'delete', resourceType: 'activity_entry', resourceId: id, locate: (trx) => repo.locateEntryOfContact(trx, id) },
    async (trx): Promise<RuleViolation | undefined> => ((await repo.deleteEntry(trx, id, readVersion)) ? undefined : conflict()),
  );
}

/** The municipality's sums per unit, month and kind in the range; fewer than five sessions hidden. */
export function readActivitySums(db: Db, actor: Actor, municipalityId: string, range: { from: string; to: string }): Promise<ActivitySums> {
  return withAccess(
    db,
    actor,
    { permission: 'activity.statistics', action: 'read', resourceType: 'activity_sums', resourceId: municipalityId, locate: (trx) => repo.locateMunicipality(trx, municipalityId) },
    async (trx) => {
      const units = await repo.unitsOfMunicipality(trx, municipalityId);
      const sums = await activityMinutesByUnitAndMonth(
        trx,
        units.map((u) => u.id),
        range,
      );
      return { units, sums };
    },
  );
}

/** The guard's second level is pure: it runs before the transaction and its purpose goes to the audit event. */
function confirmationOf(fields: ActivityFields) {
  return checkConfirmation(fields.note === '' ? [] : [{ field: 'note', text: fields.note }], fields.anonymityConfirmed);
}

/**
 * The entry's columns once its rules hold: an edit that moves it to another unit needs the
 * right to log there too; the day not ahead of the unit's today, nor more than a year back;
 * a note with nothing identifying in it (checked against the unit's register).
 */
async function checkFields(trx: Trx, fields: ActivityFields, now: Date, unconfirmed: RuleViolation | null, movedBy?: Actor): Promise<repo.EntryChange | RuleViolation> {
  const unit = await repo.locateUnit(trx, fields.unitId);
  if (!unit || (movedBy && !decide(movedBy, 'activity.log', unit).allow)) return invalid('unitId', 'not_served');
  const dateRefusal = activityDateRefusal(fields.heldOn, localDate(now, timeZoneOf(unit.countryCode)));
  if (dateRefusal) return invalid('heldOn', dateRefusal);
  if (fields.note !== '') {
    const findings = findIdentifying(fields.note, { names: await registerNamesOfUnit(trx, fields.unitId) });
    if (findings.length > 0) {
      return new RuleViolation(400, 'identifying_note', 'The note must not identify anyone.', {
        // Kinds and spans only: the identifying text itself is not echoed back.
        findings: findings.map(({ kind, start, end }) => ({ kind, start, end })),
      });
    }
    if (unconfirmed) return unconfirmed;
  }
  return {
    municipality_id: unit.municipalityId,
    unit_id: fields.unitId,
    kind: fields.kind,
    held_on: fields.heldOn,
    minutes: fields.minutes,
    people: fields.people,
    note: fields.note === '' ? null : fields.note,
  };
}

/** A retry answers the first entry, if it was the same contact's. */
function replay(row: repo.EntryRow, actor: Actor): { activity: Activity; created: boolean } | RuleViolation {
  if (row.contact_staff_id !== actor.staffId) return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key was used for another request.');
  return { activity: toActivity(row), created: false };
}

function toActivity(row: repo.EntryRow): Activity {
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    kind: row.kind,
    heldOn: row.held_on,
    minutes: row.minutes,
    people: row.people,
    note: row.note ?? '',
    version: row.version,
  };
}

function invalid(field: string, code: string): RuleViolation {
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: `body/${field}`, code }] });
}

function conflict(): RuleViolation {
  return new RuleViolation(409, 'conflict', 'The entry was changed since it was read; reload and try again.');
}
