import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Consultation } from '../../consultations/schema.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCan } from '../../kernel/ui/session.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { offeredItems, type CarryItem, type Confirmed } from '../domain/carry-over.ts';
import { draftSchema, localeSchema } from '../schema.ts';
import { api, draftPath } from './paths.ts';

const NONE: Confirmed = { child: false, category: false, description: false, advice: false, followUps: false };

/**
 * "Write a concern report" on a consultation, for those who may start one from it. Before the
 * draft exists, each item that could be carried over is listed with its content and a
 * checkbox, all unticked: nothing goes into the report that the writer did not confirm.
 * When the consultation recommended a report, the way to it is the first thing on the page.
 */
export function FromConsultation({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('concerns');
  const mayStart = useCan('concern.from_consultation');
  const [open, setOpen] = useState(false);
  if (!mayStart || consultation.details === null) return null;
  const recommended = consultation.outcome === 'concern_report_recommended';
  const start = (
    <Button variant={recommended ? 'primary' : 'secondary'} aria-expanded={open} onClick={() => setOpen(true)}>
      {t('fromConsultation.start')}
    </Button>
  );
  return (
    <section className="page-section concern-from-consultation" aria-labelledby="from-consultation-heading">
      {recommended ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs" id="from-consultation-heading">
            {t('fromConsultation.recommendedTitle')}
          </Heading>
          <Paragraph>{t('fromConsultation.recommendedText')}</Paragraph>
          {!open && start}
        </Alert>
      ) : (
        <>
          <Heading level={2} data-size="sm" id="from-consultation-heading">
            {t('fromConsultation.start')}
          </Heading>
          {!open && start}
        </>
      )}
      {open && <CarryOverForm consultation={consultation} onCancel={() => setOpen(false)} />}
      <StartedReports consultation={consultation} />
    </section>
  );
}

function CarryOverForm({ consultation, onCancel }: { consultation: Consultation; onCancel: () => void }) {
  const { t, i18n } = useTranslation('concerns');
  const { t: tcons } = useTranslation('consultations');
  const format = useDateFormat();
  const navigate = useNavigate();
  const [carry, setCarry] = useState<Confirmed>(NONE);
  // Once the draft exists the form waits for its page (loaded on first use): a second press would start a second draft.
  const [started, setStarted] = useState(false);
  const submit = useSubmit({
    send: async (confirmed: Confirmed, idempotencyKey: string) => {
      const locale = localeSchema.catch('nb').parse(i18n.resolvedLanguage);
      const draft = await sendJson('POST', api.fromConsultation(consultation.id), { carry: confirmed, locale, idempotencyKey }, draftSchema);
      setStarted(true);
      void navigate(draftPath(draft.id));
    },
    failed: (reason) => t('fromConsultation.failed', { reason }),
    refused: (error) => (error.code === 'consent_not_valid' ? t('fromConsultation.failed', { reason: t('fromConsultation.withheld') }) : undefined),
  });
  // The button that opened the step is gone: the keyboard continues at the first item.
  useEffect(() => {
    submit.formRef.current?.querySelector('input')?.focus();
  }, [submit.formRef]);
  const details = consultation.details!;
  const offered = offeredItems({ child: consultation.child, ...details });

  const content: Record<CarryItem, { label: string; description?: string }> = {
    child: { label: t('fromConsultation.items.child', { name: consultation.child ? `${consultation.child.givenName} ${consultation.child.familyName}` : '' }) },
    category: { label: t('fromConsultation.items.category', { category: tcons(`concernCategory.${consultation.category}`, { ns: 'common' }) }) },
    description: { label: t('fromConsultation.items.description'), description: details.description },
    advice: { label: t('fromConsultation.items.advice'), description: details.advice },
    followUps: {
      label: t('fromConsultation.items.followUps'),
      description: details.followUps
        .map((f) => tcons('detail.followUpItem', { text: f.text, owner: `${f.owner.givenName} ${f.owner.familyName}`, date: format.date(f.dueOn) }))
        .join('; '),
    },
  };

  return (
    <form ref={submit.formRef} className="concern-carry-over" noValidate onSubmit={started ? (event) => event.preventDefault() : submit.handle(undefined, carry)}>
      <Fieldset>
        <Fieldset.Legend>{t('fromConsultation.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('fromConsultation.hint')}</Fieldset.Description>
        {offered.map((item) => (
          <Checkbox
            key={item}
            value={item}
            label={content[item].label}
            description={content[item].description}
            checked={carry[item]}
            onChange={(e) => setCarry((c) => ({ ...c, [item]: e.target.checked }))}
          />
        ))}
      </Fieldset>
      {consultation.child === null && <Paragraph>{t('fromConsultation.noChild')}</Paragraph>}
      <FormAlert submit={submit} />
      <div className="concern-carry-over-actions">
        <Button type="submit" aria-disabled={submit.busy || started || undefined}>
          {submit.busy || started ? t('fromConsultation.creating') : t('fromConsultation.create')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('fromConsultation.cancel')}
        </Button>
      </div>
    </form>
  );
}

function StartedReports({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  if (consultation.concernReports.length === 0) return null;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('fromConsultation.reportsTitle')}
      </Heading>
      <ul>
        {consultation.concernReports.map((report, i) => (
          <li key={i}>
            {report.sentAt
              ? t('fromConsultation.reportSent', { date: format.dateTime(report.startedAt), sent: format.dateTime(report.sentAt) })
              : t('fromConsultation.reportDraft', { date: format.dateTime(report.startedAt) })}
          </li>
        ))}
      </ul>
    </>
  );
}
