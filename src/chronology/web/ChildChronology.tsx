import type { ChildSectionProps } from '../../children/web/index.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { ChronologySection } from './ChronologySection.tsx';

/** The chronology on the child page, for those who follow the child over time; loaded anew on every change the page reports. */
export function ChildChronology({ record, revision }: ChildSectionProps) {
  const mayReadChronology = useCan('chronology.read');
  if (record.emergency || !mayReadChronology) return null;
  return <ChronologySection key={revision} childId={record.id} />;
}
