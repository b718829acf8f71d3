/** The menu's entries of this capability, fetched after login (the login page carries none). */
import { unitWhere, type MenuEntry } from '../../kernel/ui/menu.ts';

export const onCallMenu = {
  /** The on-call worker's log, at the service or evening team they work for. */
  onCall: {
    to: (user) => {
      const unit = unitWhere(user, ['on_call_worker']);
      return unit && `/units/${unit}/on-call`;
    },
    label: 'nav.onCall',
    within: ['/on-call/'],
  },
  /** Intake's morning handover, for the municipality of the unit they work at. */
  handover: {
    to: (user) => {
      const unit = unitWhere(user, ['intake_worker', 'leader']);
      return unit && `/units/${unit}/on-call/handover`;
    },
    label: 'nav.handover',
    within: [],
  },
} satisfies Record<string, MenuEntry>;
