import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { markSegments, type Finding } from '../../presence/web/book-request.ts';

const KINDS = ['national_id', 'd_number', 'cpr', 'phone', 'email', 'name', 'address'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/**
 * Why an anonymous case was refused, the way the booking form shows an identifying purpose:
 * each finding with its kind, and the text with exactly those spans marked. The spans come
 * from the server; the text is the one the person sent, never echoed back by the server.
 */
export function IdentifyingFindings({ text, findings }: { text: string; findings: Finding[] }) {
  const { t } = useTranslation('teams');
  const kindLabel = (kind: string) => t(`identifying.kind.${isKnownKind(kind) ? kind : 'unknown'}`);
  return (
    <Alert data-color="danger" className="identifying">
      <Heading level={3} data-size="xs">
        {t('identifying.title')}
      </Heading>
      <Paragraph>{t('identifying.intro')}</Paragraph>
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.start}-${finding.end}`}>
            {t('identifying.finding', { text: text.slice(finding.start, finding.end), kind: kindLabel(finding.kind) })}
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
