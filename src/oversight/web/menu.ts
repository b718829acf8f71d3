/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const oversightMenu = {
  emergencyReview: { to: () => '/oversight/emergency-access', label: 'nav.emergencyReview', within: ['/oversight'] },
} satisfies Record<string, MenuEntry>;
