/** The team tables (migration 0006) as Kysely sees them; dates and times stay text. */
import type { Generated } from 'kysely';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    team_member: TeamMemberTable;
    team_meeting: TeamMeetingTable;
    agenda_item: AgendaItemTable;
    action_point: ActionPointTable;
  }
}


export type RoleInTeam = 'leader' | 'family_centre' | 'child_welfare' | 'ppt';
export type MeetingStatus = 'proposed' | 'published' | 'held';
export type AgendaItemKind = 'theme' | 'anonymous_case';
export type ActionPointStatus = 'open' | 'done';

export interface TeamMemberTable {
  unit_id: string;
  staff_id: string;
  role_in_team: RoleInTeam;
}

export interface TeamMeetingTable {
  id: Generated<string>;
  unit_id: string;
  school_year: string;
  date: string;
  /** 'HH:MM' */
  start_time: string;
  end_time: string;
  status: Generated<MeetingStatus>;
  minutes: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface AgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  kind: AgendaItemKind;
  text: string;
  /** Chosen by the form (migration 0009): a retry with the same key adds nothing. */
  idempotency_key: string | null;
  created_at: Generated<Date>;
}

export interface ActionPointTable {
  id: Generated<string>;
  meeting_id: string;
  text: string;
  owner_staff_id: string;
  due_date: string;
  status: Generated<ActionPointStatus>;
  carried_from_id: string | null;
  idempotency_key: string | null;
  created_at: Generated<Date>;
}
