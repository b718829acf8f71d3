import { Alert, Fieldset, Heading, List, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guidance as GuidanceData } from '../schema.ts';
import { lawText } from './law-text.ts';

/**
 * The first step of the assistant: the duty's threshold in the municipality's country, what is
 * not a reason to wait, and — when the child is in danger now — whom to call instead of writing.
 */
export function Guidance({ guidance }: { guidance: GuidanceData }) {
  const { t } = useTranslation('concerns');
  const [acute, setAcute] = useState<'yes' | 'no' | null>(null);
  const source = guidance.dutySource;
  return (
    <section aria-labelledby="concern-whether" className="concern-guidance">
      <Heading level={2} data-size="md" id="concern-whether">
        {t('assistant.whether')}
      </Heading>
      <Paragraph>{lawText(t, guidance.thresholdKey)}</Paragraph>
      <Paragraph>{lawText(t, guidance.timingKey)}</Paragraph>
      <Paragraph data-size="sm">{t('assistant.source', { act: source.act, section: source.section ?? '' })}</Paragraph>
      <Heading level={3} data-size="xs">
        {t('assistant.notAReason')}
      </Heading>
      <List.Unordered>
        {guidance.notReasonsToWaitKeys.map((key) => (
          <List.Item key={key}>{lawText(t, key)}</List.Item>
        ))}
      </List.Unordered>
      <Fieldset>
        <Fieldset.Legend>{t('assistant.acuteQuestion')}</Fieldset.Legend>
        <Fieldset.Description>
          <List.Unordered>
            {guidance.acuteSignKeys.map((key) => (
              <List.Item key={key}>{lawText(t, key)}</List.Item>
            ))}
          </List.Unordered>
        </Fieldset.Description>
        <Radio name="acute" value="yes" label={t('assistant.acuteYes')} checked={acute === 'yes'} onChange={() => setAcute('yes')} />
        <Radio name="acute" value="no" label={t('assistant.acuteNo')} checked={acute === 'no'} onChange={() => setAcute('no')} />
      </Fieldset>
      <div aria-live="polite">
        {acute === 'yes' && (
          <Alert data-color="danger">
            <Heading level={3} data-size="xs">
              {t('assistant.acuteTitle')}
            </Heading>
            <Paragraph>{t('assistant.acuteText')}</Paragraph>
            <List.Unordered>
              {guidance.services.map((service) => (
                <List.Item key={`${service.kind} ${service.name}`}>
                  {t('assistant.phone', { name: service.name, phone: service.phone })}
                </List.Item>
              ))}
            </List.Unordered>
            {guidance.nationalNumbers.length > 0 && (
              <>
                <Paragraph>{t('assistant.nationalTitle')}</Paragraph>
                <List.Unordered>
                  {guidance.nationalNumbers.map((number) => (
                    <List.Item key={number.labelKey}>{t('assistant.phone', { name: lawText(t, number.labelKey), phone: number.phone })}</List.Item>
                  ))}
                </List.Unordered>
              </>
            )}
          </Alert>
        )}
      </div>
    </section>
  );
}
