import { Button, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { talkSchema, withholdRequestSchema, type Talk } from '../schema.ts';
import { ChildSelect, type Child } from './ChildSelect.tsx';
import { api } from './paths.ts';

/** What the form holds: the request without the version, which comes from the talk read. */
const withholdFormSchema = withholdRequestSchema.omit({ version: true });
type WithholdForm = z.output<typeof withholdFormSchema>;

/** Not telling the parents, because it could put the child at risk: the reason, and the case goes to intake. */
export function WithholdForm({ talk, register, onSaved }: { talk: Talk; register: Child[]; onSaved: (talk: Talk) => void }) {
  const { t } = useTranslation('pupilTalks');
  const counter = useCounter();
  const form = useSchemaForm(withholdFormSchema, { childId: talk.child?.id ?? '', reason: '' });
  const submit = useSubmit({
    send: async (withhold: WithholdForm) => onSaved(await sendJson('POST', api.withhold(talk.id), { version: talk.version, ...withhold }, talkSchema)),
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
  });
  const { errors } = form.formState;
  // An empty reason has its own sentence; a reason over the limit says the limit.
  const reasonError = errors.reason && (errors.reason.type === 'too_small' ? t('talk.withhold.reasonMissing') : submit.errorText(errors.reason.message ?? 'unknown'));

  return (
    <Details className="pupil-talks__withhold">
      <Details.Summary>{t('talk.withhold.heading')}</Details.Summary>
      <Details.Content>
        <form ref={submit.formRef} className="pupil-talks__form" onSubmit={submit.handle(form)} noValidate>
          <Paragraph>{t('talk.withhold.intro')}</Paragraph>
          <ChildSelect register={register} value={form.watch('childId')} onChange={(id) => form.setValue('childId', id)} missing={!!errors.childId} />
          <Textfield
            {...form.register('reason')}
            multiline
            rows={4}
            label={t('talk.withhold.reason')}
            counter={counter(withholdRequestSchema.shape.reason)}
            error={reasonError}
          />
          <FormAlert submit={submit} />
          <Button type="submit" data-color="danger">
            {t('talk.withhold.submit')}
          </Button>
        </form>
      </Details.Content>
    </Details>
  );
}
