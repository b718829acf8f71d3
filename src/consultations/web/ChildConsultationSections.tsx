import { useRef, useState } from 'react';
import type { ChildRecord } from '../../children/schema.ts';
import { useCan } from '../../kernel/ui/session.tsx';
import { ChronologySection } from './ChronologySection.tsx';
import { ConsentSection } from './ConsentSection.tsx';

/**
 * The consultation capability's part of the child page: consents for those who register them,
 * the chronology for those who follow the child over time. A consent change reloads both.
 */
export function ChildConsultationSections({ record }: { record: ChildRecord }) {
  const mayManageConsent = useCan('consent.manage');
  const mayReadChronology = useCan('chronology.read');
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  if (record.emergency || (!mayManageConsent && !mayReadChronology)) return null;
  return (
    <>
      <p role="status" className="focus-target" tabIndex={-1} ref={status}>
        {message}
      </p>
      {mayManageConsent && (
        <ConsentSection
          record={record}
          revision={revision}
          onChange={(text) => {
            setMessage(text);
            setRevision((n) => n + 1);
            status.current?.focus();
          }}
        />
      )}
      {mayReadChronology && <ChronologySection key={revision} childId={record.id} />}
    </>
  );
}
