import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { attendanceCaseSchema, type AttendanceCase } from '../case-schema.ts';
import { fieldIssues, hearingFormSchema, type HearingForm } from './case-forms.ts';
import { api } from './paths.ts';

interface Props {
  current: AttendanceCase;
  onChanged: (next: AttendanceCase) => void;
}

/**
 * Denmark: the municipality hears the parents, and the pupil from 12, before it may stop child
 * benefit. The coordinator notes the days as the municipality tells the school; empty is not yet.
 */
export function CaseHearing({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  const { hearing } = current;
  const status = (day: string | null) => (day ? t('hearing.heardOn', { date: format.date(day) }) : t('hearing.notYet'));
  return (
    <section aria-labelledby="case-hearing">
      <Heading level={2} data-size="sm" id="case-hearing">
        {t('hearing.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('hearing.intro')}</Paragraph>
      <ul className="attendance-case-list">
        <li>
          {t('hearing.parents')}: {status(hearing.parentsHeardOn)}
        </li>
        <li>{hearing.pupilToBeHeard ? `${t('hearing.pupil', { age: hearing.pupilAge })}: ${status(hearing.pupilHeardOn)}` : t('hearing.pupilYoung', { age: hearing.pupilAge })}</li>
      </ul>
      {current.closedAt === null && <HearingFormView current={current} onChanged={onChanged} />}
    </section>
  );
}

function HearingFormView({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const { hearing } = current;
  const form = useSchemaForm(hearingFormSchema, { parentsHeardOn: hearing.parentsHeardOn ?? '', pupilHeardOn: hearing.pupilHeardOn ?? '' });
  const submit = useSubmit({
    send: async (values: HearingForm) => {
      const body = { version: current.version, parentsHeardOn: values.parentsHeardOn || null, pupilHeardOn: hearing.pupilToBeHeard ? values.pupilHeardOn || null : null };
      onChanged(await sendJson('POST', api.hearing(current.id), body, attendanceCaseSchema));
    },
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const marked = fieldIssues(error.body).filter(({ field }) => field === 'parentsHeardOn' || field === 'pupilHeardOn');
      for (const { field, code } of marked) form.setError(field as keyof HearingForm, { type: 'server', message: t(`issue.${code}` as 'issue.in_future') });
      return marked.length > 0 || undefined;
    },
  });
  const { errors } = form.formState;
  const fieldError = (name: keyof HearingForm) => {
    const error = errors[name];
    if (!error) return undefined;
    return error.type === 'server' ? error.message : submit.errorText(error.message ?? 'unknown');
  };
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="attendance-case-form">
      <Textfield {...form.register('parentsHeardOn')} type="date" label={t('hearing.parentsLabel')} error={fieldError('parentsHeardOn')} />
      {hearing.pupilToBeHeard && <Textfield {...form.register('pupilHeardOn')} type="date" label={t('hearing.pupilLabel')} error={fieldError('pupilHeardOn')} />}
      <FormAlert submit={submit} />
      <Button type="submit" variant="secondary" aria-disabled={submit.busy || undefined}>
        {t('hearing.save')}
      </Button>
    </form>
  );
}
