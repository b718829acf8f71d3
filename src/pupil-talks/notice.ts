/**
 * The parent notice of a pupil's talk: drafted together with the pupil, then recorded as given
 * — or withheld because telling the parents could put the child at risk, which refers the case
 * to child welfare's intake list. Each step names the talk's version it read (optimistic
 * locking) and must follow the notice's state (domain/rules.ts).
 */
import type { Updateable } from 'kysely';
import { localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { RuleViolation } from '../kernel/errors.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { givenAtRefusal, noticeStepRefusal, type NoticeStep } from './domain/rules.ts';
import * as repo from './repo.ts';
import type { DraftNoticeRequest, NoticeGivenRequest, Talk, WithholdRequest } from './schema.ts';
import { invalid, oneTalk } from './service.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { PupilTalkTable } from './tables.ts';
import { clock } from '../time/clock.ts';

type Clock = { now?: Date };

/**
 * Saves the parent notice as drafted with the pupil: in the family's language, naming the child
 * in the unit's register it is about. May be redrafted until it is given.
 */
export function draftNotice(db: Db, actor: Actor, talkId: string, body: DraftNoticeRequest): Promise<Talk> {
  return onNotice(db, actor, talkId, 'draft', body.version, async (trx, talk) => {
    if (!(await repo.isEnrolledAt(trx, body.childId, talk.unit_id))) return invalid([{ path: 'body/childId', code: 'child_not_at_unit' }]);
    return {
      child_id: body.childId,
      notice_status: 'drafted' as const,
      notice_locale: body.locale,
      notice_text: body.text,
    };
  });
}

/** Records the drafted notice as given: when, how, by the caller, and whether the pupil was there. Closes the talk. */
export function recordNoticeGiven(db: Db, actor: Actor, talkId: string, body: NoticeGivenRequest, { now = clock.now() }: Clock = {}): Promise<Talk> {
  return onNotice(db, actor, talkId, 'give', body.version, async (_trx, talk) => {
    const givenAt = new Date(body.givenAt);
    const refusal = givenAtRefusal(givenAt, talk.held_on, now);
    if (refusal) return invalid([{ path: 'body/givenAt', code: refusal }]);
    return {
      notice_status: 'given' as const,
      notice_given_at: givenAt,
      notice_given_how: body.how,
      notice_given_by_staff_id: actor.staffId,
      notice_pupil_present: body.pupilPresent,
      closed_at: now,
    };
  });
}

/**
 * The parents are not told, because telling them could put the child at risk: records why,
 * links the child, marks the talk referred to child welfare today and puts it on the
 * municipality's intake list — in the same transaction. Closes the talk.
 */
export function withholdNotice(db: Db, actor: Actor, talkId: string, body: WithholdRequest, { now = clock.now() }: Clock = {}): Promise<Talk> {
  return onNotice(db, actor, talkId, 'withhold', body.version, async (trx, talk) => {
    if (!(await repo.isEnrolledAt(trx, body.childId, talk.unit_id))) return invalid([{ path: 'body/childId', code: 'child_not_at_unit' }]);
    const scope = (await repo.locateUnit(trx, talk.unit_id))!;
    await repo.insertReferral(trx, {
      talk_id: talkId,
      municipality_id: scope.municipalityId,
      unit_id: talk.unit_id,
      child_id: body.childId,
      referred_on: localDate(now),
      referred_by_staff_id: actor.staffId,
      reason: body.reason,
    });
    return { child_id: body.childId, notice_status: 'withheld' as const, closed_at: now };
  });
}

type NoticeChanges = Updateable<PupilTalkTable>;

/**
 * A step of the parent notice: the version the caller read must still be the talk's (409
 * conflict otherwise), and the step must follow the notice's state (domain/rules.ts).
 */
function onNotice(
  db: Db,
  actor: Actor,
  talkId: string,
  step: NoticeStep,
  version: number,
  changes: (trx: Trx, talk: repo.TalkRow) => Promise<NoticeChanges | RuleViolation>,
): Promise<Talk> {
  return withAccess(
    db,
    actor,
    { permission: 'pupil_talk.manage', action: 'update', resourceType: 'pupil_talk', resourceId: talkId, childId: (trx) => repo.childOfTalk(trx, talkId), locate: (trx) => repo.locateTalk(trx, talkId) },
    async (trx) => {
      const talk = (await repo.findTalk(trx, talkId))!;
      if (talk.version !== version) return conflict();
      const refusal = noticeStepRefusal(talk.notice_status, step);
      if (refusal) return new RuleViolation(409, refusal, 'The notice is not in a state that allows this.');
      const set = await changes(trx, talk);
      if (set instanceof RuleViolation) return set;
      const updated = await repo.updateTalk(trx, talkId, version, set);
      // Someone else's edit committed between our read and our write.
      if (!updated) return conflict();
      return oneTalk(trx, talkId);
    },
  );
}

function conflict(): RuleViolation {
  return new RuleViolation(409, 'conflict', 'The talk was changed by someone else; reload and try again.');
}
