/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const organisationMenu = {
  organisation: { to: () => '/organisation', label: 'nav.organisation', within: ['/organisation', '/units'] },
} satisfies Record<string, MenuEntry>;
