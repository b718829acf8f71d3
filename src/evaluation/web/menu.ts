/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const evaluationMenu = {
  evaluation: { to: () => '/evaluation', label: 'nav.evaluation', within: ['/evaluation'] },
} satisfies Record<string, MenuEntry>;
