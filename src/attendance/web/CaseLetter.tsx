import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { attendanceCaseSchema, type AttendanceCase, type CaseLetter as Letter } from '../case-schema.ts';
import { fieldIssues, letterFormSchema, type LetterForm } from './case-forms.ts';
import { api } from './paths.ts';

interface Props {
  current: AttendanceCase;
  onChanged: (next: AttendanceCase) => void;
}

/**
 * Denmark, at 10 % illegal absence in a quarter: the warning letter to the parents, drafted in
 * Danish from the template with the flag's figures. The coordinator edits it and records it as
 * sent (the day, to whom); the letter as sent stays on the case, printable.
 */
export function CaseLetter({ current, onChanged }: Props) {
  const { t } = useTranslation('attendanceCase');
  if (current.warningLetterDraft === null && current.letters.length === 0) return null;
  return (
    <section aria-labelledby="case-letter">
      <Heading level={2} data-size="sm" id="case-letter">
        {t('letter.heading')}
      </Heading>
      {current.letters.map((letter) => (
        <SentLetter key={letter.id} letter={letter} />
      ))}
      {current.warningLetterDraft !== null && current.closedAt === null && <LetterFormView current={current} draft={current.warningLetterDraft} onChanged={onChanged} />}
    </section>
  );
}

function SentLetter({ letter }: { letter: Letter }) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  const [printing, setPrinting] = useState(false);
  const print = () => {
    setPrinting(true);
    // After the class is on: only the letter is printed.
    requestAnimationFrame(() => {
      window.print();
      setPrinting(false);
    });
  };
  return (
    <>
      <Paragraph>
        <strong>{t('letter.sent', { date: format.date(letter.sentOn), to: letter.sentTo })}</strong>
      </Paragraph>
      {letter.by && <Paragraph data-size="sm">{t('letter.by', { name: letter.by.name })}</Paragraph>}
      <div className={printing ? 'attendance-letter-text attendance-letter-printing' : 'attendance-letter-text'} lang="da">
        {letter.body}
      </div>
      <Button type="button" variant="secondary" onClick={print}>
        {t('letter.print')}
      </Button>
    </>
  );
}

function LetterFormView({ current, draft, onChanged }: Props & { draft: string }) {
  const { t } = useTranslation('attendanceCase');
  const form = useSchemaForm(letterFormSchema, { body: draft, sentOn: current.today, sentTo: '' });
  const submit = useSubmit({
    send: async (values: LetterForm, idempotencyKey: string) => {
      onChanged(await sendJson('POST', api.letters(current.id), { ...values, kind: 'warning', version: current.version, idempotencyKey }, attendanceCaseSchema));
    },
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const marked = fieldIssues(error.body).filter(({ field }) => field === 'sentOn');
      for (const { code } of marked) form.setError('sentOn', { type: 'server', message: t(`issue.${code}` as 'issue.in_future') });
      return marked.length > 0 || undefined;
    },
  });
  const { errors } = form.formState;
  const fieldError = (name: keyof LetterForm, missing?: string) => {
    const error = errors[name];
    if (!error) return undefined;
    if (error.type === 'server') return error.message;
    return missing && error.message === 'text_too_short' ? missing : submit.errorText(error.message ?? 'unknown');
  };
  return (
    <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="attendance-case-form">
      <Paragraph>{t('letter.intro')}</Paragraph>
      <Textfield {...form.register('body')} multiline rows={14} lang="da" label={t('letter.body')} autoComplete="off" error={fieldError('body', t('letter.missingBody'))} />
      <Textfield {...form.register('sentTo')} label={t('letter.sentTo')} autoComplete="off" error={fieldError('sentTo', t('letter.missingTo'))} />
      <Textfield {...form.register('sentOn')} type="date" label={t('letter.sentOn')} error={fieldError('sentOn')} />
      <FormAlert submit={submit} />
      <Button type="submit" aria-disabled={submit.busy || undefined}>
        {t('letter.record')}
      </Button>
    </form>
  );
}
