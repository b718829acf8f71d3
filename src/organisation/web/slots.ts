import { defineSlot } from '../../kernel/ui/slot.tsx';
import type { UnitKind } from '../schema.ts';

/** Under the unit's facts: short ways on to other capabilities' pages of the unit, which may depend on its kind. */
export const unitLinkSections = defineSlot<{ unitId: string; kind: UnitKind }>();

/** Below the unit's groups: other capabilities' sections about the unit. `enrols`: the unit keeps a register of children. */
export const unitSections = defineSlot<{ unitId: string; enrols: boolean }>();
