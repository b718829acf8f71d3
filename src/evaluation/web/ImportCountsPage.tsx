import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { RejectedRows } from '../../kernel/ui/RejectedRows.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { municipalityListSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { countsImportReportSchema, countsUploadSchema, type CountsImportReport } from '../import-counts-schema.ts';
import { api, evaluationPath } from './paths.ts';

/** What the form itself holds; the file's text is read when it is sent. */
const formSchema = countsUploadSchema.pick({ dryRun: true });

/** A leader imports counts from before Tidlig, so a pilot has a "before". */
export function ImportCountsPage() {
  const { t } = useTranslation('evaluationImport');
  usePageTitle(t('title'));
  const list = useApi(organisationApi.municipalities, municipalityListSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="lead">{t('intro')}</Paragraph>
      <Paragraph>{t('format')}</Paragraph>
      <pre className="evaluation-example">{'unit;month;outcome;count\nElvestad skole;2023-09;concern_reports;4\nElvestad skole;2023-09;consultations;11'}</pre>
      <Loaded state={list} loadingLabel={t('loading')}>
        {(data) => (data.municipalities[0] ? <ImportForm municipalityId={data.municipalities[0].id} /> : null)}
      </Loaded>
      <Paragraph>
        <RouterLink to={evaluationPath}>{t('back')}</RouterLink>
      </Paragraph>
    </>
  );
}

function ImportForm({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('evaluationImport');
  const number = useNumberFormat();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [report, setReport] = useState<CountsImportReport | null>(null);
  const form = useSchemaForm(formSchema, { dryRun: false });
  const upload = useSubmit({
    send: async (values: z.output<typeof formSchema>) => {
      const file = fileRef.current?.files?.[0];
      if (!file) {
        setFileError(t('missingFile'));
        return;
      }
      setFileError(undefined);
      const body = { ...values, source: file.name.slice(0, 200), content: await file.text() };
      setReport(await sendJson('POST', api.importedCounts(municipalityId), body, countsImportReportSchema));
    },
    ns: 'evaluationImport',
    failed: (reason) => t('failed', { reason }),
  });
  return (
    <>
      <form ref={upload.formRef} onSubmit={upload.handle(form)} noValidate className="evaluation-import">
        <Fieldset>
          <Fieldset.Legend className="ds-sr-only">{t('title')}</Fieldset.Legend>
          <Textfield ref={fileRef} type="file" accept=".csv,text/csv" label={t('file')} error={fileError} />
          <Checkbox {...form.register('dryRun')} label={t('dryRun')} />
        </Fieldset>
        <FormAlert submit={upload} />
        <Button type="submit" aria-disabled={upload.busy || undefined}>
          {t('send')}
        </Button>
      </form>
      <p role="status">
        {report && t(report.dryRun ? 'dryRunDone' : 'done', { rows: number(report.rowsRead), accepted: number(report.accepted), rejected: number(report.rejected.length) })}
      </p>
      {report && report.rejected.length > 0 && <RefusedRows rows={report.rejected} />}
    </>
  );
}

function RefusedRows({ rows }: { rows: CountsImportReport['rejected'] }) {
  const { t } = useTranslation('evaluationImport');
  return (
    <RejectedRows
      id="evaluation-rejected"
      heading={t('rejectedHeading')}
      level={2}
      labels={{ line: t('line'), reason: t('reason'), column: t('column') }}
      rows={rows.map((row) => ({ ...row, reason: t(`reasons.${row.reason}`) }))}
    />
  );
}
