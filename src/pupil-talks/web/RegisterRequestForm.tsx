import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import type { SessionUser } from '../../kernel/ui/session.tsx';
import { FREE_WHEN, pupilRequestSchema, requestCreatedSchema, TALK_TOPICS } from '../schema.ts';
import { api } from './paths.ts';

/** The request as the form holds it: a choice left at "not said" is the empty option. */
const registerFormSchema = pupilRequestSchema.pick({ firstName: true, classGroup: true }).extend({
  freeWhen: z.enum(['', ...FREE_WHEN]),
  about: z.enum(['', ...TALK_TOPICS]),
});
type RegisterForm = z.output<typeof registerFormSchema>;
const EMPTY: RegisterForm = { firstName: '', classGroup: '', freeWhen: '', about: '' };

/** A staff member registers a pupil's request for them: first name and class, the rest if the pupil said. */
export function RegisterRequestForm({ unit }: { unit: NonNullable<SessionUser['currentUnit']> }) {
  const { t } = useTranslation('pupilTalks');
  const [done, setDone] = useState(false);
  const form = useSchemaForm(registerFormSchema, EMPTY);
  const submit = useSubmit({
    send: async ({ freeWhen, about, ...pupil }: RegisterForm, idempotencyKey: string) => {
      await sendJson('POST', api.registerRequest(unit.id), { ...pupil, freeWhen: freeWhen || null, about: about || null, idempotencyKey }, requestCreatedSchema);
      setDone(true);
      form.reset(EMPTY);
    },
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
  });
  const { errors } = form.formState;

  return (
    <section aria-labelledby="register-heading" className="pupil-talks__section">
      <Heading level={2} data-size="md" id="register-heading">
        {t('register.heading')}
      </Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <form
        ref={submit.formRef}
        className="pupil-talks__form"
        onSubmit={(event) => {
          setDone(false);
          submit.handle(form)(event);
        }}
        noValidate
      >
        <Textfield
          {...form.register('firstName')}
          label={t('register.firstName')}
          autoComplete="off"
          maxLength={40}
          error={errors.firstName ? t('register.firstNameMissing') : undefined}
        />
        <Textfield
          {...form.register('classGroup')}
          label={t('register.classGroup')}
          autoComplete="off"
          maxLength={20}
          error={errors.classGroup ? t('register.classGroupMissing') : undefined}
        />
        <Field>
          <Label>{t('register.freeWhen')}</Label>
          <Select width="auto" {...form.register('freeWhen')}>
            <Select.Option value="">{t('notSaid')}</Select.Option>
            {FREE_WHEN.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`freeWhen.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('register.about')}</Label>
          <Select width="auto" {...form.register('about')}>
            <Select.Option value="">{t('notSaid')}</Select.Option>
            {TALK_TOPICS.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`topic.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {/* One status line for both outcomes, as the pupil's own form has. */}
        <div role="status" tabIndex={-1} ref={submit.alertRef}>
          {done && (
            <Alert data-color="success">
              <Paragraph>{t('register.done')}</Paragraph>
            </Alert>
          )}
          {submit.failure && (
            <Alert data-color="danger">
              <Paragraph>{submit.failure}</Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit">{t('register.submit')}</Button>
      </form>
    </section>
  );
}
