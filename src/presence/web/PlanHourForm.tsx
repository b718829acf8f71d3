import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../time/dates.ts';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { clashErrorSchema, consultationHourSchema, networkContactsSchema, type PlanHourRequest } from '../schema.ts';
import { presenceMessages } from './messages.ts';
import { api } from './paths.ts';
import { issuesOf } from './issues.ts';
import { usePresenceError } from './presence-error.ts';

type FieldName = keyof PlanHourRequest;
type FieldCode = keyof (typeof presenceMessages)['nb']['plan']['field'];
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(presenceMessages.nb.plan.field, code);
}

/**
 * Plans a weekly consultation hour at the unit, for those who plan presence. The server checks
 * the hour field by field and against the contact's other hours; a clash is shown naming the
 * other unit, the date and the times, in the user's language.
 */
export function PlanHourForm({ unitId, onPlanned }: { unitId: string; onPlanned: () => void }) {
  const { t } = useTranslation('presence');
  const errorText = usePresenceError();
  const format = useDateFormat();
  const user = useUser();
  const headingId = useId();
  const contacts = useApi(api.contacts, networkContactsSchema);
  const today = localDate(new Date());
  const [form, setForm] = useState<Record<FieldName, string>>({
    contactStaffId: '',
    weekday: '1',
    start: '12:00',
    end: '13:00',
    slotMinutes: '30',
    from: today,
    // Until the end of the school year under way, which runs August to June.
    to: `${Number(today.slice(0, 4)) + (today.slice(5) >= '07-01' ? 1 : 0)}-06-19`,
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState('');
  const busy = useRef(false);

  const contactList = contacts.status === 'ready' ? contacts.data.contacts : [];
  const contactStaffId = form.contactStaffId || (contactList.some((c) => c.id === user?.id) ? user!.id : (contactList[0]?.id ?? ''));
  const set = (name: FieldName) => (value: string) => setForm((f) => ({ ...f, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setFailure('');
    setDone('');
    setFieldErrors({});
    const body = { ...form, contactStaffId, weekday: Number(form.weekday), slotMinutes: Number(form.slotMinutes) };
    try {
      const hour = await sendJson('POST', api.consultationHoursOf(unitId), body, consultationHourSchema);
      setDone(t('plan.done', { weekday: t(`weekday.d${hour.weekday as 1 | 2 | 3 | 4 | 5}`), start: hour.start, end: hour.end }));
      onPlanned();
    } catch (error) {
      if (!(error instanceof ApiRequestError)) {
        setFailure(t('plan.failed', { reason: errorText('unknown') }));
      } else if (error.code === 'clash') {
        const clash = clashErrorSchema.safeParse(error.body);
        const details = clash.success ? clash.data.clash : undefined;
        setFailure(
          details
            ? t(details.travelMinutes > 0 ? 'plan.clash' : 'plan.clashSameUnit', {
                unit: details.existing.unitName,
                date: format.date(details.date),
                start: details.existing.start,
                end: details.existing.end,
                travel: details.travelMinutes,
              })
            : errorText('clash'),
        );
      } else if (error.code === 'validation_failed' && issuesOf(error.body).length > 0) {
        const found: Partial<Record<FieldName, string>> = {};
        for (const issue of issuesOf(error.body)) {
          const field = issue.path.replace(/^body\//, '') as FieldName;
          found[field] ??= isFieldCode(issue.code) ? t(`plan.field.${issue.code}`) : errorText('validation_failed');
        }
        setFieldErrors(found);
      } else {
        setFailure(t('plan.failed', { reason: errorText(error.code) }));
      }
    } finally {
      busy.current = false;
    }
  }

  return (
    <section aria-labelledby={headingId} className="plan-hour">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('plan.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('plan.intro')}</Paragraph>
      <form className="plan-hour__form" onSubmit={(event) => void submit(event)} noValidate>
        <Field>
          <Label>{t('plan.contact')}</Label>
          <Select width="auto" value={contactStaffId} onChange={(event) => set('contactStaffId')(event.target.value)} aria-invalid={!!fieldErrors.contactStaffId}>
            {contactList.map((c) => (
              <Select.Option key={c.id} value={c.id}>{`${c.givenName} ${c.familyName}`}</Select.Option>
            ))}
          </Select>
          {fieldErrors.contactStaffId && <ValidationMessage>{fieldErrors.contactStaffId}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('plan.weekday')}</Label>
          <Select width="auto" value={form.weekday} onChange={(event) => set('weekday')(event.target.value)} aria-invalid={!!fieldErrors.weekday}>
            {WEEKDAYS.map((d) => (
              <Select.Option key={d} value={String(d)}>
                {t(`weekday.d${d}`)}
              </Select.Option>
            ))}
          </Select>
          {fieldErrors.weekday && <ValidationMessage>{fieldErrors.weekday}</ValidationMessage>}
        </Field>
        <div className="plan-hour__row">
          <Textfield type="time" label={t('plan.start')} value={form.start} onChange={(e) => set('start')(e.target.value)} error={fieldErrors.start} />
          <Textfield type="time" label={t('plan.end')} value={form.end} onChange={(e) => set('end')(e.target.value)} error={fieldErrors.end} />
          <Textfield
            type="number"
            min={5}
            step={5}
            label={t('plan.slotMinutes')}
            value={form.slotMinutes}
            onChange={(e) => set('slotMinutes')(e.target.value)}
            error={fieldErrors.slotMinutes}
          />
        </div>
        <div className="plan-hour__row">
          <Textfield type="date" label={t('plan.from')} value={form.from} onChange={(e) => set('from')(e.target.value)} error={fieldErrors.from} />
          <Textfield type="date" label={t('plan.to')} value={form.to} onChange={(e) => set('to')(e.target.value)} error={fieldErrors.to} />
        </div>
        <div role="alert" className="form-failure">
          {failure && (
            <Alert data-color="danger">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
        </div>
        <p role="status">{done}</p>
        <Button type="submit" disabled={contactList.length === 0}>
          {t('plan.submit')}
        </Button>
      </form>
    </section>
  );
}
