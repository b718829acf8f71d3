/** Kysely's view of the schema in migrations/. Keep in step with the SQL files. */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { AuditTables } from '../audit/table.ts';
import type { CountryCode } from '../../time/zone.ts';
import type { Compass, Locale, Role, UnitKind } from './register-kinds.ts';

export type { CountryCode };
export type { Compass, Locale, Role, UnitKind };

export interface CountryTable {
  code: CountryCode;
  default_locale: Locale;
  law: string;
}

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  country_code: CountryCode;
  default_locale: Locale | null;
}

export interface CooperationTable {
  id: Generated<string>;
  name: string;
  kind: 'on_call';
  host_municipality_id: string;
}

export interface CooperationMemberTable {
  cooperation_id: string;
  municipality_id: string;
}

export interface DistrictTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  compass: Compass;
}

export interface UnitTable {
  id: Generated<string>;
  municipality_id: string;
  district_id: string | null;
  cooperation_id: string | null;
  kind: UnitKind;
  name: string;
  grade_from: number | null;
  grade_to: number | null;
}

export interface StaffTable {
  id: Generated<string>;
  municipality_id: string;
  given_name: string;
  family_name: string;
  email: string;
  phone: string | null;
  external_subject: string | null;
  synthetic: Generated<boolean>;
}

export interface MembershipTable {
  id: Generated<string>;
  staff_id: string;
  unit_id: string;
  role: Role;
}

export interface FamilyTable {
  id: Generated<string>;
  municipality_id: string;
  contact_person_staff_id: string | null;
}

export interface ChildTable {
  id: Generated<string>;
  municipality_id: string;
  family_id: string | null;
  given_name: string;
  family_name: string;
  /** ISO date, yyyy-mm-dd (the driver is told to leave dates as text). */
  birth_date: string;
  national_id: string;
  national_id_synthetic: boolean;
}

export interface GuardianTable {
  id: Generated<string>;
  given_name: string;
  family_name: string;
  national_id: string | null;
  national_id_synthetic: boolean;
  phone: string | null;
  email: string | null;
  street_address: string | null;
}

export interface ChildGuardianTable {
  child_id: string;
  guardian_id: string;
  relation: 'mother' | 'father' | 'other';
}

export interface EnrolmentTable {
  child_id: string;
  unit_id: string;
  grade: number | null;
  group_name: string;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: Generated<Date>;
}

/**
 * Every table Kysely knows of. The kernel's own are listed here; each capability adds its own
 * from its `tables.ts` by declaration merging (`declare module '…/kernel/db/tables.ts'`), so the
 * kernel never names a capability's table.
 */
export interface Tables extends AuditTables {
  country: CountryTable;
  municipality: MunicipalityTable;
  cooperation: CooperationTable;
  cooperation_member: CooperationMemberTable;
  district: DistrictTable;
  unit: UnitTable;
  staff: StaffTable;
  membership: MembershipTable;
  family: FamilyTable;
  child: ChildTable;
  guardian: GuardianTable;
  child_guardian: ChildGuardianTable;
  enrolment: EnrolmentTable;
  schema_migration: SchemaMigrationTable;
  identity_provider: IdentityProviderTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  rate_limit_window: RateLimitWindowTable;
  emergency_access: EmergencyAccessTable;
}

export type Municipality = Selectable<MunicipalityTable>;
export type Unit = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type Staff = Selectable<StaffTable>;

export interface IdentityProviderTable {
  municipality_id: string;
  issuer: string;
  client_id: string;
  client_secret_env: string;
  subject_claim: Generated<string>;
}

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  current_unit_id: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  via: 'oidc' | 'demo';
}

/** A rate limit's count of one route and client in the current window (auth/rate-limit-store.ts). */
export interface RateLimitWindowTable {
  key_hash: string;
  hits: number;
  resets_at: Date;
}

export interface LoginAttemptTable {
  state: string;
  municipality_id: string;
  code_verifier: string;
  nonce: string;
  created_at: Generated<Date>;
}

export interface EmergencyAccessTable {
  id: Generated<string>;
  staff_id: string;
  role: string;
  unit_id: string;
  resource_type: string;
  resource_id: string;
  municipality_id: string;
  reason: string;
  granted_at: Generated<Date>;
  expires_at: Date;
  review_due_on: string;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_note: string | null;
}
