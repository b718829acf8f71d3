import { defineSlot } from '../../kernel/ui/slot.tsx';

/** Under the unit's facts: short ways on to other capabilities' pages of the unit. */
export const unitLinkSections = defineSlot<{ unitId: string }>();

/** Below the unit's groups: other capabilities' sections about the unit. `enrols`: the unit keeps a register of children. */
export const unitSections = defineSlot<{ unitId: string; enrols: boolean }>();
