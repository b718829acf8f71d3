import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
import { conclusionKinds, type ConclusionKind } from '../domain/feedback.ts';
import { intakeReportSchema, type IntakeReport } from '../schema.ts';
import { api } from './paths.ts';

/**
 * Recording how the investigation ended and when. In Norway this starts the three weeks for
 * the second feedback to the public reporter, who is told the outcome from then on.
 */
export function ConcludeForm({ report, onDone }: { report: IntakeReport; onDone: (report: IntakeReport) => void }) {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<ConclusionKind | null>(null);
  const [date, setDate] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState('');
  const busy = useRef(false);
  const dateField = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    if (kind === null || date === '') {
      setInvalid(true);
      dateField.current?.focus();
      return;
    }
    busy.current = true;
    setFailure('');
    try {
      onDone(await sendJson('POST', api.conclusion(report.id), { version: report.version, kind, concludedOn: date }, intakeReportSchema));
    } catch (error) {
      setFailure(t('detail.failed', { reason: tc(errorMessageKey(error instanceof ApiRequestError ? error.code : 'unknown')) }));
    } finally {
      busy.current = false;
    }
  }

  return (
    <section aria-labelledby="concern-conclude">
      <Heading level={3} data-size="xs" id="concern-conclude">
        {t('detail.conclude')}
      </Heading>
      {report.country === 'NO' && <Paragraph data-size="sm">{t('detail.secondFeedbackHint')}</Paragraph>}
      <form noValidate onSubmit={(event) => void submit(event)} className="concern-decision">
        <Fieldset>
          <Fieldset.Legend>{t('detail.concludeLegend')}</Fieldset.Legend>
          {conclusionKinds.map((k) => (
            <Radio key={k} name="conclusion-kind" value={k} label={t(`conclusion.kind.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
          ))}
        </Fieldset>
        <Textfield
          ref={dateField}
          type="date"
          label={t('detail.concludedOn')}
          value={date}
          error={invalid ? t('detail.concludeMissing') : undefined}
          onChange={(event) => setDate(event.target.value)}
        />
        <div role="alert" className="form-failure">
          {failure && (
            <Alert data-color="danger">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit">{t('detail.concludeRecord')}</Button>
      </form>
    </section>
  );
}
