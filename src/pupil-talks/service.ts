/**
 * Use-cases of pupils' own requests to talk with the network contact: register a request for a
 * pupil, see the unit's open requests and talks, record a talk with least data, draft the parent
 * notice with the pupil and record it as given — or record why the parents are not told, which
 * puts the case on child welfare's intake list. Every read and write goes through withAccess
 * (one decision, one audit event). The parent notice's steps are in notice.ts; pupil mode, where
 * a pupil asks on the school's device, in pupil-mode.ts.
 *
 * A refusal found inside the access transaction is returned from the work: withAccess audits
 * the attempt as refused and throws it.
 */
import { checkConfirmation } from '../anonymity/confirmation.ts';
import { findIdentifying } from '../anonymity/guard.ts';
import { localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { talkDateRefusal } from './domain/rules.ts';
import * as repo from './repo.ts';
import type { PupilRequest, RecordTalkRequest, ReferralList, Talk, TalkRequest, UnitTalks } from './schema.ts';
import { clock } from '../time/clock.ts';
import { registerNamesOfUnit } from '../anonymity/register-names-repo.ts';
interface Clock {
  now?: Date;
}

/**
 * Stores a pupil's request at the unit. A retry with the same idempotency key returns the first
 * request and stores nothing; the same key for another unit is refused.
 */
export async function storeRequest(
  trx: Trx,
  unitId: string,
  request: PupilRequest,
  by: { source: 'pupil_mode' | 'staff'; staffId: string | null },
): Promise<{ id: string } | RuleViolation> {
  if (!(await repo.isSchool(trx, unitId))) return notASchool();
  const id = await repo.insertRequest(trx, {
    unit_id: unitId,
    first_name: request.firstName,
    class_group: request.classGroup,
    free_when: request.freeWhen,
    about: request.about,
    source: by.source,
    registered_by_staff_id: by.staffId,
    idempotency_key: request.idempotencyKey,
  });
  if (id) return { id };
  const earlier = await repo.findRequestByKey(trx, request.idempotencyKey);
  if (!earlier || earlier.unit_id !== unitId) {
    return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
  }
  return { id: earlier.id };
}

/** A staff member registers a pupil's request to talk with the unit's network contact. */
export function registerRequest(db: Db, actor: Actor, unitId: string, request: PupilRequest): Promise<{ id: string }> {
  return withAccess(
    db,
    actor,
    { permission: 'pupil_request.create', action: 'create', resourceType: 'pupil_talk_request', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    (trx) => storeRequest(trx, unitId, request, { source: 'staff', staffId: actor.staffId }),
  );
}

/** The unit's open requests and its talks, for the network contact placed there. */
export function listUnitTalks(db: Db, actor: Actor, unitId: string): Promise<UnitTalks> {
  return withAccess(
    db,
    actor,
    { permission: 'pupil_talk.manage', action: 'read', resourceType: 'pupil_talks', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      const [unit, open, talks] = await Promise.all([repo.unitName(trx, unitId), repo.listOpenRequests(trx, unitId), repo.listTalks(trx, unitId)]);
      return {
        unit,
        openRequests: open.map(toRequest),
        talks: talks.map((t) => ({
          id: t.id,
          firstName: t.first_name,
          classGroup: t.class_group,
          heldOn: t.held_on,
          topic: t.topic,
          noticeStatus: t.notice_status,
        })),
      };
    },
  );
}

/**
 * Records the talk a request led to, with least data: the day, how long, a topic category,
 * whether there is follow-up, and a short note the anonymity guard finds nothing identifying
 * in (or none). One talk per request: a second attempt is refused.
 */
export function recordTalk(db: Db, actor: Actor, requestId: string, body: RecordTalkRequest, { now = clock.now() }: Clock = {}): Promise<Talk> {
  const confirmation = checkConfirmation(body.note ? [{ field: 'note', text: body.note }] : [], body.anonymityConfirmed);
  return withAccess(
    db,
    actor,
    { permission: 'pupil_talk.manage', action: 'create', resourceType: 'pupil_talk', resourceId: requestId, purpose: confirmation.auditPurpose, locate: (trx) => repo.locateRequest(trx, requestId) },
    async (trx) => {
      const request = (await repo.findRequest(trx, requestId))!;
      const dateRefusal = talkDateRefusal(body.heldOn, localDate(request.created_at), localDate(now));
      if (dateRefusal) return invalid([{ path: 'body/heldOn', code: dateRefusal }]);
      const note = body.note === null || body.note === '' ? null : body.note;
      if (note !== null) {
        const findings = findIdentifying(note, { names: await registerNamesOfUnit(trx, request.unit_id) });
        if (findings.length > 0) {
          return new RuleViolation(400, 'identifying_note', 'The note must not identify a child.', {
            // Kinds and spans only: the identifying text itself is not echoed back.
            findings: findings.map(({ kind, start, end }) => ({ kind, start, end })),
          });
        }
        if (confirmation.refusal) return confirmation.refusal;
      }
      const talkId = await repo.insertTalk(trx, {
        request_id: requestId,
        unit_id: request.unit_id,
        contact_staff_id: actor.staffId,
        held_on: body.heldOn,
        duration_minutes: body.durationMinutes,
        topic: body.topic,
        follow_up: body.followUp,
        note,
        created_at: now,
      });
      if (!talkId) return new RuleViolation(409, 'talk_already_recorded', 'A talk is already recorded for this request.');
      return oneTalk(trx, talkId);
    },
  );
}

/** One talk with its notice, for the network contact. */
export function readTalk(db: Db, actor: Actor, talkId: string): Promise<Talk> {
  return withAccess(
    db,
    actor,
    { permission: 'pupil_talk.manage', action: 'read', resourceType: 'pupil_talk', resourceId: talkId, childId: (trx) => repo.childOfTalk(trx, talkId), locate: (trx) => repo.locateTalk(trx, talkId) },
    (trx) => oneTalk(trx, talkId),
  );
}

/** The municipality's intake list: talks whose parents were not told, newest first. */
export function listReferrals(db: Db, actor: Actor, municipalityId: string): Promise<ReferralList> {
  return withAccess(
    db,
    actor,
    {
      permission: 'pupil_referral.read',
      action: 'read',
      resourceType: 'pupil_referrals',
      resourceId: municipalityId,
      locate: (trx) => repo.locateMunicipality(trx, municipalityId),
    },
    async (trx) => ({
      referrals: (await repo.listReferrals(trx, municipalityId)).map((r) => ({
        id: r.id,
        referredOn: r.referred_on,
        unit: { id: r.unit_id, name: r.unit_name },
        child: { id: r.child_id, givenName: r.child_given_name, familyName: r.child_family_name },
        referredBy: r.by_id ? { id: r.by_id, givenName: r.by_given_name!, familyName: r.by_family_name! } : null,
        reason: r.reason,
      })),
    }),
  );
}

/** A talk as the API answers it. */
export async function oneTalk(trx: Trx, talkId: string): Promise<Talk> {
  const t = (await repo.findTalk(trx, talkId))!;
  const request = (await repo.findRequest(trx, t.request_id))!;
  return {
    id: t.id,
    request: toRequest(request),
    unit: { id: t.unit_id, name: t.unit_name },
    contact: { id: t.contact_id, givenName: t.contact_given_name, familyName: t.contact_family_name },
    heldOn: t.held_on,
    durationMinutes: t.duration_minutes,
    topic: t.topic,
    followUp: t.follow_up,
    note: t.note,
    child: t.child_id ? { id: t.child_id, givenName: t.child_given_name!, familyName: t.child_family_name! } : null,
    notice: {
      status: t.notice_status,
      locale: t.notice_locale,
      text: t.notice_text,
      givenAt: t.notice_given_at ? new Date(t.notice_given_at).toISOString() : null,
      how: t.notice_given_how,
      givenBy: t.given_by_id ? { id: t.given_by_id, givenName: t.given_by_given_name!, familyName: t.given_by_family_name! } : null,
      pupilPresent: t.notice_pupil_present,
    },
    referredOn: t.referred_on,
    version: t.version,
  };
}

function toRequest(r: repo.RequestRow): TalkRequest {
  return {
    id: r.id,
    firstName: r.first_name,
    classGroup: r.class_group,
    freeWhen: r.free_when,
    about: r.about,
    source: r.source,
    requestedAt: new Date(r.created_at).toISOString(),
  };
}

export function notASchool(): RuleViolation {
  return new RuleViolation(400, 'not_a_school', 'Pupils ask to talk at a school; this unit is not one.');
}

export function invalid(issues: { path: string; code: string }[]): RuleViolation {
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues });
}
