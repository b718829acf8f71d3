/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const pupilTalksMenu = {
  pupilTalks: { to: () => '/pupil-talks', label: 'nav.pupilTalks', within: ['/pupil-talks'] },
} satisfies Record<string, MenuEntry>;
