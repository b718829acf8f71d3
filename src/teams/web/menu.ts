/** The menu's entries of this capability, fetched after login (the login page carries none). */
import { unitWhere, type MenuEntry } from '../../kernel/ui/menu.ts';

export const teamsMenu = {
  team: {
    to: (user) => {
      const unit = unitWhere(user, ['unit_leader']);
      return unit && `/units/${unit}/team`;
    },
    label: 'nav.team',
    within: [],
  },
  teams: { to: () => '/teams', label: 'nav.teams', within: ['/teams'] },
} satisfies Record<string, MenuEntry>;
