/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';
import type { SessionUser } from '../../kernel/ui/session.tsx';

export const consultationsMenu = {
  consultations: {
    to: (user) => {
      const unit = consultationUnit(user);
      return unit && `/units/${unit}/consultations`;
    },
    label: 'nav.consultations',
    within: [],
  },
} satisfies Record<string, MenuEntry>;

/**
 * The network contact's consultations: at the unit they act for when it is one of theirs
 * outside child welfare (where they are employed), else at the first school or kindergarten.
 */
function consultationUnit(user: SessionUser): string | null {
  const units = user.memberships.filter((m) => m.role === 'network_contact' || m.role === 'unit_leader');
  if (user.currentUnit && user.currentUnit.kind !== 'child_welfare' && units.some((m) => m.unitId === user.currentUnit?.id)) {
    return user.currentUnit.id;
  }
  return (units.find((m) => m.unitId !== user.currentUnit?.id) ?? units[0])?.unitId ?? null;
}
