/** The follow-up case tables (migrations 20261206_0031, 20261207_0032) as Kysely sees them; dates stay text. */
import type { Generated } from 'kysely';
import type { CloseReason, StepKind } from './domain/case-rules.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    attendance_case: AttendanceCaseTable;
    attendance_case_step: AttendanceCaseStepTable;
    attendance_contact: AttendanceContactTable;
    attendance_letter: AttendanceLetterTable;
  }
}

export interface AttendanceCaseTable {
  id: Generated<string>;
  municipality_id: string;
  unit_id: string;
  child_id: string;
  coordinator_id: string | null;
  opened_by: string | null;
  opened_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  close_reason: CloseReason | null;
  close_note: string | null;
  version: Generated<number>;
  /** The concern report (underretning) started from the case, while the reporter keeps it (migration 20261207_0032). */
  report_id: Generated<string | null>;
  report_key: Generated<string | null>;
  /** The consultation with the network contact recorded from the case, and its form's key (migration 20261207_0036). */
  consultation_id: Generated<string | null>;
  consultation_key: Generated<string | null>;
  /** The municipality's hearing (Denmark): the days the parents and the pupil were heard. */
  parents_heard_on: Generated<string | null>;
  pupil_heard_on: Generated<string | null>;
}

export interface AttendanceCaseStepTable {
  id: Generated<string>;
  idempotency_key: string;
  case_id: string;
  kind: StepKind;
  what: string;
  owner_id: string | null;
  due_on: string;
  review_on: string | null;
  done_at: Date | null;
  created_by: string | null;
  created_at: Date;
}

export interface AttendanceContactTable {
  id: Generated<string>;
  idempotency_key: string;
  case_id: string;
  contacted_on: string;
  by_staff_id: string | null;
  with_whom: 'parents' | 'pupil' | 'pupil_and_parents' | 'other_service';
  how: 'phone' | 'meeting' | 'message' | 'home_visit';
  outcome: string;
  agreed: string;
  created_at: Date;
}

/** A letter to the home recorded as sent (migration 20261207_0032): the Danish warning at 10 %. */
export interface AttendanceLetterTable {
  id: Generated<string>;
  idempotency_key: string;
  case_id: string;
  kind: 'warning';
  body: string;
  sent_on: string;
  sent_to: string;
  sent_by: string | null;
  created_at: Date;
}
