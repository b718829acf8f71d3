import { Alert, Button, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSchema } from '../../children/schema.ts';
import { api as childrenApi } from '../../children/web/paths.ts';
import { localDate } from '../../time/dates.ts';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import type { UnitDetail } from '../../organisation/schema.ts';
import { CONCERN_CATEGORIES, type ConcernCategory } from '../../kernel/concern-categories/categories.ts';
import { CONSULTATION_MODES, OUTCOMES, type ConsultationMode, type Outcome } from '../domain/kinds.ts';
import { consultationContentSchema, consultationSchema, followUpInputSchema, identifyingTextErrorSchema, newConsultationSchema, type Consultation, type EditConsultation, type NewConsultation } from '../schema.ts';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import { formDateProblems, serverDateProblems, type DateField } from './date-problems.ts';
import { api } from './paths.ts';
import { refusedTexts, type RefusedText, type TextFieldName } from './refused-texts.ts';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import { useErrorText } from './use-error-text.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { namesApart } from '../../kernel/ui/names-apart.ts';

type Invalid = Partial<Record<'child' | 'groupLabel' | 'heldOn' | 'description' | 'followUp' | 'due', string>>;

/**
 * The consultation form, for a new record (`existing` null: the mode first) or an edit of one
 * (mode, child and group fixed; the version read is sent back, and a record changed meanwhile
 * is refused as a conflict). Anonymous and group text that the guard refuses is shown marked.
 */
