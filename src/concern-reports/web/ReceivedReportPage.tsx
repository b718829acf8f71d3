import { Alert, Button, Fieldset, Heading, Link, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { decisionKinds, type DecisionKind } from '../domain/feedback.ts';
import { intakeReportSchema, type IntakeReport } from '../schema.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { Flags } from './IntakePage.tsx';
import { ConcludeForm } from './ConcludeForm.tsx';
import { api } from './paths.ts';
import { ReportFacts } from './ReportFacts.tsx';

/** A received report as intake reads it: content, flags, the legal clock, and the decision and extension forms. */
export function ReceivedReportPage() {
  const { t } = useTranslation('concerns');
  const { reportId = '' } = useParams();
  const state = useApi(api.received(reportId), intakeReportSchema);
  return (
    <Loaded state={state} loadingLabel={t('detail.loading')}>
      {(data) => <Received initial={data} />}
    </Loaded>
  );
}

function Received({ initial }: { initial: IntakeReport }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  const [report, setReport] = useState(initial);
  const title = t('detail.title', { child: report.childName });
  usePageTitle(title);
  const investigating = report.decision?.kind === 'investigation_opened' || report.decision?.kind === 'acute_measure';
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Flags report={report} />
      <Paragraph>
        {t('detail.reporter')}: {report.reporter.name}, {report.reporter.unitName} · {format.dateTime(report.receivedAt)}
      </Paragraph>

      <Heading level={2} data-size="sm">
        {t('detail.deadlines')}
      </Heading>
      <ul className="concern-tags">
        {report.deadlines.map((deadline) => (
          <li key={deadline.kind}>
            <DeadlineTag deadline={deadline} />
          </li>
        ))}
      </ul>

      <ReportFacts report={report} />

      <Heading level={2} data-size="sm">
        {t('detail.decide')}
      </Heading>
      {report.decision ? (
        <Paragraph>
          {t('detail.decided', { kind: t(`decision.kind.${report.decision.kind}`), date: format.dateTime(report.decision.decidedAt), reason: report.decision.reason })}
        </Paragraph>
      ) : (
        <ReasonForm
          path={api.decision(report.id)}
          version={report.version}
          kinds={decisionKinds}
          submitLabel={t('detail.record')}
          reasonLabel={t('detail.reason')}
          onDone={setReport}
        />
      )}
      {report.extensionReason && <Paragraph>{t('detail.extension', { reason: report.extensionReason })}</Paragraph>}
      {report.conclusion && (
        <Paragraph>{t('detail.concluded', { date: format.date(report.conclusion.concludedOn), kind: t(`conclusion.kind.${report.conclusion.kind}`) })}</Paragraph>
      )}
      {investigating && !report.conclusion && <ConcludeForm report={report} onDone={setReport} />}
      {report.country === 'NO' && investigating && !report.extensionReason && (
        <section aria-labelledby="concern-extend">
          <Heading level={3} data-size="xs" id="concern-extend">
            {t('detail.extend')}
          </Heading>
          <ReasonForm path={api.extension(report.id)} version={report.version} submitLabel={t('detail.extendRecord')} reasonLabel={t('detail.extendReason')} onDone={setReport} />
        </section>
      )}

      <Heading level={2} data-size="sm">
        {t('detail.feedback')}
      </Heading>
      <Paragraph>
        {t('mine.received')}.{' '}
        {report.feedback.investigationOpened === null ? t('mine.awaiting') : report.feedback.investigationOpened ? t('mine.investigationOpened') : t('mine.notInvestigated')}
        {report.feedback.investigationConcluded && <> {t(`mine.concluded_${report.feedback.investigationConcluded}`)}</>}
      </Paragraph>
      {report.country === 'NO' && (
        <Paragraph>
          <Link href={api.fiks(report.id)} download={`bekymringsmelding-${report.id}.json`}>
            {t('detail.fiks')}
          </Link>
        </Paragraph>
      )}
    </>
  );
}

/** A reason, and for a decision its kind; sent once, and the page shows the answer. */
function ReasonForm({
  path,
  version,
  kinds,
  submitLabel,
  reasonLabel,
  onDone,
}: {
  path: string;
  version: number;
  kinds?: readonly DecisionKind[];
  submitLabel: string;
  reasonLabel: string;
  onDone: (report: IntakeReport) => void;
}) {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const busy = useRef(false);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    if (reason.trim() === '' || (kinds && kind === null)) {
      setInvalid(t('detail.reasonMissing'));
      field.current?.focus();
      return;
    }
    busy.current = true;
    setFailure('');
    try {
      onDone(await sendJson('POST', path, { version, reason, ...(kind ? { kind } : {}) }, intakeReportSchema));
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      setFailure(t('detail.failed', { reason: tc(errorMessageKey(code)) }));
    } finally {
      busy.current = false;
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="concern-decision">
      {kinds && (
        <Fieldset>
          <Fieldset.Legend>{t('detail.kindLegend')}</Fieldset.Legend>
          {kinds.map((k) => (
            <Radio key={k} name={`${path}-kind`} value={k} label={t(`decision.kind.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
          ))}
        </Fieldset>
      )}
      <Textfield ref={field} multiline rows={3} label={reasonLabel} value={reason} error={invalid ?? undefined} onChange={(event) => setReason(event.target.value)} />
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{submitLabel}</Button>
    </form>
  );
}
