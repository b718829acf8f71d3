/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';
import { activityPath } from './paths.ts';

export const activityMenu = {
  /** The network contact's own log of what they did at the units they serve. */
  activity: { to: () => activityPath, label: 'nav.activity', within: [activityPath] },
} satisfies Record<string, MenuEntry>;
