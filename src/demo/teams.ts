/**
 * Seats a cross-sector team at the school of each municipality's demo unit leader, so the team
 * page shows a team from the first login: the leader, a family centre partner (from the
 * school's district when there is one), the network contact who serves the school, and a PPT
 * partner. Reads rows already generated and draws no random numbers, so nothing else changes.
 */
import type { DemoData } from './data.ts';
import { demoEmail } from './logins.ts';
import type { BuiltMunicipality } from './organisation.ts';

export function seatDemoTeam(data: DemoData, built: BuiltMunicipality): void {
  const leader = data.staff.find((s) => s.email === demoEmail('unit_leader', built.spec.key));
  const school = built.childUnits[0];
  if (!leader || !school) return;
  const units = new Map(data.unit.map((u) => [u.id, u]));
  const inUnitOf = (kind: string, role: string) =>
    data.membership.filter((m) => m.role === role && units.get(m.unit_id)?.kind === kind && units.get(m.unit_id)?.municipality_id === built.id);
  const familyCentre = inUnitOf('family_centre', 'partner');
  const partner = familyCentre.find((m) => units.get(m.unit_id)?.district_id === school.district_id) ?? familyCentre[0];
  const contact = data.membership.find((m) => m.role === 'network_contact' && m.unit_id === school.id);
  const ppt = inUnitOf('ppt', 'partner')[0];
  data.team_member.push(
    { unit_id: school.id, staff_id: leader.id, role_in_team: 'leader' },
    ...(partner ? [{ unit_id: school.id, staff_id: partner.staff_id, role_in_team: 'family_centre' as const }] : []),
    ...(contact ? [{ unit_id: school.id, staff_id: contact.staff_id, role_in_team: 'child_welfare' as const }] : []),
    ...(ppt ? [{ unit_id: school.id, staff_id: ppt.staff_id, role_in_team: 'ppt' as const }] : []),
  );
}
