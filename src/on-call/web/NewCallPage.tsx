import { Button, Checkbox, Field, Fieldset, Heading, Label, Radio, Select, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { ConcernCategoryOptions } from '../../kernel/ui/ConcernCategoryOptions.tsx';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { CALLERS, PLACEMENT_OUTCOMES, RESPONSES } from '../domain/call-kinds.ts';
import { callListSchema, callSchema, idParamsSchema, type CallList } from '../schema.ts';
import { callFormSchema, localInputValue, toNewCall, type CallFormValues } from './call-form-schema.ts';
import { api, callPath } from './paths.ts';

const issuesSchema = z.object({ issues: z.array(z.object({ path: z.string(), code: z.string() })) });
const FIELDS = ['municipalityId', 'receivedAt', 'placementMadeAt', 'workerStaffIds'] as const;

/** Logging a call or visit: a form in the order the night is told, usable with the keyboard alone. */
export function NewCallPage() {
  const { t } = useTranslation('onCall');
  usePageTitle(t('form.title'));
  const { unitId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const list = useApi(valid ? api.calls(unitId) : null, callListSchema);
  if (!valid) return <NotFound />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('form.title')}
      </Heading>
      <Loaded state={list} loadingLabel={t('form.loading')}>
        {(data) => <CallForm unitId={unitId} list={data} />}
      </Loaded>
    </>
  );
}

function CallForm({ unitId, list }: { unitId: string; list: CallList }) {
  const { t } = useTranslation('onCall');
  const navigate = useNavigate();
  const user = useUser();
  const [opened] = useState(() => localInputValue(new Date()));
  const others = list.workers.filter((w) => w.id !== user?.id);
  const form = useSchemaForm(callFormSchema, {
    municipalityId: list.municipalities[0]?.id ?? '',
    receivedAt: opened,
    caller: 'police',
    category: 'conflict_at_home',
    responses: [],
    placement: 'not_considered',
    placementMadeAt: '',
    minutesSpent: '',
    summary: '',
    followUp: true,
    workerStaffIds: [],
  } satisfies CallFormValues);
  const submit = useSubmit({
    send: async (values: z.output<typeof callFormSchema>, key: string) => {
      const call = await sendJson('POST', api.calls(unitId), toNewCall(values, key), callSchema);
      await navigate(callPath(call.id));
    },
    ns: 'onCall',
    failed: (reason) => t('form.failed', { reason }),
    refused: (error) => {
      const parsed = issuesSchema.safeParse(error.body);
      if (!parsed.success) return undefined;
      let marked = false;
      for (const issue of parsed.data.issues) {
        const field = FIELDS.find((f) => issue.path === `body/${f}`);
        if (!field) continue;
        form.setError(field, { type: 'server', message: t(`issue.${issue.code}` as 'issue.not_served') });
        marked = true;
      }
      return marked;
    },
  });
  const { errors } = form.formState;
  const placement = form.watch('placement');
  const fieldError = (name: keyof CallFormValues, missing: string) => {
    const error = errors[name];
    if (!error) return undefined;
    return error.type === 'server' ? error.message : missing;
  };

  return (
    <form ref={submit.formRef} className="on-call-form" onSubmit={submit.handle(form)} noValidate>
      <Field>
        <Label>{t('form.municipality')}</Label>
        <Select {...form.register('municipalityId')} aria-invalid={errors.municipalityId ? true : undefined}>
          {list.municipalities.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {m.name}
            </Select.Option>
          ))}
        </Select>
        {errors.municipalityId && <ValidationMessage>{fieldError('municipalityId', t('form.missing'))}</ValidationMessage>}
      </Field>
      <Textfield {...form.register('receivedAt')} type="datetime-local" label={t('form.receivedAt')} error={fieldError('receivedAt', t('form.missing'))} />
      <Field>
        <Label>{t('form.caller')}</Label>
        <Select {...form.register('caller')}>
          {CALLERS.map((c) => (
            <Select.Option key={c} value={c}>
              {t(`caller.${c}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('form.category')}</Label>
        <Select {...form.register('category')}>
          <ConcernCategoryOptions />
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('form.responses')}</Fieldset.Legend>
        {RESPONSES.map((r) => (
          <Checkbox key={r} {...form.register('responses')} value={r} label={t(`response.${r}`)} />
        ))}
        {errors.responses && <ValidationMessage>{t('form.missingResponse')}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('form.placementLegend')}</Fieldset.Legend>
        {PLACEMENT_OUTCOMES.map((p) => (
          <Radio key={p} {...form.register('placement')} value={p} label={t(`placement.${p}`)} />
        ))}
      </Fieldset>
      {placement === 'made' && (
        <Textfield
          {...form.register('placementMadeAt')}
          type="datetime-local"
          label={t('form.placementMadeAt')}
          description={t('form.placementMadeAtHint')}
          error={fieldError('placementMadeAt', t('form.missingPlacementTime'))}
        />
      )}
      <Textfield {...form.register('minutesSpent')} inputMode="numeric" label={t('form.minutesSpent')} error={fieldError('minutesSpent', t('form.missing'))} />
      <Field>
        <Label>{t('form.summary')}</Label>
        <Field.Description>{t('form.summaryHint')}</Field.Description>
        <Textarea {...form.register('summary')} rows={5} aria-invalid={errors.summary ? true : undefined} />
        {errors.summary && <ValidationMessage>{t('form.missing')}</ValidationMessage>}
      </Field>
      <Checkbox {...form.register('followUp')} label={t('form.followUp')} />
      {others.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('form.workers')}</Fieldset.Legend>
          {others.map((w) => (
            <Checkbox key={w.id} {...form.register('workerStaffIds')} value={w.id} label={`${w.givenName} ${w.familyName}`} />
          ))}
          {errors.workerStaffIds && <ValidationMessage>{fieldError('workerStaffIds', t('form.missing'))}</ValidationMessage>}
        </Fieldset>
      )}
      <FormAlert submit={submit} />
      <div>
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {t('form.submit')}
        </Button>
      </div>
    </form>
  );
}
