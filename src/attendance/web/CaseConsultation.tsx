import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OUTCOMES } from '../../consultations/domain/kinds.ts';
import { consultationPath } from '../../consultations/web/paths.ts';
import { localeSchema } from '../../kernel/db/register-kinds.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { startedConsultationSchema, type AttendanceCase } from '../case-schema.ts';
import { consultationAskedFor } from '../domain/case-rules.ts';
import { consultationFormSchema, fieldIssues, type ConsultationForm } from './case-forms.ts';
import { api } from './paths.ts';

interface Props {
  current: AttendanceCase;
  onChanged: (next: AttendanceCase) => void;
}

/**
 * Norway's consultation with the network contact, when the guideline's stage asks for one: one
 * click into the consultations flow from the case. The pupil is named only under a guardian's
 * consent (else the consultation is anonymous and its text checked by the anonymity guard); the
 * figures go in only when ticked. Once recorded, the case links to it.
 */
export function CaseConsultation({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const [open, setOpen] = useState(false);
  const heading = (
    <Heading level={2} data-size="sm" id="case-consultation">
      {t('consultation.heading')}
    </Heading>
  );
  if (current.consultation) {
    return (
      <section aria-labelledby="case-consultation">
        {heading}
        <Paragraph>{t('consultation.started')}</Paragraph>
        <Paragraph>
          <RouterLink to={consultationPath(current.unitId, current.consultation.id)}>{t('consultation.open')}</RouterLink>
        </Paragraph>
      </section>
    );
  }
  if (current.closedAt !== null || !consultationAskedFor(current.triggers)) return null;
  return (
    <section aria-labelledby="case-consultation">
      <Alert data-color="info">
        {heading}
        <Paragraph>{t('consultation.asked')}</Paragraph>
        {!open && (
          <Button aria-expanded={open} onClick={() => setOpen(true)}>
            {t('consultation.start')}
          </Button>
        )}
      </Alert>
      {open && <ConsultationFromCase current={current} onChanged={onChanged} />}
    </section>
  );
}

function ConsultationFromCase({ current, onChanged }: Props) {
  const { t, i18n } = useTranslation('attendanceCase');
  const navigate = useNavigate();
  const [carry, setCarry] = useState({ pupil: false, figures: false });
  const [confirming, setConfirming] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const form = useSchemaForm(consultationFormSchema, { heldOn: current.today, description: '', advice: '', outcome: 'handled_by_unit' } satisfies ConsultationForm);
  const submit = useSubmit({
    send: async (values: ConsultationForm, idempotencyKey: string) => {
      const locale = localeSchema.catch('nb').parse(i18n.resolvedLanguage);
      const body = { ...values, version: current.version, carry, locale, anonymityConfirmed: confirmed, idempotencyKey };
      const answer = await sendJson('POST', api.consultation(current.id), body, startedConsultationSchema);
      onChanged(answer.case);
      void navigate(consultationPath(current.unitId, answer.consultationId));
    },
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      if (error.code === 'identifying_text') return t('consultation.identifying');
      if (error.code === 'consent_not_valid') return t('consultation.consentMissing');
      if (error.code === 'needs_confirmation') {
        setConfirming(true);
        return t('consultation.needsConfirmation');
      }
      const missing = fieldIssues(error.body).some(({ field }) => field === 'description');
      if (missing) form.setError('description', { type: 'server', message: t('consultation.missingDescription') });
      return missing || undefined;
    },
  });
  const { errors } = form.formState;
  const fieldError = (name: keyof ConsultationForm) => {
    const error = errors[name];
    if (!error) return undefined;
    return error.type === 'server' ? error.message : submit.errorText(error.message ?? 'unknown');
  };
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="attendance-case-form">
      <Fieldset>
        <Fieldset.Legend>{t('consultation.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('consultation.hint')}</Fieldset.Description>
        {/* Without a guardian's consent only an anonymous consultation can be recorded: the pupil is not offered. */}
        {current.pupilConsentsToConsultation ? (
          <Checkbox value="pupil" label={t('consultation.pupil', { name: current.pupilName })} checked={carry.pupil} onChange={(e) => setCarry((c) => ({ ...c, pupil: e.target.checked }))} />
        ) : (
          <Paragraph data-size="sm">{t('consultation.noConsent')}</Paragraph>
        )}
        <Checkbox value="figures" label={t('consultation.figures')} checked={carry.figures} onChange={(e) => setCarry((c) => ({ ...c, figures: e.target.checked }))} />
      </Fieldset>
      <Textfield {...form.register('heldOn')} type="date" label={t('consultation.heldOn')} error={fieldError('heldOn')} />
      <Textfield {...form.register('description')} multiline rows={3} label={t('consultation.description')} autoComplete="off" error={fieldError('description')} />
      <Textfield {...form.register('advice')} multiline rows={2} label={t('consultation.advice')} autoComplete="off" error={fieldError('advice')} />
      <Field>
        <Label>{t('consultation.outcome')}</Label>
        <Select width="auto" {...form.register('outcome')}>
          {OUTCOMES.map((outcome) => (
            <Select.Option key={outcome} value={outcome}>
              {t(`consultation.outcomes.${outcome}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {confirming && !carry.pupil && <Checkbox value="confirmed" label={t('consultation.confirm')} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />}
      <FormAlert submit={submit} />
      <Button type="submit" aria-disabled={submit.busy || undefined}>
        {submit.busy ? t('consultation.creating') : t('consultation.create')}
      </Button>
    </form>
  );
}
