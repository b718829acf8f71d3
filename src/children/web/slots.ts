import { defineSlot } from '../../kernel/ui/slot.tsx';
import type { ChildRecord } from '../schema.ts';

/** What the child page gives each section below the record. */
export interface ChildSectionProps {
  record: ChildRecord;
  /** Bumped when a section changed something the others may show (a consent): they load again. */
  revision: number;
  /** A section changed something: the page says `message` in its status line and bumps the revision. */
  changed(message: string): void;
}

/** Below the child's record: other capabilities' sections about the child (consents, chronology). */
export const childSections = defineSlot<ChildSectionProps>();
