import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { consultationContentSchema } from '../schema.ts';
import type { ConsultationFormValues, FieldText } from './consultation-form-schema.ts';
import { ConcernCategoryOptions } from '../../kernel/ui/ConcernCategoryOptions.tsx';

/** What the consultation was about: the category, the day, what was described and the advice given. */
export function RecordFields({ form, fieldText, anonymousText }: { form: UseFormReturn<ConsultationFormValues, unknown, unknown>; fieldText: FieldText; anonymousText: boolean }) {
  const { t } = useTranslation('consultations');
  const counter = useCounter();
  return (
    <>
      <Field>
        <Label>{t('form.category')}</Label>
        <Select width="auto" {...form.register('category')}>
          <ConcernCategoryOptions />
        </Select>
      </Field>
      <Textfield {...form.register('heldOn')} type="date" label={t('form.heldOn')} error={fieldText('heldOn')} />
      <Textfield
        {...form.register('description')}
        multiline
        rows={5}
        label={t('form.description')}
        description={anonymousText ? t('form.anonymousHint') : undefined}
        autoComplete="off"
        counter={counter(consultationContentSchema.shape.description)}
        error={fieldText('description')}
      />
      <Textfield
        {...form.register('advice')}
        multiline
        rows={4}
        label={t('form.advice')}
        autoComplete="off"
        counter={counter(consultationContentSchema.shape.advice)}
        error={fieldText('advice')}
      />
    </>
  );
}
