import { Button, Checkbox, Field, Fieldset, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { rotaServiceSchema, type RotaService } from '../plan-schema.ts';
import { DAY_KINDS, SHIFT_KINDS } from '../schema.ts';
import { setupFormSchema, type SetupFormValues } from './rota-forms.ts';
import { api } from './paths.ts';

type Template = SetupFormValues['templates'][number];

const newTemplate = (name: string): Template => ({
  id: `t${Math.random().toString(36).slice(2, 10)}`,
  name,
  kind: 'home_on_call',
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday'],
  start: '20:00',
  end: '08:00',
  min: '1',
  wanted: '1',
  needsExperienced: false,
});

/** The service's shift templates and rule settings, as the leader sets them up and changes them. */
export function SetupForm({ service, onSaved, onCancel }: { service: RotaService; onSaved: (service: RotaService) => void; onCancel?: () => void }) {
  const { t } = useTranslation('rota');
  const setup = service.setup;
  const form = useSchemaForm(setupFormSchema, {
    templates: setup ? setup.templates.map((tp) => ({ ...tp, min: String(tp.min), wanted: String(tp.wanted) })) : [newTemplate(t('setup.newName'))],
    collectiveAgreement: setup?.rules.collectiveAgreement ?? false,
    sundayRest: setup?.rules.sundayRest ?? true,
    maxConsecutiveNights: String(setup?.rules.maxConsecutiveNights ?? 4),
    preferredConsecutiveNights: String(setup?.rules.preferredConsecutiveNights ?? 2),
  });
  const templates = useFieldArray({ control: form.control, name: 'templates' });
  const submit = useSubmit({
    send: async ({ templates, ...rules }: z.output<typeof setupFormSchema>) => {
      const body = { templates, rules: { ...setup?.rules, ...rules }, version: setup?.version ?? 0 };
      onSaved(await sendJson('PUT', api.setup(service.unit.id), body, rotaServiceSchema));
    },
    ns: 'rota',
    failed: (reason) => t('setup.failed', { reason }),
  });
  const { errors } = form.formState;
  const invalid = (error: unknown) => (error ? t('setup.invalid') : undefined);

  return (
    <form ref={submit.formRef} className="rota-form rota-setup" onSubmit={submit.handle(form)} noValidate aria-labelledby="rota-setup-heading">
      <Heading level={3} data-size="sm" id="rota-setup-heading">
        {t('setup.heading')}
      </Heading>
      {templates.fields.map((field, i) => {
        const error = errors.templates?.[i];
        return (
          <Fieldset key={field.id} className="rota-template">
            <Fieldset.Legend>{t('setup.templateHeading', { n: i + 1 })}</Fieldset.Legend>
            <Textfield {...form.register(`templates.${i}.name`)} label={t('setup.name')} error={invalid(error?.name)} />
            <Field>
              <Label>{t('setup.kind')}</Label>
              <Select {...form.register(`templates.${i}.kind`)}>
                {SHIFT_KINDS.map((kind) => (
                  <Select.Option key={kind} value={kind}>
                    {t(`setup.kindOption.${kind}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Fieldset>
              <Fieldset.Legend>{t('setup.days')}</Fieldset.Legend>
              <div className="rota-weekdays">
                {DAY_KINDS.map((day) => (
                  <Checkbox key={day} {...form.register(`templates.${i}.days`)} value={day} label={t(`day.${day}`)} />
                ))}
              </div>
            </Fieldset>
            <div className="rota-times">
              <Textfield {...form.register(`templates.${i}.start`)} type="time" label={t('setup.start')} error={invalid(error?.start)} />
              <Textfield {...form.register(`templates.${i}.end`)} type="time" label={t('setup.end')} error={invalid(error?.end)} />
              <Textfield {...form.register(`templates.${i}.min`)} inputMode="numeric" label={t('setup.min')} error={invalid(error?.min)} />
              <Textfield {...form.register(`templates.${i}.wanted`)} inputMode="numeric" label={t('setup.wanted')} error={invalid(error?.wanted)} />
            </div>
            <Checkbox {...form.register(`templates.${i}.needsExperienced`)} label={t('setup.needsExperienced')} />
            {templates.fields.length > 1 && (
              <div>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => templates.remove(i)}>
                  {t('setup.remove', { n: i + 1 })}
                </Button>
              </div>
            )}
          </Fieldset>
        );
      })}
      <div>
        <Button type="button" variant="secondary" onClick={() => templates.append(newTemplate(t('setup.newName')))}>
          {t('setup.add')}
        </Button>
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('setup.rules')}</Fieldset.Legend>
        <Checkbox {...form.register('collectiveAgreement')} label={t('setup.collectiveAgreement')} />
        <Checkbox {...form.register('sundayRest')} label={t('setup.sundayRest')} />
        <Textfield {...form.register('maxConsecutiveNights')} inputMode="numeric" label={t('setup.maxNights')} error={invalid(errors.maxConsecutiveNights)} />
        <Textfield {...form.register('preferredConsecutiveNights')} inputMode="numeric" label={t('setup.preferredNights')} error={invalid(errors.preferredConsecutiveNights)} />
      </Fieldset>
      <FormAlert submit={submit} />
      <div className="rota-actions">
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {t('setup.save')}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('profile.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
