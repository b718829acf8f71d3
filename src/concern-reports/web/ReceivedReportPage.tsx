import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { intakeReportSchema, type IntakeReport } from '../schema.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { Flags } from './IntakePage.tsx';
import { ConcludeForm } from './ConcludeForm.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { ExtensionForm } from './ExtensionForm.tsx';
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
        <DecisionForm report={report} onDone={setReport} />
      )}
      {report.extensionReason && <Paragraph>{t('detail.extension', { reason: report.extensionReason })}</Paragraph>}
      {report.conclusion && (
        <Paragraph>{t('detail.concluded', { date: format.date(report.conclusion.concludedOn), kind: t(`conclusion.kind.${report.conclusion.kind}`) })}</Paragraph>
      )}
      {investigating && !report.conclusion && <ConcludeForm report={report} onDone={setReport} />}
      {report.country === 'NO' && investigating && !report.extensionReason && <ExtensionForm report={report} onDone={setReport} />}

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
