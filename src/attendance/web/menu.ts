/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';
import { guidelinePath } from './paths.ts';

export const attendanceMenu = {
  /** The school's absence (the import, the refused rows, the open flags), for its leader and staff while they act for it. */
  attendance: {
    to: (user) => {
      const unit = user.currentUnit;
      return unit?.kind === 'school' && (unit.role === 'unit_leader' || unit.role === 'staff') ? `/units/${unit.id}/attendance` : null;
    },
    label: 'nav.attendance',
    within: ['/attendance'],
  },
  /**
   * The municipality's guideline, in its administrator's menu (the server decides on the
   * municipality). The leader's menu is full at 1280 px; leaders reach it from the holidays page.
   */
  attendanceGuideline: { to: () => guidelinePath, label: 'nav.attendanceGuideline', within: [guidelinePath] },
} satisfies Record<string, MenuEntry>;
