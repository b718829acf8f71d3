/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const calendarMenu = {
  calendar: { to: () => '/calendar', label: 'nav.calendar', within: ['/calendar'] },
} satisfies Record<string, MenuEntry>;
