import { Button, Field, Heading, Label, Paragraph, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useUser } from '../../kernel/ui/session.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { addDays } from '../../time/dates.ts';
import { attendanceCaseSchema, type AttendanceCase, type CasePeople, type CaseStep } from '../case-schema.ts';
import { STEP_KINDS } from '../domain/case-rules.ts';
import { fieldIssues, stepFormSchema, type StepForm } from './case-forms.ts';
import { api } from './paths.ts';

interface Props {
  current: AttendanceCase;
  /** Who may own a step: the school's staff; null until they are in (the one adding it owns it meanwhile). */
  owners: CasePeople['owners'] | null;
  onChanged: (next: AttendanceCase) => void;
}

/** The steps planned in the case, by due date, each done or to be marked done; and a form for a new one while the case is open. */
export function CaseSteps({ current, owners, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const open = current.closedAt === null;
  return (
    <section aria-labelledby="case-steps">
      <Heading level={2} data-size="sm" id="case-steps">
        {t('steps.heading')}
      </Heading>
      {current.steps.length === 0 ? (
        <Paragraph>{t('steps.none')}</Paragraph>
      ) : (
        <ul className="attendance-case-list">
          {current.steps.map((step) => (
            <StepItem key={step.id} step={step} current={current} onChanged={open ? onChanged : undefined} />
          ))}
        </ul>
      )}
      {open && <AddStepForm current={current} owners={owners} onChanged={onChanged} />}
    </section>
  );
}

function StepItem({ step, current, onChanged }: { step: CaseStep; current: AttendanceCase; onChanged?: (next: AttendanceCase) => void }) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  const done = useSubmit({
    send: async () => onChanged?.(await sendJson('POST', api.stepDone(current.id, step.id), { version: current.version }, attendanceCaseSchema)),
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
  });
  const when = [t('steps.due', { date: format.date(step.dueOn) }), step.reviewOn ? t('steps.review', { date: format.date(step.reviewOn) }) : null].filter(Boolean).join(', ');
  return (
    <li>
      <Paragraph>
        <strong>{t(`kind.${step.kind}`)}</strong>: {step.what}
      </Paragraph>
      <Paragraph data-size="sm">
        {when}
        {step.owner ? ` · ${t('steps.owner', { name: step.owner.name })}` : ''}
      </Paragraph>
      {step.done ? (
        <Tag data-color="success" data-size="sm">
          {t('steps.done')}
        </Tag>
      ) : (
        onChanged && (
          <form ref={done.formRef} onSubmit={done.handle()}>
            <FormAlert submit={done} />
            <Button type="submit" data-size="sm" variant="secondary" aria-disabled={done.busy || undefined} aria-label={`${t('steps.markDone')}: ${t(`kind.${step.kind}`)}`}>
              {t('steps.markDone')}
            </Button>
          </form>
        )
      )}
    </li>
  );
}

function AddStepForm({ current, owners, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  // The one adding the step owns it unless another of the school's staff is chosen.
  const me = useUser()?.id;
  const fresh = (): StepForm => ({ kind: current.returnPlanRequired ? 'return_plan' : 'call_home', what: '', ownerId: me, dueOn: addDays(current.today, 7), reviewOn: '' });
  const form = useSchemaForm(stepFormSchema, fresh());
  const submit = useSubmit({
    send: async (values: StepForm, idempotencyKey: string) => {
      const request = { ...values, reviewOn: values.reviewOn === '' ? null : values.reviewOn, version: current.version, idempotencyKey };
      onChanged(await sendJson('POST', api.steps(current.id), request, attendanceCaseSchema));
      form.reset(fresh());
    },
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const marked = fieldIssues(error.body).filter(({ field }) => field === 'ownerId' || field === 'dueOn' || field === 'reviewOn');
      for (const { field, code } of marked) form.setError(field as 'dueOn', { type: 'server', message: t(`issue.${code}` as 'issue.range_reversed') });
      return marked.length > 0 || undefined;
    },
  });
  const { errors } = form.formState;
  const fieldError = (name: keyof StepForm, missing?: string) => {
    const error = errors[name];
    if (!error) return undefined;
    if (error.type === 'server') return error.message;
    return missing && error.message === 'text_too_short' ? missing : submit.errorText(error.message ?? 'unknown');
  };
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate aria-labelledby="case-step-form" className="attendance-case-form">
      <Heading level={3} data-size="xs" id="case-step-form">
        {t('steps.addHeading')}
      </Heading>
      <Field>
        <Label>{t('steps.kind')}</Label>
        <Select width="auto" {...form.register('kind')}>
          {STEP_KINDS.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield {...form.register('what')} label={t('steps.what')} autoComplete="off" error={fieldError('what', t('steps.missingWhat'))} />
      {owners && owners.length > 0 && (
        <Field>
          <Label>{t('steps.ownerLabel')}</Label>
          <Select width="auto" {...form.register('ownerId')} aria-invalid={errors.ownerId ? true : undefined}>
            {owners.map((person) => (
              <Select.Option key={person.id} value={person.id}>
                {person.name}
              </Select.Option>
            ))}
          </Select>
          {errors.ownerId && <ValidationMessage>{fieldError('ownerId')}</ValidationMessage>}
        </Field>
      )}
      <div className="attendance-case-dates">
        <Textfield {...form.register('dueOn')} type="date" label={t('steps.dueOn')} error={fieldError('dueOn')} />
        <Textfield {...form.register('reviewOn')} type="date" label={t('steps.reviewOn')} error={fieldError('reviewOn')} />
      </div>
      <FormAlert submit={submit} />
      <Button type="submit" aria-disabled={submit.busy || undefined}>
        {t('steps.add')}
      </Button>
    </form>
  );
}
