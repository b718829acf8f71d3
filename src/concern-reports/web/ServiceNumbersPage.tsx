import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { serviceNumbersSchema, type ServiceNumbers } from '../schema.ts';
import { api } from './paths.ts';

/** The administrator's page for the municipality's child welfare and on-call numbers, which the acute advice gives. */
export function ServiceNumbersPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('serviceNumbers.title'));
  const state = useApi(api.serviceNumbers, serviceNumbersSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('serviceNumbers.title')}
      </Heading>
      <Paragraph>{t('serviceNumbers.intro')}</Paragraph>
      <Loaded state={state} loadingLabel={t('serviceNumbers.loading')}>
        {(data) => <NumbersForm initial={data} />}
      </Loaded>
    </>
  );
}

/** A number as typed: left empty, the municipality has none of its own (the national ones are given). */
const typedNumber = (schema: typeof serviceNumbersSchema.shape.childWelfarePhone) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(schema);
const numbersFormSchema = z.object({
  childWelfarePhone: typedNumber(serviceNumbersSchema.shape.childWelfarePhone),
  onCallPhone: typedNumber(serviceNumbersSchema.shape.onCallPhone),
});

function NumbersForm({ initial }: { initial: ServiceNumbers }) {
  const { t } = useTranslation('concerns');
  const [status, setStatus] = useState('');
  const form = useSchemaForm(numbersFormSchema, { childWelfarePhone: initial.childWelfarePhone ?? '', onCallPhone: initial.onCallPhone ?? '' });
  const submit = useSubmit({
    send: async (numbers: ServiceNumbers) => {
      await sendJson('PUT', api.serviceNumbers, numbers, serviceNumbersSchema);
      setStatus(t('serviceNumbers.saved'));
    },
    failed: (reason) => t('serviceNumbers.failed', { reason }),
  });
  const { errors } = form.formState;

  return (
    <form
      ref={submit.formRef}
      noValidate
      onSubmit={(event) => {
        setStatus('');
        submit.handle(form)(event);
      }}
      className="concern-numbers"
    >
      <Textfield
        {...form.register('childWelfarePhone')}
        type="tel"
        label={t('serviceNumbers.childWelfare')}
        description={t('serviceNumbers.hint')}
        error={errors.childWelfarePhone ? t('serviceNumbers.invalid') : undefined}
      />
      <Textfield
        {...form.register('onCallPhone')}
        type="tel"
        label={t('serviceNumbers.onCall')}
        description={t('serviceNumbers.hint')}
        error={errors.onCallPhone ? t('serviceNumbers.invalid') : undefined}
      />
      <p role="status">{status}</p>
      <FormAlert submit={submit} />
      <Button type="submit">{t('serviceNumbers.save')}</Button>
    </form>
  );
}
