/** The menu's entries of this capability, fetched after login (the login page carries none). */
import { unitWhere, type MenuEntry } from '../../kernel/ui/menu.ts';

export const presenceMenu = {
  bookings: { to: () => '/bookings', label: 'nav.bookings', within: ['/bookings'] },
  book: {
    // One step to the booking page of the person's own school: its free times, each a link to the form.
    to: (user) => {
      const unit = unitWhere(user, ['staff', 'unit_leader']);
      return unit && `/units/${unit}/book`;
    },
    label: 'nav.book',
    within: [],
  },
  week: { to: () => '/presence/week', label: 'nav.week', within: ['/presence/week'] },
  presenceSettings: { to: () => '/presence/settings', label: 'nav.presenceSettings', within: ['/presence/settings'] },
} satisfies Record<string, MenuEntry>;
