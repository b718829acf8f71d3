import { describe, expect, it } from 'vitest';
import type { Role } from '../db/tables.ts';
import type { Actor, ActorMembership } from './actor.ts';
import { decide, holdsPermission, type ResourceScope } from './decide.ts';
import type { Permission } from './permissions.ts';

const school: Omit<ActorMembership, 'role'> = {
  unitId: 'school-a',
  unitName: 'Skole A',
  municipalityId: 'home',
  districtId: 'east',
  cooperationId: null,
  cooperationMunicipalityIds: ['home', 'neighbour'],
};
const onCall: Omit<ActorMembership, 'role'> = {
  unitId: 'on-call',
  unitName: 'Barnevernsvakta',
  municipalityId: 'home',
  districtId: null,
  cooperationId: 'vakt',
  cooperationMunicipalityIds: ['home', 'neighbour'],
};

const actor = (...memberships: ActorMembership[]): Actor => ({
  staffId: 'me',
  municipalityId: 'home',
  memberships,
  currentUnitId: memberships[0]?.unitId ?? null,
});
const at = (unit: Omit<ActorMembership, 'role'>, role: Role): ActorMembership => ({ ...unit, role });

const sameUnit: ResourceScope = { municipalityId: 'home', unitIds: ['school-a'], districtIds: ['east'] };
const sameDistrict: ResourceScope = { municipalityId: 'home', unitIds: ['school-b'], districtIds: ['east'] };
const sameMunicipality: ResourceScope = { municipalityId: 'home', unitIds: ['school-c'], districtIds: ['west'] };
const neighbour: ResourceScope = { municipalityId: 'neighbour', unitIds: ['school-n'], districtIds: ['n-east'] };
const elsewhere: ResourceScope = { municipalityId: 'far', unitIds: ['school-f'], districtIds: ['f-east'] };

describe('decide', () => {
  it.each<[string, Actor, Permission, ResourceScope, boolean | 'no_role' | 'out_of_scope' | 'not_owner']>([
    ['a teacher reads a child in their own school', actor(at(school, 'staff')), 'child.read', sameUnit, true],
    ['a teacher may not read a child in the school next door', actor(at(school, 'staff')), 'child.read', sameDistrict, 'out_of_scope'],
    ['an intake worker reads any child in the municipality', actor(at(school, 'intake_worker')), 'child.read', sameMunicipality, true],
    ['an intake worker may not read a child in the neighbour municipality', actor(at(school, 'intake_worker')), 'child.read', neighbour, 'out_of_scope'],
    ['a partner never reads child records', actor(at(school, 'partner')), 'child.read', sameUnit, 'no_role'],
    ['an on-call worker sees the neighbour municipality of the cooperation', actor(at(onCall, 'on_call_worker')), 'organisation.read', neighbour, true],
    ['an on-call worker does not see outside the cooperation', actor(at(onCall, 'on_call_worker')), 'organisation.read', elsewhere, 'out_of_scope'],
    ['an on-call worker may break the glass in the cooperation', actor(at(onCall, 'on_call_worker')), 'emergency.open', neighbour, true],
    ['nobody may break the glass outside the cooperation', actor(at(onCall, 'on_call_worker')), 'emergency.open', elsewhere, 'out_of_scope'],
    ['a teacher may not break the glass', actor(at(school, 'staff')), 'emergency.open', sameUnit, 'no_role'],
    ['only a leader sees who accessed a record', actor(at(school, 'unit_leader')), 'audit.access_report', sameUnit, 'no_role'],
    ['a leader sees who accessed a record in the municipality', actor(at(school, 'leader')), 'audit.access_report', sameMunicipality, true],
    ['a person with no memberships may do nothing', actor(), 'organisation.read', sameUnit, 'no_role'],
    ['a teacher works on their own draft', actor(at(school, 'staff')), 'concern.draft', { ...sameUnit, ownerStaffId: 'me' }, true],
    ["a teacher may not open a colleague's draft at the same school", actor(at(school, 'staff')), 'concern.draft', { ...sameUnit, ownerStaffId: 'colleague' }, 'not_owner'],
    ["a network contact may not change a colleague's activity entry at a unit both serve", actor(at(school, 'network_contact')), 'activity.log', { ...sameUnit, ownerStaffId: 'colleague' }, 'not_owner'],
    ['owning a record gives no role: a partner still may not draft', actor(at(school, 'partner')), 'concern.draft', { ...sameUnit, ownerStaffId: 'me' }, 'no_role'],
  ])('%s', (_case, who, permission, resource, expected) => {
    const decision = decide(who, permission, resource);
    if (expected === true) expect(decision.allow).toBe(true);
    else expect(decision).toEqual({ allow: false, reason: expected });
  });

  it('names the membership that granted access, for the audit log', () => {
    const decision = decide(actor(at(school, 'staff'), at(onCall, 'intake_worker')), 'child.read', neighbour);
    expect(decision.allow).toBe(false);
    const granted = decide(actor(at(school, 'partner'), at(school, 'staff')), 'child.read', sameUnit);
    expect(granted).toMatchObject({ allow: true, reason: 'role:staff', membership: { role: 'staff', unitId: 'school-a' } });
  });

  it('holdsPermission tells whether a role holds it anywhere', () => {
    expect(holdsPermission(actor(at(school, 'staff')), 'child.read')).toBe(true);
    expect(holdsPermission(actor(at(school, 'staff')), 'emergency.review')).toBe(false);
  });
});
