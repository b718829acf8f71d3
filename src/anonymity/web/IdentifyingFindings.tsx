import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { markSegments, type Finding } from './identifying.ts';

/** One checked text and what the guard found in it; `label` names the field when a form has several. */
export interface CheckedText {
  label?: string;
  text: string;
  findings: Finding[];
}

/**
 * The anonymity guard's refusal, shown in the user's language: each identifying part quoted
 * with why, and the text with those parts marked. Used by every form whose text must stay
 * anonymous (booking purposes, anonymous and group consultations).
 */
export function IdentifyingFindings({ texts, headingLevel = 2 }: { texts: CheckedText[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('anonymity');
  const kindLabel = (kind: string) => t(`identifying.kind.${isKnownKind(kind) ? kind : 'unknown'}`);
  return (
    <Alert data-color="danger" className="identifying">
      <Heading level={headingLevel} data-size="xs">
        {t('identifying.title')}
      </Heading>
      <Paragraph>{t('identifying.intro')}</Paragraph>
      {texts.map(({ label, text, findings }, index) => (
        <div key={label ?? index} className="identifying__field">
          {label && (
            <Heading level={headingLevel + 1 as 3 | 4} data-size="2xs">
              {label}
            </Heading>
          )}
          <ul>
            {findings.map((finding) => (
              <li key={`${finding.start}-${finding.end}`}>
                {t('identifying.finding', { text: text.slice(finding.start, finding.end), kind: kindLabel(finding.kind) })}
              </li>
            ))}
          </ul>
          <p className="purpose-preview" aria-label={label ? `${t('identifying.preview')}: ${label}` : t('identifying.preview')} role="group">
            {markSegments(text, findings).map((segment, i) =>
              segment.finding ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
            )}
          </p>
        </div>
      ))}
    </Alert>
  );
}

const KINDS = ['national_id', 'd_number', 'cpr', 'birth_date', 'phone', 'email', 'name', 'address'] as const;
function isKnownKind(kind: string): kind is (typeof KINDS)[number] {
  return (KINDS as readonly string[]).includes(kind);
}
