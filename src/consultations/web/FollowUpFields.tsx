import { Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { namesApart } from '../../kernel/ui/names-apart.ts';
import type { UnitDetail } from '../../organisation/schema.ts';
import { followUpInputSchema } from '../schema.ts';
import type { ConsultationFormValues, FieldText } from './consultation-form-schema.ts';

/** The follow-up the form edits: what, who of the unit's people is responsible, and by when; all three or none. */
export function FollowUpFields({ people, form, fieldText }: { people: UnitDetail['people']; form: UseFormReturn<ConsultationFormValues, unknown, unknown>; fieldText: FieldText }) {
  const { t } = useTranslation('consultations');
  const counter = useCounter();
  const ownerNames = namesApart(people, (p) => p.email);
  return (
    <Fieldset>
      <Fieldset.Legend>{t('form.followUp')}</Fieldset.Legend>
      <Fieldset.Description>{t('form.followUpHint')}</Fieldset.Description>
      <Textfield
        {...form.register('followUpText')}
        label={t('form.followUpText')}
        autoComplete="off"
        counter={counter(followUpInputSchema.shape.text)}
        error={fieldText('followUpText')}
      />
      <Field>
        <Label>{t('form.owner')}</Label>
        <Select width="auto" {...form.register('ownerStaffId')}>
          <Select.Option value="">{t('form.ownerChoose')}</Select.Option>
          {people.map((p, i) => (
            <Select.Option key={p.id} value={p.id}>
              {ownerNames[i]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield {...form.register('dueOn')} type="date" label={t('form.due')} error={fieldText('dueOn')} />
    </Fieldset>
  );
}
