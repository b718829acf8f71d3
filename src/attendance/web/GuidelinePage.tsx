import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useFieldArray, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '../../kernel/i18n/languages.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { MAX_RULES, guidelineSettingSchema, savedGuidelineSchema, type GuidelineBody, type GuidelineSetting } from '../guideline-schema.ts';
import { guidelineFormSchema, guidelineToForm, newRule, type GuidelineForm, type RuleForm } from './guideline-form.ts';
import { GuidelineRuleFields } from './GuidelineRuleFields.tsx';
import { api } from './paths.ts';
import { ruleSentence } from './rule-sentence.ts';

/**
 * The municipality's staged attendance guideline, for its administrator and leaders: the rules
 * in force read as sentences, a preset to start from, each rule to edit, and one save with the
 * version read. The municipality is the one of the unit the person acts for.
 */
export function GuidelinePage() {
  const { t } = useTranslation('attendanceGuideline');
  usePageTitle(t('title'));
  const unitId = useUser()?.currentUnit?.id ?? null;
  const unit = useApi(unitId && organisationApi.unit(unitId), unitDetailSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Loaded state={unit} loadingLabel={t('loading')}>
        {(detail) => <GuidelineOf municipalityId={detail.unit.municipality.id} />}
      </Loaded>
    </>
  );
}

function GuidelineOf({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('attendanceGuideline');
  const state = useApi(api.guideline(municipalityId), guidelineSettingSchema);
  return (
    <Loaded state={state} loadingLabel={t('loading')}>
      {(setting) => <GuidelineEditor initial={setting} />}
    </Loaded>
  );
}

function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'nb';
}

function GuidelineEditor({ initial }: { initial: GuidelineSetting }) {
  const { t } = useTranslation('attendanceGuideline');
  const language = useLanguage();
  const [current, setCurrent] = useState(initial);
  const [presetId, setPresetId] = useState(initial.guideline?.id ?? initial.presets[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const starting = initial.guideline ?? initial.presets.find((p) => p.id === presetId)?.guideline;
  const form = useSchemaForm(guidelineFormSchema, starting ? guidelineToForm(starting) : { id: 'own', dayMinutes: '330', rules: [newRule(initial.kinds, 1)] });
  const rules = useFieldArray({ control: form.control, name: 'rules' });

  const save = useSubmit({
    send: async (guideline: GuidelineBody, idempotencyKey: string) => {
      setStatus('');
      const saved = await sendJson('PUT', api.guideline(current.municipalityId), { version: current.version, idempotencyKey, guideline }, savedGuidelineSchema);
      setCurrent(saved);
      setStatus(t('edit.saved', { raised: saved.raised }));
    },
    ns: 'attendanceGuideline',
    failed: (reason) => t('edit.failed', { reason }),
    refused: (error) => markRefusedFields(error.body, form.setError),
  });

  const usePreset = () => {
    const preset = current.presets.find((p) => p.id === presetId);
    if (!preset) return;
    form.reset(guidelineToForm(preset.guideline));
    setStatus(t('presets.used'));
  };

  return (
    <>
      <section aria-labelledby="guideline-current">
        <Heading level={2} data-size="sm" id="guideline-current">
          {t('current')}
        </Heading>
        {current.guideline ? (
          <ul className="attendance-guideline-sentences">
            {current.guideline.rules.map((rule) => (
              <li key={rule.id}>{ruleSentence(rule, language)}</li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('none')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="guideline-presets" className="attendance-form attendance-guideline-column">
        <Heading level={2} data-size="sm" id="guideline-presets">
          {t('presets.heading')}
        </Heading>
        <Field>
          <Label>{t('presets.choose')}</Label>
          <Select value={presetId} onChange={(event) => setPresetId(event.target.value)}>
            {current.presets.map((preset) => (
              <Select.Option key={preset.id} value={preset.id}>
                {preset.names[language]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div>
          <Button type="button" variant="secondary" onClick={usePreset}>
            {t('presets.use')}
          </Button>
        </div>
      </section>
      <form ref={save.formRef} onSubmit={save.handle(form)} noValidate className="attendance-form attendance-guideline-column" aria-labelledby="guideline-rules">
        <Heading level={2} data-size="sm" id="guideline-rules">
          {t('edit.heading')}
        </Heading>
        {rules.fields.map((field, index) => (
          <GuidelineRuleFields key={field.id} form={form} index={index} kinds={current.kinds} onRemove={rules.fields.length > 1 ? () => rules.remove(index) : undefined} />
        ))}
        {rules.fields.length < MAX_RULES && (
          <div>
            <Button type="button" variant="secondary" onClick={() => rules.append(newRule(current.kinds, rules.fields.length + 1))}>
              {t('edit.add')}
            </Button>
          </div>
        )}
        <Textfield
          {...form.register('dayMinutes')}
          inputMode="numeric"
          autoComplete="off"
          label={t('edit.dayMinutes')}
          error={form.formState.errors.dayMinutes ? t('edit.invalid.bad_day_minutes') : undefined}
        />
        <FormAlert submit={save} />
        <p role="status">{status}</p>
        <div>
          <Button type="submit" aria-disabled={save.busy || undefined}>
            {t('edit.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The form's field for a field the server refused (`body/guideline/rules/<i>/<field>…`). */
const REFUSED_FIELDS: [RegExp, keyof RuleForm][] = [
  [/^body\/guideline\/rules\/(\d+)\/kinds/, 'kinds'],
  [/^body\/guideline\/rules\/(\d+)\/threshold/, 'threshold'],
  [/^body\/guideline\/rules\/(\d+)\/window\/weeks/, 'weeks'],
  [/^body\/guideline\/rules\/(\d+)\/stage/, 'stage'],
  [/^body\/guideline\/rules\/(\d+)\/triggers\/\d+\/withinSchoolDays/, 'withinSchoolDays'],
  [/^body\/guideline\/rules\/(\d+)\/source\/text/, 'sourceText'],
];

/** Marks each refused rule field the server names; true when any was, so the form shows them there. */
function markRefusedFields(body: unknown, setError: UseFormSetError<GuidelineForm>): boolean {
  const issues = (body as { issues?: { path?: unknown; code?: unknown }[] } | null)?.issues ?? [];
  let marked = false;
  for (const issue of issues) {
    if (typeof issue.path !== 'string' || typeof issue.code !== 'string') continue;
    for (const [pattern, field] of REFUSED_FIELDS) {
      const match = pattern.exec(issue.path);
      if (!match) continue;
      setError(`rules.${Number(match[1])}.${field}`, { message: issue.code === 'kind_not_of_country' ? issue.code : refusedCode(field) });
      marked = true;
    }
  }
  return marked;
}

/** The form's own words for a field the server refused for a reason the browser's check missed. */
function refusedCode(field: keyof RuleForm): string {
  const codes: Partial<Record<keyof RuleForm, string>> = { kinds: 'no_kind', threshold: 'bad_count', weeks: 'bad_weeks', stage: 'bad_stage', withinSchoolDays: 'bad_school_days', sourceText: 'text_too_short' };
  return codes[field] ?? 'other';
}
