/**
 * The pupil talks linked to a child and the referrals about the child (they outlive the talk),
 * for the chronology (src/chronology/), which decides what each reader may see of them. It runs
 * inside the reader's own access transaction, which makes the one decision and writes the one
 * audit event; this neither checks nor audits.
 */
import type { Trx } from '../kernel/policy/access.ts';
import type { IsoDate } from '../time/dates.ts';
import * as repo from './repo.ts';
import type { NoticeStatus, TalkTopic } from './tables.ts';

export interface TalksAboutChild {
  talks: {
    id: string;
    heldOn: IsoDate;
    topic: TalkTopic;
    unit: { id: string; name: string };
    municipalityId: string;
    noticeStatus: NoticeStatus;
    noticeGivenAt: Date | null;
  }[];
  /** Each with the municipality whose intake list holds it; no talk date once the talk is deleted. */
  referrals: { id: string; referredOn: IsoDate; unit: { id: string; name: string }; municipalityId: string; talkHeldOn: IsoDate | null }[];
}

export async function talksAboutChild(trx: Trx, childId: string): Promise<TalksAboutChild> {
  const [talks, referrals] = await Promise.all([repo.listTalksOfChild(trx, childId), repo.listReferralsOfChild(trx, childId)]);
  return {
    talks: talks.map((row) => ({
      id: row.id,
      heldOn: row.held_on,
      topic: row.topic,
      unit: { id: row.unit_id, name: row.unit_name },
      municipalityId: row.municipality_id,
      noticeStatus: row.notice_status,
      noticeGivenAt: row.notice_given_at,
    })),
    referrals: referrals.map((row) => ({
      id: row.id,
      referredOn: row.referred_on,
      unit: { id: row.unit_id, name: row.unit_name },
      municipalityId: row.municipality_id,
      talkHeldOn: row.held_on,
    })),
  };
}
