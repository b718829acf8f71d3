import { Button, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { namesApart } from '../../kernel/ui/names-apart.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { actionPointRequestSchema, actionPointSchema, type ActionPoint, type MeetingDetail } from '../schema.ts';
import { api } from './paths.ts';
import { teamRefusal } from './team-issues.ts';

/** What the form holds: the request without its key, checked by the server's own rules. */
const actionFormSchema = actionPointRequestSchema.omit({ idempotencyKey: true });
type ActionForm = z.output<typeof actionFormSchema>;

/** Adding an action point: what, who in the team owns it, and by when. */
export function ActionPointForm({ detail, onAdded }: { detail: MeetingDetail; onAdded: (point: ActionPoint) => void }) {
  const { t } = useTranslation('teams');
  const counter = useCounter();
  const owners = [...new Map(detail.members.map((m) => [m.staff.id, m.staff])).values()];
  const rolesOf = (staffId: string) =>
    detail.members
      .filter((m) => m.staff.id === staffId)
      .map((m) => t(`role.${m.roleInTeam}`))
      .join(', ');
  const ownerNames = namesApart(owners, (person) => rolesOf(person.id));
  const form = useSchemaForm(actionFormSchema, { text: '', ownerStaffId: owners[0]?.id ?? '', due: '' });
  const [status, setStatus] = useState('');
  const add = useSubmit({
    send: async (point: ActionForm, idempotencyKey: string) => {
      onAdded(await sendJson('POST', api.actionPoints(detail.unitId, detail.meeting.id), { ...point, idempotencyKey }, actionPointSchema));
      form.reset({ text: '', ownerStaffId: point.ownerStaffId, due: '' });
      setStatus(t('actionForm.added'));
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => {
      const refusal = teamRefusal(error.code, error.body, t, errorText);
      if (refusal.fields.text) form.setError('text', { type: 'server', message: refusal.fields.text });
      if (refusal.fields.due) form.setError('due', { type: 'server', message: refusal.fields.due });
      // The owner is chosen from a list: what is wrong with it is said in the alert.
      return refusal.fields.ownerStaffId ?? refusal.message;
    },
  });
  const { errors } = form.formState;
  const textError =
    errors.text && (errors.text.type === 'too_small' ? t('actionForm.missingText') : errors.text.type === 'server' ? errors.text.message : add.errorText(errors.text.message ?? 'unknown'));
  const dueError =
    errors.due && (errors.due.type === 'server' ? errors.due.message : form.getValues('due') === '' ? t('actionForm.missingDue') : add.errorText(errors.due.message ?? 'unknown'));

  return (
    <form
      ref={add.formRef}
      className="team-form"
      onSubmit={(event) => {
        setStatus('');
        add.handle(form)(event);
      }}
      noValidate
    >
      <Fieldset>
        <Fieldset.Legend>{t('actionForm.legend')}</Fieldset.Legend>
        <Textfield
          {...form.register('text')}
          label={t('actionForm.text')}
          autoComplete="off"
          counter={counter(actionPointRequestSchema.shape.text)}
          error={textError}
        />
        <div className="team-fields">
          <Field>
            <Label>{t('actionForm.owner')}</Label>
            <Select width="auto" {...form.register('ownerStaffId')}>
              {owners.map((person, i) => (
                <Select.Option key={person.id} value={person.id}>
                  {ownerNames[i]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield {...form.register('due')} label={t('actionForm.due')} type="date" error={dueError} />
        </div>
      </Fieldset>
      <FormAlert submit={add} />
      <p role="status" className="team-status">
        {status}
      </p>
      <Button type="submit">{t('actionForm.submit')}</Button>
    </form>
  );
}
