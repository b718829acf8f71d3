import { Button, Checkbox, Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TRIGGER_KINDS } from '../domain/case-rules.ts';
import { CALENDAR_PERIODS, COMPARISONS, MEASURES, type GuidelineBody } from '../guideline-schema.ts';
import type { GuidelineForm, RuleForm } from './guideline-form.ts';
import { attendanceGuidelineMessages } from './guideline-messages.ts';

interface Props {
  form: UseFormReturn<GuidelineForm, unknown, GuidelineBody>;
  index: number;
  /** The kinds the municipality's schools record: the only ones a rule may count. */
  kinds: readonly string[];
  onRemove?: () => void;
}

type InvalidCode = keyof typeof attendanceGuidelineMessages.nb.edit.invalid;
const isInvalidCode = (code: string): code is InvalidCode => code in attendanceGuidelineMessages.nb.edit.invalid;

/** One rule of the guideline: what it counts, over which window, from which threshold, and what its stage asks for. */
export function GuidelineRuleFields({ form, index, kinds, onRemove }: Props) {
  const { t } = useTranslation('attendanceGuideline');
  const { t: sentence } = useTranslation('attendanceGuideline', { keyPrefix: 'sentence' });
  const at = <K extends keyof RuleForm>(field: K) => `rules.${index}.${field}` as const;
  const errors = (form.formState.errors.rules?.[index] ?? {}) as FieldErrors<RuleForm>;
  const invalid = (field: keyof RuleForm) => {
    const code = errors[field]?.message;
    return code === undefined ? undefined : t(`edit.invalid.${isInvalidCode(code) ? code : 'other'}`);
  };
  const windowKind = form.watch(at('windowKind'));
  const triggers = form.watch(at('triggers'));
  const number = index + 1;

  return (
    <Fieldset className="attendance-guideline-rule">
      <Fieldset.Legend>{t('edit.rule', { number })}</Fieldset.Legend>
      <Field>
        <Label>{t('edit.measure')}</Label>
        <Select width="auto" {...form.register(at('measure'))}>
          {MEASURES.map((measure) => (
            <Select.Option key={measure} value={measure}>
              {t(`measureName.${measure}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('edit.windowKind')}</Fieldset.Legend>
        <Radio {...form.register(at('windowKind'))} value="calendar" label={t('edit.calendar')} />
        <Radio {...form.register(at('windowKind'))} value="rolling_weeks" label={t('edit.rolling')} />
      </Fieldset>
      {windowKind === 'rolling_weeks' ? (
        <Textfield {...form.register(at('weeks'))} inputMode="numeric" autoComplete="off" label={t('edit.weeks')} error={invalid('weeks')} />
      ) : (
        <Field>
          <Label>{t('edit.period')}</Label>
          <Select width="auto" {...form.register(at('period'))}>
            {CALENDAR_PERIODS.map((period) => (
              <Select.Option key={period} value={period}>
                {t(`periodName.${period}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <div className="attendance-guideline-pair">
        <Field>
          <Label>{t('edit.comparison')}</Label>
          <Select width="auto" {...form.register(at('comparison'))}>
            {COMPARISONS.map((comparison) => (
              <Select.Option key={comparison} value={comparison}>
                {t(`comparisonName.${comparison}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield {...form.register(at('threshold'))} inputMode="decimal" autoComplete="off" label={t('edit.threshold')} error={invalid('threshold')} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('edit.kinds')}</Fieldset.Legend>
        {kinds.map((kind) => (
          <Checkbox key={kind} {...form.register(at('kinds'))} value={kind} label={sentence(`kind.${kind}` as 'kind.sick')} aria-invalid={errors.kinds ? true : undefined} />
        ))}
        {errors.kinds && <ValidationMessage>{invalid('kinds')}</ValidationMessage>}
      </Fieldset>
      <Textfield {...form.register(at('stage'))} inputMode="numeric" autoComplete="off" label={t('edit.stage')} error={invalid('stage')} />
      <Fieldset>
        <Fieldset.Legend>{t('edit.triggers')}</Fieldset.Legend>
        {TRIGGER_KINDS.map((trigger) => (
          <Checkbox key={trigger} {...form.register(at('triggers'))} value={trigger} label={t(`triggerName.${trigger}`)} />
        ))}
      </Fieldset>
      {triggers.includes('meeting_with_parents') && (
        <Textfield {...form.register(at('withinSchoolDays'))} inputMode="numeric" autoComplete="off" label={t('edit.withinSchoolDays')} error={invalid('withinSchoolDays')} />
      )}
      <Textfield {...form.register(at('sourceText'))} multiline rows={2} autoComplete="off" label={t('edit.source')} error={invalid('sourceText')} />
      {onRemove && (
        <div>
          <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
            {t('edit.remove', { number })}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
