import type { ChildSectionProps } from '../../children/web/index.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { ConsentSection } from './ConsentSection.tsx';

/** The consultation capability's part of the child page: the consents, for those who register them. */
export function ChildConsentSection({ record, revision, changed }: ChildSectionProps) {
  const mayManageConsent = useCan('consent.manage');
  if (record.emergency || !mayManageConsent) return null;
  return <ConsentSection record={record} revision={revision} onChange={changed} />;
}