export function ConsultationForm({ detail, existing, onSaved }: { detail: UnitDetail; existing: Consultation | null; onSaved: (c: Consultation) => void }) {
  const { t } = useTranslation('consultations');
  const counter = useCounter();
  const errorText = useErrorText();
  const { unit, people } = detail;
  const ownerNames = namesApart(people, (p) => p.email);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const busy = useRef(false);
  const firstFollowUp = existing?.details?.followUps[0];
  // The form edits the first follow-up; any further ones (recorded through the API) are kept as they are.
  const laterFollowUps = (existing?.details?.followUps.slice(1) ?? []).map((f) => ({ text: f.text, ownerStaffId: f.owner.id, dueOn: f.dueOn }));
  const [mode, setMode] = useState<ConsultationMode>(existing?.mode ?? 'anonymous');
  const [childId, setChildId] = useState(existing?.child?.id ?? '');
  const [groupLabel, setGroupLabel] = useState(existing?.groupLabel ?? '');
  const [category, setCategory] = useState<ConcernCategory>(existing?.category ?? CONCERN_CATEGORIES[0]);
  const [heldOn, setHeldOn] = useState(() => existing?.heldOn ?? localDate(new Date()));
  const [description, setDescription] = useState(existing?.details?.description ?? '');
  const [advice, setAdvice] = useState(existing?.details?.advice ?? '');
  const [followUpText, setFollowUpText] = useState(firstFollowUp?.text ?? '');
  const [owner, setOwner] = useState(firstFollowUp?.owner.id ?? '');
  const [due, setDue] = useState(firstFollowUp?.dueOn ?? '');
  const [outcome, setOutcome] = useState<Outcome>(existing?.outcome ?? OUTCOMES[0]);
  const [invalid, setInvalid] = useState<Invalid>({});
  const [identifying, setIdentifying] = useState<RefusedText[] | null>(null);
  const confirmation = useWarningConfirmation();
  const [failure, setFailure] = useState('');
  const fields = {
    child: useRef<HTMLSelectElement>(null),
    groupLabel: useRef<HTMLInputElement>(null),
    heldOn: useRef<HTMLInputElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
    advice: useRef<HTMLTextAreaElement>(null),
    followUp: useRef<HTMLInputElement>(null),
    due: useRef<HTMLInputElement>(null),
  };
  const dateTexts = (problems: ReturnType<typeof formDateProblems>): Invalid =>
    Object.fromEntries(Object.entries(problems).map(([field, code]) => [field as DateField, t(`form.dates.${code}`)]));
  const anonymousText = mode !== 'consented';

  function check(): Invalid {
    const found: Invalid = {};
    if (mode === 'consented' && childId === '') found.child = t('form.missing.child');
    if (mode === 'group' && groupLabel.trim() === '') found.groupLabel = t('form.missing.groupLabel');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) found.heldOn = t('form.missing.heldOn');
    if (description.trim() === '') found.description = t('form.missing.description');
    const parts = [followUpText.trim(), owner, due].filter((v) => v !== '').length;
    if (parts !== 0 && parts !== 3) found.followUp = t('form.missing.followUp');
    if (found.heldOn || found.followUp) return found;
    return { ...found, ...dateTexts(formDateProblems(heldOn, parts === 3 ? due : null, existing !== null, localDate(new Date()))) };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    setFailure('');
    setIdentifying(null);
    const found = check();
    setInvalid(found);
    const first = (['child', 'groupLabel', 'heldOn', 'description', 'followUp', 'due'] as const).find((k) => found[k]);
    if (first) {
      fields[first].current?.focus();
      return;
    }
    const content = {
      category,
      heldOn,
      description: description.trim(),
      advice: advice.trim(),
      outcome,
      followUps: [...(followUpText.trim() === '' ? [] : [{ text: followUpText.trim(), ownerStaffId: owner, dueOn: due }]), ...laterFollowUps],
    };
    const label = mode === 'group' ? groupLabel.trim() : null;
    // A confirmation covers exactly the texts it was given for.
    const sentKey = JSON.stringify([mode, label, content.description, content.advice, content.followUps.map((f) => f.text)]);
    if (confirmation.blocks(sentKey)) return;
    const anonymityConfirmed = confirmation.confirmedFor(sentKey);
    const labelled = (texts: RefusedText[]) => texts.map((x) => ({ ...x, label: t(`form.fields.${x.field}`) }));
    busy.current = true;
    try {
      if (existing) {
        const edit: EditConsultation = { ...content, version: existing.version, anonymityConfirmed };
        onSaved(await sendJson('PUT', api.consultation(existing.id), edit, consultationSchema));
      } else {
        const create: NewConsultation = { ...content, mode, childId: mode === 'consented' ? childId : null, groupLabel: label, idempotencyKey, anonymityConfirmed };
        onSaved(await sendJson('POST', api.consultations(unit.id), create, consultationSchema));
      }
    } catch (error) {
      busy.current = false;
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      if ((code === 'identifying_text' || code === 'needs_confirmation') && error instanceof ApiRequestError) {
        const body = identifyingTextErrorSchema.safeParse(error.body).data;
        const texts = refusedTexts({ ...content, groupLabel: label }, body?.findings ?? []);
        const warned = refusedTexts({ ...content, groupLabel: label }, body?.warnings ?? []);
        setIdentifying(texts.length > 0 ? texts : null);
        if (warned.length > 0) confirmation.warn(sentKey, labelled(warned));
        else confirmation.clear();
        const firstField = (texts[0] ?? warned[0])?.field;
        if (firstField) fields[firstField].current?.focus();
        return;
      }
      const dates = dateTexts(serverDateProblems(error instanceof ApiRequestError ? error.body : undefined));
      if (code === 'validation_failed' && Object.keys(dates).length > 0) {
        setInvalid(dates);
        fields[dates.heldOn ? 'heldOn' : 'due'].current?.focus();
        return;
      }
      if (code === 'consent_not_valid') {
        setInvalid({ child: t('form.consentMissing') });
        fields.child.current?.focus();
        return;
      }
      setFailure(t('form.failed', { reason: errorText(code) }));
    }
  }

  const marked = (name: TextFieldName) =>
    identifying?.some((x) => x.field === name)
      ? errorText('identifying_text')
      : confirmation.warned?.texts.some((x) => x.label === t(`form.fields.${name}`))
        ? errorText('needs_confirmation')
        : undefined;

  return (
    <form className="consultation-form" onSubmit={(event) => void submit(event)} noValidate>
      {existing ? (
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
      ) : (
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
                setMode(value);
                setIdentifying(null);
              }}
            />
          ))}
        </Fieldset>
      )}
      {!existing && mode === 'consented' && <ChildChoice unitId={unit.id} value={childId} onChange={setChildId} error={invalid.child} selectRef={fields.child} />}
      {!existing && mode === 'group' && (
        <Textfield
          ref={fields.groupLabel}
          label={t('form.groupLabel')}
          description={t('form.groupLabelHint')}
          autoComplete="off"
          value={groupLabel}
          counter={counter(newConsultationSchema.shape.groupLabel.unwrap())}
          error={invalid.groupLabel ?? marked('groupLabel')}
          onChange={(e) => setGroupLabel(e.target.value)}
        />
      )}
      <Field>
        <Label>{t('form.category')}</Label>
        <Select width="auto" value={category} onChange={(e) => setCategory(e.target.value as ConcernCategory)}>
          {CONCERN_CATEGORIES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`concernCategory.${value}`, { ns: 'common' })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield ref={fields.heldOn} type="date" label={t('form.heldOn')} value={heldOn} error={invalid.heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      <Textfield
        ref={fields.description}
        multiline
        rows={5}
        label={t('form.description')}
        description={anonymousText ? t('form.anonymousHint') : undefined}
        autoComplete="off"
        value={description}
        counter={counter(consultationContentSchema.shape.description)}
        error={invalid.description ?? marked('description')}
        onChange={(e) => setDescription(e.target.value)}
      />
      <Textfield
        ref={fields.advice}
        multiline
        rows={4}
        label={t('form.advice')}
        autoComplete="off"
        value={advice}
        counter={counter(consultationContentSchema.shape.advice)}
        error={marked('advice')}
        onChange={(e) => setAdvice(e.target.value)}
      />
      <Fieldset>
        <Fieldset.Legend>{t('form.followUp')}</Fieldset.Legend>
        <Fieldset.Description>{t('form.followUpHint')}</Fieldset.Description>
        <Textfield
          ref={fields.followUp}
          label={t('form.followUpText')}
          autoComplete="off"
          value={followUpText}
          counter={counter(followUpInputSchema.shape.text)}
          error={invalid.followUp ?? marked('followUp')}
          onChange={(e) => setFollowUpText(e.target.value)}
        />
        <Field>
          <Label>{t('form.owner')}</Label>
          <Select width="auto" value={owner} onChange={(e) => setOwner(e.target.value)}>
            <Select.Option value="">{t('form.ownerChoose')}</Select.Option>
            {people.map((p, i) => (
              <Select.Option key={p.id} value={p.id}>
                {ownerNames[i]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield ref={fields.due} type="date" label={t('form.due')} value={due} error={invalid.due} onChange={(e) => setDue(e.target.value)} />
      </Fieldset>
      <Field>
        <Label>{t('form.outcome')}</Label>
        <Select width="auto" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
          {OUTCOMES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`outcome.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div role="alert" className="form-failure">
        {identifying && <IdentifyingFindings texts={identifying.map((x) => ({ ...x, label: t(`form.fields.${x.field}`) }))} />}
        <AnonymityWarnings confirmation={confirmation} />
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('form.submit')}</Button>
    </form>
  );
}

function ChildChoice({
  unitId,
  value,
  onChange,
  error,
  selectRef,
}: {
  unitId: string;
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
  selectRef: React.RefObject<HTMLSelectElement | null>;
}) {
  const { t } = useTranslation('consultations');
  const register = useApi(childrenApi.register(unitId), registerSchema);
  return (
    <Loaded state={register} loadingLabel={t('form.loading')}>
      {(data) => (
        <Field>
          <Label>{t('form.child')}</Label>
          <Field.Description>{t('form.childHint')}</Field.Description>
          <Select ref={selectRef} width="auto" value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
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
