/** The pupil talk tables (migration 0012) as Kysely sees them; dates stay text. */
import type { Generated } from 'kysely';
import type { Locale } from '../kernel/db/tables.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    pupil_mode: PupilModeTable;
    pupil_talk_request: PupilTalkRequestTable;
    pupil_talk: PupilTalkTable;
    pupil_talk_referral: PupilTalkReferralTable;
  }
}


export type FreeWhen = 'break' | 'before_school' | 'after_school' | 'any_time';
export type TalkTopic = 'friends' | 'school' | 'home' | 'feelings' | 'body' | 'other';
export type RequestSource = 'pupil_mode' | 'staff';
export type NoticeStatus = 'none' | 'drafted' | 'given' | 'withheld';
export type NoticeHow = 'in_person' | 'phone' | 'letter' | 'digital';

export interface PupilModeTable {
  token_hash: string;
  unit_id: string;
  opened_by_staff_id: string;
  opened_at: Generated<Date>;
  expires_at: Date;
}

export interface PupilTalkRequestTable {
  id: Generated<string>;
  unit_id: string;
  first_name: string;
  class_group: string;
  free_when: FreeWhen | null;
  about: TalkTopic | null;
  source: RequestSource;
  registered_by_staff_id: string | null;
  idempotency_key: string | null;
  created_at: Generated<Date>;
}

export interface PupilTalkTable {
  id: Generated<string>;
  request_id: string;
  unit_id: string;
  contact_staff_id: string;
  held_on: string;
  duration_minutes: number;
  topic: TalkTopic;
  follow_up: boolean;
  note: string | null;
  child_id: string | null;
  notice_status: Generated<NoticeStatus>;
  notice_locale: Locale | null;
  notice_text: string | null;
  notice_given_at: Date | null;
  notice_given_how: NoticeHow | null;
  notice_given_by_staff_id: string | null;
  notice_pupil_present: boolean | null;
  closed_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface PupilTalkReferralTable {
  id: Generated<string>;
  talk_id: string | null;
  municipality_id: string;
  unit_id: string;
  child_id: string;
  referred_on: string;
  referred_by_staff_id: string | null;
  reason: string;
  created_at: Generated<Date>;
}
