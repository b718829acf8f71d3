import { Button, Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { attendanceCaseSchema, type AttendanceCase, type CasePeople } from '../case-schema.ts';
import { coordinatorFormSchema, fieldIssues, type CoordinatorForm } from './case-forms.ts';
import { api } from './paths.ts';

interface Props {
  current: AttendanceCase;
  /** The school's leaders, who may coordinate the case. */
  coordinators: CasePeople['coordinators'];
  onChanged: (next: AttendanceCase) => void;
}

/**
 * Handing the case to another coordinator: the school's other leaders. The page keys it on the
 * coordinator, so after a handover the choice starts again from the new one's colleagues.
 */
export function CaseCoordinator({ current, coordinators, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const others = coordinators.filter((person) => person.id !== current.coordinator?.id);
  const form = useSchemaForm(coordinatorFormSchema, { coordinatorId: others[0]?.id ?? '' });
  const submit = useSubmit({
    send: async (values: CoordinatorForm) => onChanged(await sendJson('PUT', api.coordinator(current.id), { ...values, version: current.version }, attendanceCaseSchema)),
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const marked = fieldIssues(error.body).filter(({ field }) => field === 'coordinatorId');
      for (const { code } of marked) form.setError('coordinatorId', { type: 'server', message: t(`issue.${code}` as 'issue.not_a_coordinator') });
      return marked.length > 0 || undefined;
    },
  });
  if (others.length === 0) return null;
  const error = form.formState.errors.coordinatorId;
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="attendance-case-form">
      <Field>
        <Label>{t('handOver.label')}</Label>
        <Select width="auto" {...form.register('coordinatorId')} aria-invalid={error ? true : undefined}>
          {others.map((person) => (
            <Select.Option key={person.id} value={person.id}>
              {person.name}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error.type === 'server' ? error.message : submit.errorText(error.message ?? 'unknown')}</ValidationMessage>}
      </Field>
      <FormAlert submit={submit} />
      <Button type="submit" variant="secondary" data-size="sm" aria-disabled={submit.busy || undefined}>
        {t('handOver.send')}
      </Button>
    </form>
  );
}
