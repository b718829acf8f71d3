import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../time/dates.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { clashErrorSchema, consultationHourSchema, networkContactsSchema } from '../schema.ts';
import { ContactDayFields } from './ContactDayFields.tsx';
import { HourTimeFields } from './HourTimeFields.tsx';
import { api } from './paths.ts';
import { planIssues, type PlanField, type PlanIssues } from './plan-issues.ts';

/**
 * Plans a weekly consultation hour at the unit, for those who plan presence. The server checks
 * the hour field by field and against the contact's other hours; a clash is shown naming the
 * other unit, the date and the times, in the user's language.
 */
export function PlanHourForm({ unitId, onPlanned }: { unitId: string; onPlanned: () => void }) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const user = useUser();
  const headingId = useId();
  const contacts = useApi(api.contacts, networkContactsSchema);
  const today = localDate(new Date());
  const [form, setForm] = useState<Record<PlanField, string>>({
    contactStaffId: '',
    weekday: '1',
    start: '12:00',
    end: '13:00',
    slotMinutes: '30',
    from: today,
    // Until the end of the school year under way, which runs August to June.
    to: `${Number(today.slice(0, 4)) + (today.slice(5) >= '07-01' ? 1 : 0)}-06-19`,
  });
  const [issues, setIssues] = useState<PlanIssues>({});
  const [done, setDone] = useState('');

  const contactList = contacts.status === 'ready' ? contacts.data.contacts : [];
  const contactStaffId = form.contactStaffId || (contactList.some((c) => c.id === user?.id) ? user!.id : (contactList[0]?.id ?? ''));
  const set = (name: PlanField) => (value: string) => setForm((f) => ({ ...f, [name]: value }));

  const plan = useSubmit({
    send: async () => {
      setDone('');
      setIssues({});
      const body = { ...form, contactStaffId, weekday: Number(form.weekday), slotMinutes: Number(form.slotMinutes) };
      const hour = await sendJson('POST', api.consultationHoursOf(unitId), body, consultationHourSchema);
      setDone(t('plan.done', { weekday: t(`weekday.d${hour.weekday as 1 | 2 | 3 | 4 | 5}`), start: hour.start, end: hour.end }));
      onPlanned();
    },
    ns: 'presence',
    failed: (reason) => t('plan.failed', { reason }),
    refused: (error, errorText) => {
      if (error.code === 'clash') {
        const details = clashErrorSchema.safeParse(error.body).data?.clash;
        if (!details) return errorText('clash');
        return t(details.travelMinutes > 0 ? 'plan.clash' : 'plan.clashSameUnit', {
          unit: details.existing.unitName,
          date: format.date(details.date),
          start: details.existing.start,
          end: details.existing.end,
          travel: details.travelMinutes,
        });
      }
      if (error.code !== 'validation_failed') return undefined;
      const found = planIssues(error.body, t, errorText);
      setIssues(found);
      return Object.keys(found).length > 0 || undefined;
    },
  });

  return (
    <section aria-labelledby={headingId} className="plan-hour">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('plan.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('plan.intro')}</Paragraph>
      <form ref={plan.formRef} className="plan-hour__form" onSubmit={plan.handle()} noValidate>
        <ContactDayFields contacts={contactList} contactStaffId={contactStaffId} weekday={form.weekday} set={set} issues={issues} />
        <HourTimeFields values={form} set={set} issues={issues} />
        <FormAlert submit={plan} />
        <p role="status">{done}</p>
        <Button type="submit" disabled={contactList.length === 0}>
          {t('plan.submit')}
        </Button>
      </form>
    </section>
  );
}
