import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { markSegments, type Finding } from '../../presence/web/book-request.ts';

const KINDS = ['national_id', 'd_number', 'cpr', 'phone', 'email', 'name', 'address'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/** What the anonymity guard found in a note: each finding named, and the note with the findings highlighted. */
export function IdentifyingNote({ text, findings }: { text: string; findings: Finding[] }) {
  const { t } = useTranslation('pupilTalks');
  return (
    <Alert data-color="danger" className="identifying">
      <Heading level={2} data-size="xs">
        {t('identifying.title')}
      </Heading>
      <Paragraph>{t('identifying.intro')}</Paragraph>
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.start}-${finding.end}`}>
            {t('identifying.finding', {
              text: text.slice(finding.start, finding.end),
              kind: t(`identifying.kind.${isKnownKind(finding.kind) ? finding.kind : 'unknown'}`),
            })}
          </li>
        ))}
      </ul>
      <p className="purpose-preview" aria-label={t('identifying.preview')} role="group">
        {markSegments(text, findings).map((segment, index) =>
          segment.finding ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
        )}
      </p>
    </Alert>
  );
}
