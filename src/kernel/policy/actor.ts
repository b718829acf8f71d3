/** The person behind a request, with everything the policy needs to decide about them. */
import type { Role } from '../db/tables.ts';

export interface ActorMembership {
  unitId: string;
  unitName: string;
  role: Role;
  municipalityId: string;
  districtId: string | null;
  /** Set for an on-call unit: the cooperation it serves. */
  cooperationId: string | null;
  /** The municipalities that cooperation serves (empty when there is none). */
  cooperationMunicipalityIds: string[];
}

export interface Actor {
  staffId: string;
  municipalityId: string;
  memberships: ActorMembership[];
  /** The unit the person acts for now (shown in the header); null when they have none. */
  currentUnitId: string | null;
}
