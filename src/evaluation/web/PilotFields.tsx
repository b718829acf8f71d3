/** The pilot's fields: its name, its units with their start dates, and its comparison group. */
import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorText } from '../../kernel/ui/form/error-text.ts';
import { COMPARISONS, type savePilotSchema } from '../schema.ts';

export type Unit = { id: string; name: string; kind: string };
type PilotForm = UseFormReturn<z.input<typeof savePilotSchema>, unknown, z.output<typeof savePilotSchema>>;

export function PilotFields({ form, units, today, errorText }: { form: PilotForm; units: Unit[]; today: string; errorText: ErrorText }) {
  const { t } = useTranslation('evaluation');
  const pilot = form.watch('units');
  const comparison = form.watch('comparison');
  const comparisonUnits = form.watch('comparisonUnits');
  const errors = form.formState.errors;
  const inPilot = new Set(pilot.map((p) => p.unitId));
  // A unit of another kind than the pilot's would be left out of the comparison (the service compares like with like).
  const kinds = new Set(units.filter((unit) => inPilot.has(unit.id)).map((unit) => unit.kind));
  const candidates = units.filter((unit) => !inPilot.has(unit.id) && (kinds.size === 0 || kinds.has(unit.kind)));
  const tick = (unitId: string, checked: boolean) => {
    form.setValue('units', checked ? [...pilot, { unitId, startedOn: today }] : pilot.filter((p) => p.unitId !== unitId));
    if (checked) form.setValue('comparisonUnits', comparisonUnits.filter((id) => id !== unitId));
  };
  const issue = (message: string | undefined) => errorText(message ?? 'unknown');

  return (
    <>
      <Textfield label={t('pilot.name')} {...form.register('name')} error={errors.name && issue(errors.name.message)} />
      <Fieldset>
        <Fieldset.Legend>{t('form.pilot')}</Fieldset.Legend>
        <Fieldset.Description>{t('form.pilotHint')}</Fieldset.Description>
        <div className="evaluation-units">
          {units.map((unit) => {
            const index = pilot.findIndex((p) => p.unitId === unit.id);
            const dateError = index >= 0 ? errors.units?.[index]?.startedOn : undefined;
            return (
              <div key={unit.id} className="evaluation-unit">
                <Checkbox label={unit.name} value={unit.id} checked={index >= 0} onChange={(event) => tick(unit.id, event.target.checked)} />
                {index >= 0 && (
                  <Textfield
                    type="date"
                    label={t('form.startedOn', { unit: unit.name })}
                    value={pilot[index]!.startedOn}
                    error={dateError && issue(dateError.message)}
                    onChange={(event) => form.setValue('units', pilot.map((p) => (p.unitId === unit.id ? { ...p, startedOn: event.target.value } : p)))}
                  />
                )}
              </div>
            );
          })}
        </div>
        {errors.units && !Array.isArray(errors.units) && <ValidationMessage>{t('form.noPilot')}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('pilot.comparison')}</Fieldset.Legend>
        {COMPARISONS.map((choice) => (
          <Radio key={choice} {...form.register('comparison')} value={choice} label={t(`pilot.${choice}`)} />
        ))}
      </Fieldset>
      {comparison === 'chosen' && (
        <Fieldset>
          <Fieldset.Legend>{t('pilot.comparisonUnits')}</Fieldset.Legend>
          <div className="evaluation-units">
            {candidates.map((unit) => (
              <Checkbox
                key={unit.id}
                label={unit.name}
                value={unit.id}
                checked={comparisonUnits.includes(unit.id)}
                onChange={(event) => form.setValue('comparisonUnits', event.target.checked ? [...comparisonUnits, unit.id] : comparisonUnits.filter((id) => id !== unit.id))}
              />
            ))}
          </div>
          {errors.comparisonUnits && <ValidationMessage>{issue(errors.comparisonUnits.message)}</ValidationMessage>}
        </Fieldset>
      )}
    </>
  );
}
