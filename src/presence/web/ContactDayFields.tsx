import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NetworkContacts } from '../schema.ts';
import type { PlanField, PlanIssues } from './plan-issues.ts';

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** Who holds the consultation hour, and on which weekday. */
export function ContactDayFields({
  contacts,
  contactStaffId,
  weekday,
  set,
  issues,
}: {
  contacts: NetworkContacts['contacts'];
  contactStaffId: string;
  weekday: string;
  set: (name: PlanField) => (value: string) => void;
  issues: PlanIssues;
}) {
  const { t } = useTranslation('presence');
  return (
    <>
      <Field>
        <Label>{t('plan.contact')}</Label>
        <Select width="auto" value={contactStaffId} onChange={(event) => set('contactStaffId')(event.target.value)} aria-invalid={!!issues.contactStaffId}>
          {contacts.map((c) => (
            <Select.Option key={c.id} value={c.id}>{`${c.givenName} ${c.familyName}`}</Select.Option>
          ))}
        </Select>
        {issues.contactStaffId && <ValidationMessage>{issues.contactStaffId}</ValidationMessage>}
      </Field>
      <Field>
        <Label>{t('plan.weekday')}</Label>
        <Select width="auto" value={weekday} onChange={(event) => set('weekday')(event.target.value)} aria-invalid={!!issues.weekday}>
          {WEEKDAYS.map((d) => (
            <Select.Option key={d} value={String(d)}>
              {t(`weekday.d${d}`)}
            </Select.Option>
          ))}
        </Select>
        {issues.weekday && <ValidationMessage>{issues.weekday}</ValidationMessage>}
      </Field>
    </>
  );
}
