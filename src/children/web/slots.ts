import { defineSlot } from '../../kernel/ui/slot.tsx';
import type { ChildRecord } from '../schema.ts';

/** Below the child's record: other capabilities' sections about the child (consents, chronology). */
export const childSections = defineSlot<{ record: ChildRecord }>();
