import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { CONSULTATION_MODES } from '../domain/kinds.ts';
import { newConsultationSchema, type Consultation } from '../schema.ts';
import { ChildChoice } from './ChildChoice.tsx';
import type { ConsultationFormValues, FieldText } from './consultation-form-schema.ts';

/**
 * Who the record is about: for a new record the mode, then the child (consented) or the group;
 * an edit shows them fixed, as they cannot change.
 */
export function SubjectFields({
  unitId,
  existing,
  form,
  fieldText,
  onModeChange,
}: {
  unitId: string;
  existing: Consultation | null;
  form: UseFormReturn<ConsultationFormValues, unknown, unknown>;
  fieldText: FieldText;
  onModeChange: () => void;
}) {
  const { t } = useTranslation('consultations');
  const counter = useCounter();
  const mode = form.watch('mode');
  if (existing) {
    return (
      <dl className="facts facts--summary">
        <dt>{t('list.mode')}</dt>
        <dd>{t(`mode.${existing.mode}`)}</dd>
        {(existing.child || existing.groupLabel) && (
          <>
            <dt>{t('list.about')}</dt>
            <dd>{existing.child ? `${existing.child.givenName} ${existing.child.familyName}` : existing.groupLabel}</dd>
          </>
        )}
      </dl>
    );
  }
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('form.modeLegend')}</Fieldset.Legend>
        {CONSULTATION_MODES.map((value) => (
          <Radio
            key={value}
            name="mode"
            value={value}
            label={t(`mode.${value}`)}
            description={t(`modeHint.${value}`)}
            checked={mode === value}
            onChange={() => {
              form.setValue('mode', value);
              onModeChange();
            }}
          />
        ))}
      </Fieldset>
      {mode === 'consented' && <ChildChoice unitId={unitId} field={form.register('childId')} error={fieldText('childId')} />}
      {mode === 'group' && (
        <Textfield
          {...form.register('groupLabel')}
          label={t('form.groupLabel')}
          description={t('form.groupLabelHint')}
          autoComplete="off"
          counter={counter(newConsultationSchema.shape.groupLabel.unwrap())}
          error={fieldText('groupLabel')}
        />
      )}
    </>
  );
}
