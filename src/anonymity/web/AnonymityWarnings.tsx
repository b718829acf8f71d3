import { Alert, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CheckedText } from './IdentifyingFindings.tsx';
import { markSegments } from './identifying.ts';
import type { WarningConfirmation } from './use-warning-confirmation.ts';

const KINDS = ['singling_out', 'rare_trait', 'diagnosis', 'family_event'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/**
 * The guard's warnings: parts that name no one but may single out one child, each quoted with
 * why and marked in the text, and the box the writer ticks to say they checked. Used by every
 * form whose text must stay anonymous, beside IdentifyingFindings (the refusals).
 */
export function AnonymityWarnings({ confirmation, headingLevel = 2 }: { confirmation: WarningConfirmation; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('anonymity');
  const { warned, confirmed, setConfirmed, error } = confirmation;
  if (warned === null) return null;
  const kindLabel = (kind: string) => t(`warnings.kind.${isKnownKind(kind) ? kind : 'unknown'}`);
  return (
    <Alert data-color="warning" className="identifying">
      <Heading level={headingLevel} data-size="xs">
        {t('warnings.title')}
      </Heading>
      <Paragraph>{t('warnings.intro')}</Paragraph>
      {warned.texts.map(({ label, text, findings }: CheckedText, index) => (
        <div key={label ?? index} className="identifying__field">
          {label && (
            <Heading level={(headingLevel + 1) as 3 | 4} data-size="2xs">
              {label}
            </Heading>
          )}
          <ul>
            {findings.map((finding) => (
              <li key={`${finding.kind}-${finding.start}-${finding.end}`}>
                {t('warnings.finding', { text: text.slice(finding.start, finding.end), kind: kindLabel(finding.kind) })}
              </li>
            ))}
          </ul>
          <p className="purpose-preview" aria-label={label ? `${t('warnings.preview')}: ${label}` : t('warnings.preview')} role="group">
            {markSegments(text, findings).map((segment, i) =>
              segment.finding ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
            )}
          </p>
        </div>
      ))}
      <Checkbox
        label={t('warnings.confirm')}
        description={t('warnings.confirmHint')}
        checked={confirmed}
        error={error}
        onChange={(e) => setConfirmed(e.target.checked)}
      />
    </Alert>
  );
}
