import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { draftPath } from '../../concern-reports/web/paths.ts';
import { localeSchema } from '../../kernel/db/register-kinds.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { startedReportSchema, type AttendanceCase } from '../case-schema.ts';
import { REPORT_CARRY_ITEMS, reportAskedFor, type ReportCarryItem } from '../domain/case-rules.ts';
import { api } from './paths.ts';

type Carry = Record<ReportCarryItem, boolean>;
const NONE: Carry = { child: false, school: false, figures: false };

interface Props {
  current: AttendanceCase;
  onChanged: (next: AttendanceCase) => void;
}

/**
 * The concern report from the case — in Denmark the underretning to the municipality at 15 % —
 * one click into the concern-report flow: the pupil, the school and the absence figures are
 * listed unticked and only what is ticked is carried into the draft. Once started, the case
 * links to its draft. When the guideline's stage asks for it, the way to it comes first.
 */
export function CaseReport({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const [open, setOpen] = useState(false);
  const asked = reportAskedFor(current.triggers);
  const heading = (
    <Heading level={2} data-size="sm" id="case-report">
      {t(`report.heading.${current.country}`)}
    </Heading>
  );
  if (current.report) {
    return (
      <section aria-labelledby="case-report">
        {heading}
        <Paragraph>{t('report.started')}</Paragraph>
        <Paragraph>
          <RouterLink to={draftPath(current.report.id)}>{t('report.open')}</RouterLink>
        </Paragraph>
      </section>
    );
  }
  if (current.closedAt !== null) return null;
  const start = (
    <Button variant={asked ? 'primary' : 'secondary'} aria-expanded={open} onClick={() => setOpen(true)}>
      {t(`report.start.${current.country}`)}
    </Button>
  );
  return (
    <section aria-labelledby="case-report">
      {asked ? (
        <Alert data-color="warning">
          {heading}
          <Paragraph>{t(`report.asked.${current.country}`)}</Paragraph>
          {!open && start}
        </Alert>
      ) : (
        <>
          {heading}
          {!open && start}
        </>
      )}
      {open && <CarryForm current={current} onChanged={onChanged} />}
    </section>
  );
}

function CarryForm({ current, onChanged }: Props) {
  const { t, i18n } = useTranslation('attendanceCase');
  const navigate = useNavigate();
  const [carry, setCarry] = useState<Carry>(NONE);
  // Once the draft exists the form waits for its page: a second press would only answer the same draft.
  const [started, setStarted] = useState(false);
  const submit = useSubmit({
    send: async (confirmed: Carry, idempotencyKey: string) => {
      const locale = localeSchema.catch('nb').parse(i18n.resolvedLanguage);
      const answer = await sendJson('POST', api.report(current.id), { version: current.version, carry: confirmed, locale, idempotencyKey }, startedReportSchema);
      setStarted(true);
      onChanged(answer.case);
      void navigate(draftPath(answer.reportId));
    },
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
  });
  const label: Record<ReportCarryItem, string> = {
    child: t('report.items.child', { name: current.pupilName }),
    school: t('report.items.school'),
    figures: t('report.items.figures'),
  };
  return (
    <form ref={submit.formRef} noValidate className="attendance-case-form" onSubmit={started ? (event) => event.preventDefault() : submit.handle(undefined, carry)}>
      <Fieldset>
        <Fieldset.Legend>{t('report.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('report.hint')}</Fieldset.Description>
        {REPORT_CARRY_ITEMS.map((item) => (
          <Checkbox key={item} value={item} label={label[item]} checked={carry[item]} onChange={(e) => setCarry((c) => ({ ...c, [item]: e.target.checked }))} />
        ))}
      </Fieldset>
      <FormAlert submit={submit} />
      <Button type="submit" aria-disabled={submit.busy || started || undefined}>
        {submit.busy || started ? t('report.creating') : t('report.create')}
      </Button>
    </form>
  );
}
