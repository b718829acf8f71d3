import { defineSlot } from '../../kernel/ui/slot.tsx';
import type { Consultation } from '../schema.ts';

/** Next steps other capabilities offer from a consultation (a concern report from it). */
export const consultationNextSteps = defineSlot<{ consultation: Consultation }>();
