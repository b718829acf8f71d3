import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiRequestError } from '../../kernel/ui/api.ts';
import { uploadWithProgress } from '../../kernel/ui/upload.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { RejectedRows } from '../../kernel/ui/RejectedRows.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { formatOf } from '../domain/file-format.ts';
import { importAnswerLineSchema, sourceNameSchema, type ImportReportBody } from '../schema.ts';
import { api } from './paths.ts';

const importFormSchema = z.object({ source: sourceNameSchema, dryRun: z.boolean() });
type ImportForm = z.output<typeof importFormSchema>;

interface Progress {
  bytesRead: number;
  size: number;
  rowsRead: number;
  seconds: number;
}

/**
 * Uploading the school's absence file: the browser sends the file as it is (CSV or XLSX); the
 * server reads it row by row through the saved mapping and answers its progress as it goes,
 * shown as a bar of the file read with the rows per second. The report names every refused row.
 */
export function ImportSection({ unitId, onImported }: { unitId: string; onImported: () => void }) {
  const { t } = useTranslation('attendance');
  const number = useNumberFormat();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ report: ImportReportBody; seconds: number } | null>(null);
  const form = useSchemaForm(importFormSchema, { source: 'visma', dryRun: false });
  const upload = useSubmit({
    send: async (values: ImportForm) => {
      const file = fileRef.current?.files?.[0];
      if (!file) {
        setFileError(t('import.missingFile'));
        return;
      }
      setFileError(undefined);
      setResult(null);
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      setProgress({ bytesRead: 0, size: file.size, rowsRead: 0, seconds: 0 });
      try {
        await uploadWithProgress(api.imports(unitId, { ...values, format: formatOf(file.name) }), file, importAnswerLineSchema, (line) => {
          if ('progress' in line) setProgress({ ...line.progress, size: file.size, seconds: seconds() });
          else if ('error' in line) throw new ApiRequestError(line.error.code);
          else {
            setResult({ report: line.result, seconds: seconds() });
            if (!line.result.dryRun) onImported();
          }
        });
      } finally {
        setProgress(null);
      }
    },
    ns: 'attendance',
    failed: (reason) => t('import.failed', { reason }),
  });
  const report = result?.report;
  return (
    <section aria-labelledby="attendance-import">
      <Heading level={2} data-size="sm" id="attendance-import">
        {t('import.heading')}
      </Heading>
      <Paragraph>{t('import.intro')}</Paragraph>
      <form ref={upload.formRef} onSubmit={upload.handle(form)} noValidate className="attendance-form">
        <Fieldset>
          <Fieldset.Legend className="ds-sr-only">{t('import.heading')}</Fieldset.Legend>
          <Textfield {...form.register('source')} label={t('import.source')} autoComplete="off" />
          <Textfield ref={fileRef} type="file" accept={ACCEPTED} label={t('import.file')} error={fileError} />
          <Checkbox {...form.register('dryRun')} label={t('import.dryRun')} />
        </Fieldset>
        <FormAlert submit={upload} />
        <Button type="submit" aria-disabled={upload.busy || undefined}>
          {t('import.send')}
        </Button>
      </form>
      {progress && (
        <div className="attendance-progress">
          <label htmlFor="attendance-import-progress">{t('import.progressLabel')}</label>
          <progress id="attendance-import-progress" max={Math.max(progress.size, 1)} value={progress.bytesRead} />
        </div>
      )}
      <p role="status">
        {progress && t('import.progress', { rows: number(progress.rowsRead), perSecond: number(perSecond(progress.rowsRead, progress.seconds)) })}
        {report &&
          t(report.dryRun ? 'import.dryRunDone' : 'import.done', {
            accepted: number(report.accepted),
            changed: number(report.changed),
            rejected: number(report.rejected.length),
            perSecond: number(perSecond(report.rowsRead, result.seconds)),
          })}
      </p>
      {report && report.rejected.length > 0 && <RefusedRows rows={report.rejected} />}
    </section>
  );
}

const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function perSecond(rows: number, seconds: number): number {
  return Math.round(rows / Math.max(seconds, 0.001));
}

function RefusedRows({ rows }: { rows: ImportReportBody['rejected'] }) {
  const { t } = useTranslation('attendance');
  return (
    <RejectedRows
      id="attendance-rejected"
      heading={t('import.rejectedHeading')}
      level={3}
      labels={{ line: t('import.line'), reason: t('import.reason'), column: t('import.column') }}
      rows={rows.map((row) => ({ ...row, reason: t(`reason.${row.reason}`) }))}
    />
  );
}
