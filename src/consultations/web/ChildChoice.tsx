import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { registerSchema } from '../../children/schema.ts';
import { api as childrenApi } from '../../children/web/paths.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';

/** The child of a consented record, chosen from the unit's register. */
export function ChildChoice({ unitId, field, error }: { unitId: string; field: UseFormRegisterReturn<'childId'>; error: string | undefined }) {
  const { t } = useTranslation('consultations');
  const register = useApi(childrenApi.register(unitId), registerSchema);
  return (
    <Loaded state={register} loadingLabel={t('form.loading')}>
      {(data) => (
        <Field>
          <Label>{t('form.child')}</Label>
          <Field.Description>{t('form.childHint')}</Field.Description>
          <Select {...field} width="auto" aria-invalid={error ? true : undefined}>
            <Select.Option value="">{t('form.childChoose')}</Select.Option>
            {data.children.map((c) => (
              <Select.Option key={c.id} value={c.id}>{`${c.givenName} ${c.familyName} (${c.groupName})`}</Select.Option>
            ))}
          </Select>
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Field>
      )}
    </Loaded>
  );
}
