import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { useCan } from '../../kernel/ui/session.tsx';
import { INVALID_NATIONAL_ID, lookupRequestSchema, lookupResultSchema } from '../schema.ts';
import { api, childPath } from './paths.ts';

const numberSchema = lookupRequestSchema.shape.nationalId;
const MIN = numberSchema.minLength ?? 0;
const MAX = numberSchema.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * Finding a child by identity number, e.g. for an on-call worker with a number from a phone
 * call. The number is sent in a POST body and kept only in this form's state: never in the
 * address, the history state or the browser's form memory. The child's page has an id only.
 */
export function FindChildPage() {
  const { t } = useTranslation('children');
  const formatNumber = useNumberFormat();
  const navigate = useNavigate();
  // Only those who may break the glass are told that emergency access is a way in.
  const mayOpenInEmergency = useCan('emergency.open');
  usePageTitle(t('find.title'));
  const form = useSchemaForm(lookupRequestSchema, { nationalId: '' });
  // Bound by hand rather than registered, so the input has no name (see the form below).
  const { field } = useController({ name: 'nationalId', control: form.control });
  const submit = useSubmit({
    send: async (request: z.output<typeof lookupRequestSchema>) => {
      const found = await sendJson('POST', api.lookup, request, lookupResultSchema);
      void navigate(childPath(found.id));
    },
    failed: (reason) => t('find.failed', { reason }),
    refused: (error) => {
      if (error.code !== 'not_found') return undefined;
      form.setError('nationalId', { type: 'server', message: t(mayOpenInEmergency ? 'find.notFoundOrEmergency' : 'find.notFound') });
      return true;
    },
  });
  const problem = form.formState.errors.nationalId;
  const invalid =
    problem &&
    (problem.type === 'server'
      ? problem.message
      : problem.type === 'too_big'
        ? t('find.tooLong', { max: formatNumber(MAX) })
        : problem.message === INVALID_NATIONAL_ID
          ? t('find.invalidNumber')
          : t('find.tooShort', { min: formatNumber(MIN) }));

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('find.title')}
      </Heading>
      <Paragraph className="lead">{t('find.intro')}</Paragraph>
      {/* POST and no field name: even without script the number could never end up in an address. */}
      <form ref={submit.formRef} className="find-child" method="post" onSubmit={submit.handle(form)} noValidate>
        <Textfield
          ref={field.ref}
          label={t('find.label')}
          description={t('find.description')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={20}
          value={field.value}
          error={invalid}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
        <FormAlert submit={submit} />
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {t('find.submit')}
        </Button>
      </form>
    </>
  );
}
