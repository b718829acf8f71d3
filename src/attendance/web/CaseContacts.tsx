import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { attendanceCaseSchema, type AttendanceCase } from '../case-schema.ts';
import { CONTACT_PARTIES, CONTACT_WAYS } from '../domain/case-rules.ts';
import { contactFormSchema, fieldIssues, type ContactForm } from './case-forms.ts';
import { api } from './paths.ts';

interface Props {
  current: AttendanceCase;
  onChanged: (next: AttendanceCase) => void;
}

/** The contact log, newest first, and a form for a new entry while the case is open. */
export function CaseContacts({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  return (
    <section aria-labelledby="case-contacts">
      <Heading level={2} data-size="sm" id="case-contacts">
        {t('contacts.heading')}
      </Heading>
      {current.contacts.length === 0 && current.letters.length === 0 ? (
        <Paragraph>{t('contacts.none')}</Paragraph>
      ) : (
        <ul className="attendance-case-list">
          {/* The letters sent are part of the log, by the day they went. */}
          {[...current.letters.map((letter) => ({ on: letter.sentOn, letter })), ...current.contacts.map((contact) => ({ on: contact.contactedOn, contact }))]
            .sort((a, b) => b.on.localeCompare(a.on))
            .map((entry) =>
              'letter' in entry ? (
                <li key={entry.letter.id}>
                  <Paragraph>
                    <strong>{t('letter.sent', { date: format.date(entry.letter.sentOn), to: entry.letter.sentTo })}</strong>
                  </Paragraph>
                  {entry.letter.by && <Paragraph data-size="sm">{t('letter.by', { name: entry.letter.by.name })}</Paragraph>}
                </li>
              ) : (
                <li key={entry.contact.id}>
                  <Paragraph>
                    <strong>{t('contacts.entry', { date: format.date(entry.contact.contactedOn), how: t(`how.${entry.contact.how}`), withWhom: t(`withWhom.${entry.contact.withWhom}`) })}</strong>
                  </Paragraph>
                  <Paragraph data-size="sm">{t('contacts.outcome', { text: entry.contact.outcome })}</Paragraph>
                  {entry.contact.agreed && <Paragraph data-size="sm">{t('contacts.agreed', { text: entry.contact.agreed })}</Paragraph>}
                  {entry.contact.by && <Paragraph data-size="sm">{t('contacts.by', { name: entry.contact.by.name })}</Paragraph>}
                </li>
              ),
            )}
        </ul>
      )}
      {current.closedAt === null && <AddContactForm current={current} onChanged={onChanged} />}
    </section>
  );
}

function AddContactForm({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  const fresh = (): ContactForm => ({ contactedOn: current.today, withWhom: 'parents', how: 'phone', outcome: '', agreed: '' });
  const form = useSchemaForm(contactFormSchema, fresh());
  const submit = useSubmit({
    send: async (values: ContactForm, idempotencyKey: string) => {
      onChanged(await sendJson('POST', api.contacts(current.id), { ...values, version: current.version, idempotencyKey }, attendanceCaseSchema));
      form.reset(fresh());
    },
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const marked = fieldIssues(error.body).filter(({ field }) => field === 'contactedOn');
      for (const { code } of marked) form.setError('contactedOn', { type: 'server', message: t(`issue.${code}` as 'issue.in_future') });
      return marked.length > 0 || undefined;
    },
  });
  const { errors } = form.formState;
  const fieldError = (name: keyof ContactForm, missing?: string) => {
    const error = errors[name];
    if (!error) return undefined;
    if (error.type === 'server') return error.message;
    return missing && error.message === 'text_too_short' ? missing : submit.errorText(error.message ?? 'unknown');
  };
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate aria-labelledby="case-contact-form" className="attendance-case-form">
      <Heading level={3} data-size="xs" id="case-contact-form">
        {t('contacts.addHeading')}
      </Heading>
      <Textfield {...form.register('contactedOn')} type="date" label={t('contacts.date')} error={fieldError('contactedOn')} />
      <Field>
        <Label>{t('contacts.withWhom')}</Label>
        <Select width="auto" {...form.register('withWhom')}>
          {CONTACT_PARTIES.map((party) => (
            <Select.Option key={party} value={party}>
              {t(`withWhom.${party}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('contacts.how')}</Label>
        <Select width="auto" {...form.register('how')}>
          {CONTACT_WAYS.map((way) => (
            <Select.Option key={way} value={way}>
              {t(`how.${way}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield {...form.register('outcome')} multiline rows={2} label={t('contacts.outcomeLabel')} autoComplete="off" error={fieldError('outcome', t('contacts.missingOutcome'))} />
      <Textfield {...form.register('agreed')} multiline rows={2} label={t('contacts.agreedLabel')} autoComplete="off" error={fieldError('agreed')} />
      <FormAlert submit={submit} />
      <Button type="submit" aria-disabled={submit.busy || undefined}>
        {t('contacts.add')}
      </Button>
    </form>
  );
}
