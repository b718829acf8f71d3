import { Button, Checkbox, Field, Fieldset, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ChildRecord } from '../../children/schema.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { localDate } from '../../time/dates.ts';
import { CONSENT_SCOPES } from '../domain/kinds.ts';
import { consentSchema, newConsentSchema, type NewConsent } from '../schema.ts';
import { api } from './paths.ts';

/** The message of a date the order of the days refuses, as against a date left out. */
const DATES = 'dates';

/**
 * What the form holds: the request without its key, and the days' order the schema cannot
 * say (given no later than today, expiring after it was given), which the server checks too.
 */
const consentFormSchema = newConsentSchema
  .omit({ idempotencyKey: true })
  .refine((v) => v.givenOn <= localDate(new Date()), { path: ['givenOn'], message: DATES, when: () => true })
  .refine((v) => v.expiresOn > v.givenOn, { path: ['expiresOn'], message: DATES, when: () => true });
type ConsentForm = Omit<NewConsent, 'idempotencyKey'>;

/**
 * Registers a consent. Nothing is chosen for the user: the guardian, what it covers, the day it
 * was given and its expiry are what the guardian said, so each must be entered, and a missing
 * one is named. The server refuses a consent identical to one that still runs.
 */
export function RegisterConsent({ record, onRegistered }: { record: ChildRecord; onRegistered: () => void }) {
  const { t } = useTranslation('consultations');
  const form = useSchemaForm(consentFormSchema, { guardianId: '', scopes: [], givenOn: '', expiresOn: '' });
  const submit = useSubmit({
    send: async (consent: ConsentForm, idempotencyKey: string) => {
      await sendJson('POST', api.consents(record.id), { ...consent, idempotencyKey }, consentSchema);
      onRegistered();
    },
    ns: 'consultations',
    failed: (reason) => t('consents.failed', { reason }),
    // The server's own check of the days (a clock or a day apart from the browser's).
    refused: (error) => error.code === 'validation_failed' && (form.setError('expiresOn', { message: DATES }), true),
  });
  const { errors } = form.formState;
  const scopes = form.watch('scopes');
  const dateError = (field: 'givenOn' | 'expiresOn') =>
    errors[field] && t(errors[field].message === DATES ? 'consents.invalid.dates' : `consents.invalid.${field}`);

  return (
    <form ref={submit.formRef} className="consent-form" onSubmit={submit.handle(form)} noValidate>
      <Heading level={3} data-size="sm">
        {t('consents.register')}
      </Heading>
      <Field>
        <Label>{t('consents.registerGuardian')}</Label>
        <Select width="auto" {...form.register('guardianId')} aria-invalid={errors.guardianId ? true : undefined}>
          <Select.Option value="">{t('consents.chooseGuardian')}</Select.Option>
          {record.guardians.map((g) => (
            <Select.Option key={g.id} value={g.id}>{`${g.givenName} ${g.familyName}`}</Select.Option>
          ))}
        </Select>
        {errors.guardianId && <ValidationMessage>{t('consents.invalid.guardian')}</ValidationMessage>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('consents.registerScopes')}</Fieldset.Legend>
        {CONSENT_SCOPES.map((scope) => (
          <Checkbox
            key={scope}
            label={t(`scope.${scope}`)}
            value={scope}
            checked={scopes.includes(scope)}
            error={scope === CONSENT_SCOPES[CONSENT_SCOPES.length - 1] && errors.scopes ? t('consents.invalid.scopes') : undefined}
            onChange={(e) => form.setValue('scopes', e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
          />
        ))}
      </Fieldset>
      <Textfield {...form.register('givenOn')} type="date" label={t('consents.givenOn')} error={dateError('givenOn')} />
      <Textfield {...form.register('expiresOn')} type="date" label={t('consents.expiresOn')} description={t('consents.expiresHint')} error={dateError('expiresOn')} />
      <FormAlert submit={submit} />
      <Button type="submit">{t('consents.submit')}</Button>
    </form>
  );
}
