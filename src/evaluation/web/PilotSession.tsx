/** One pilot open on the page: its fields and saving them, and estimating its effect. */
import { Button, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendForFile, sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { localDate } from '../../time/dates.ts';
import { evaluationRequestSchema, evaluationSchema, evaluationWindowSchema, OUTCOMES, pilotSchema, savePilotSchema, type Evaluation, type Pilot } from '../schema.ts';
import { api } from './paths.ts';
import { PilotFields, type Unit } from './PilotFields.tsx';
import { Results } from './Results.tsx';

const GRANULARITIES = ['term', 'quarter', 'month'] as const;

/** Three school years back to today: a "before" and an "after" for most pilots. */
function defaultWindow(): { from: string; to: string } {
  const to = localDate(new Date());
  return { from: `${Number(to.slice(0, 4)) - 3}-08-01`, to };
}

interface Props {
  municipalityId: string;
  country: string;
  units: Unit[];
  /** The saved pilot, or undefined for a new one. */
  pilot: Pilot | undefined;
  onSaved: (pilot: Pilot) => void;
}

export function PilotSession({ municipalityId, country, units, pilot, onSaved }: Props) {
  const { t } = useTranslation('evaluation');
  // A new pilot's id is chosen here, once, so saving it twice (a retry, a double click) makes one.
  const [pilotId] = useState(() => pilot?.id ?? crypto.randomUUID());
  const window = useMemo(defaultWindow, []);
  const pilotForm = useSchemaForm(
    savePilotSchema,
    pilot
      ? { name: pilot.name, units: pilot.units, comparison: pilot.comparison, comparisonUnits: pilot.comparisonUnits, version: pilot.version }
      : { name: '', units: [], comparison: 'all_of_kind', comparisonUnits: [], version: 0 },
  );
  const save = useSubmit({
    send: async (values: z.output<typeof savePilotSchema>) => onSaved(await sendJson('PUT', api.pilot(municipalityId, pilotId), values, pilotSchema)),
    ns: 'evaluation',
    failed: (reason) => t('pilot.saveFailed', { reason }),
  });

  const windowForm = useSchemaForm(evaluationWindowSchema, { outcome: 'concern_reports', granularity: 'term', ...window });
  const [result, setResult] = useState<{ request: z.input<typeof evaluationRequestSchema>; evaluation: Evaluation } | null>(null);
  const estimate = useSubmit({
    send: async (measure: z.output<typeof evaluationWindowSchema>) => {
      const { units: started, comparison, comparisonUnits } = pilotForm.getValues();
      const request = { ...measure, pilot: started, comparison: comparison === 'chosen' ? comparisonUnits : [] };
      setResult({ request, evaluation: await sendJson('POST', api.evaluation(municipalityId), request, evaluationSchema) });
    },
    ns: 'evaluation',
    failed: (reason) => t('failed', { reason }),
  });
  const onEstimate = (event: FormEvent) => {
    event.preventDefault();
    if (pilotForm.getValues('units').length === 0) {
      estimate.setFailure(t('form.noPilot'));
      estimate.showErrors();
      return;
    }
    estimate.handle(windowForm)();
  };
  const errors = windowForm.formState.errors;

  return (
    <>
      <form ref={save.formRef} onSubmit={save.handle(pilotForm)} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('pilot.legend')}</Fieldset.Legend>
          <PilotFields form={pilotForm} units={units} today={localDate(new Date())} errorText={save.errorText} />
        </Fieldset>
        <FormAlert submit={save} />
        <Button type="submit" variant="secondary" aria-disabled={save.busy}>
          {t('pilot.save')}
        </Button>
      </form>
      <form ref={estimate.formRef} onSubmit={onEstimate} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('form.legend')}</Fieldset.Legend>
          <Field>
            <Label>{t('form.outcome')}</Label>
            <Select {...windowForm.register('outcome')}>
              {OUTCOMES.map((outcome) => (
                <Select.Option key={outcome} value={outcome}>
                  {t(`outcome.${outcome}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div className="evaluation-period">
            <Field>
              <Label>{t('form.granularity')}</Label>
              <Select {...windowForm.register('granularity')}>
                {GRANULARITIES.map((granularity) => (
                  <Select.Option key={granularity} value={granularity}>
                    {t(`granularity.${granularity}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield type="date" label={t('form.from')} {...windowForm.register('from')} error={errors.from && estimate.errorText(errors.from.message ?? 'unknown')} />
            <Textfield type="date" label={t('form.to')} {...windowForm.register('to')} error={errors.to && estimate.errorText(errors.to.message ?? 'unknown')} />
          </div>
        </Fieldset>
        <FormAlert submit={estimate} />
        <Button type="submit" aria-disabled={estimate.busy}>
          {t('form.submit')}
        </Button>
      </form>
      {result && (
        <Results
          evaluation={result.evaluation}
          outcome={result.request.outcome}
          country={country}
          pdf={(locale) => sendForFile('POST', api.evaluationPdf(municipalityId), { ...result.request, locale }, 'application/pdf')}
        />
      )}
    </>
  );
}
