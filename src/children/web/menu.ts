/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const childrenMenu = {
  findChild: { to: () => '/children/find', label: 'nav.findChild', within: ['/children'] },
} satisfies Record<string, MenuEntry>;
