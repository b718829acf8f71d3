import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { findChildPath } from '../../children/web/paths.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { callSchema, linkChildSchema, type Call } from '../schema.ts';
import { api } from './paths.ts';

const formSchema = linkChildSchema.pick({ nationalId: true });

/**
 * Linking the child a call is about, by identity number (sent in the body). A child the worker
 * cannot open is answered as not found, with the way to open it: break the glass on Find a child.
 */
export function LinkChildForm({ call, onLinked }: { call: Call; onLinked: (call: Call) => void }) {
  const { t } = useTranslation('onCall');
  const form = useSchemaForm(formSchema, { nationalId: '' });
  const [notFound, setNotFound] = useState(false);
  const link = useSubmit({
    send: async ({ nationalId }: z.output<typeof formSchema>) => {
      setNotFound(false);
      onLinked(await sendJson('POST', api.linkChild(call.id), { nationalId, version: call.version }, callSchema));
    },
    ns: 'onCall',
    failed: (reason) => t('link.failed', { reason }),
    refused: (error) => {
      if (error.code !== 'not_found') return undefined;
      setNotFound(true);
      return true;
    },
  });
  return (
    <form ref={link.formRef} className="on-call-form" onSubmit={link.handle(form)} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('link.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('link.hint')}</Fieldset.Description>
        <Textfield {...form.register('nationalId')} label={t('link.nationalId')} inputMode="numeric" autoComplete="off" error={form.formState.errors.nationalId && t('link.missing')} />
      </Fieldset>
      <FormAlert submit={link}>
        {notFound && (
          <Paragraph>
            {t('link.notFound')} <RouterLink to={findChildPath}>{t('link.findChild')}</RouterLink>
          </Paragraph>
        )}
      </FormAlert>
      <div>
        <Button type="submit" variant="secondary" aria-disabled={link.busy || undefined}>
          {t('link.submit')}
        </Button>
      </div>
    </form>
  );
}
