import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { RejectedRows } from '../../kernel/ui/RejectedRows.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { importReportSchema, sourceNameSchema, type ImportReportBody } from '../schema.ts';
import { api } from './paths.ts';

const importFormSchema = z.object({ source: sourceNameSchema, dryRun: z.boolean() });
type ImportForm = z.output<typeof importFormSchema>;

/**
 * Uploading the school's absence file: the browser reads the chosen CSV and sends its text; the
 * server reads it row by row through the saved mapping. The report names every refused row.
 */
export function ImportSection({ unitId, onImported }: { unitId: string; onImported: () => void }) {
  const { t } = useTranslation('attendance');
  const number = useNumberFormat();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
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
      const started = performance.now();
      const report = await sendJson('POST', api.imports(unitId), { ...values, content: await file.text() }, importReportSchema);
      setResult({ report, seconds: (performance.now() - started) / 1000 });
      if (!report.dryRun) onImported();
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
          <Textfield ref={fileRef} type="file" accept=".csv,text/csv" label={t('import.file')} error={fileError} />
          <Checkbox {...form.register('dryRun')} label={t('import.dryRun')} />
        </Fieldset>
        <FormAlert submit={upload} />
        <Button type="submit" aria-disabled={upload.busy || undefined}>
          {t('import.send')}
        </Button>
      </form>
      <p role="status">
        {report &&
          t(report.dryRun ? 'import.dryRunDone' : 'import.done', {
            accepted: number(report.accepted),
            changed: number(report.changed),
            rejected: number(report.rejected.length),
            perSecond: number(Math.round(report.rowsRead / Math.max(result.seconds, 0.001))),
          })}
      </p>
      {report && report.rejected.length > 0 && <RefusedRows rows={report.rejected} />}
    </section>
  );
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
