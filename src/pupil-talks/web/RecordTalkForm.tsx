import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { localDate } from '../../time/dates.ts';
import { identifyingErrorSchema, recordTalkRequestSchema, TALK_TOPICS, talkSchema, type TalkRequest } from '../schema.ts';
import { issueFor } from './field-issue.ts';
import { api, talkPath } from './paths.ts';
import { TalkDetailsFields, type TalkDetails } from './TalkDetailsFields.tsx';

const DATE_ERRORS = ['bad_date', 'before_request', 'in_future'] as const;
type DateError = (typeof DATE_ERRORS)[number];
const isDateError = (code: string | undefined): code is DateError => (DATE_ERRORS as readonly (string | undefined)[]).includes(code);

/** The network contact records a talk a pupil asked for, with least data; the note must not identify anyone. */
export function RecordTalkForm({ request }: { request: TalkRequest }) {
  const { t } = useTranslation('pupilTalks');
  const { t: tc } = useTranslation();
  const counter = useCounter();
  const format = useDateFormat();
  const navigate = useNavigate();
  const [details, setDetails] = useState<TalkDetails>(() => ({
    heldOn: localDate(new Date()),
    durationMinutes: 20,
    topic: request.about ?? TALK_TOPICS[0],
    followUp: false,
  }));
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<DateError | null>(null);
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();
  const submit = useSubmit({
    send: async () => {
      const sent = note.trim();
      setIdentifying(null);
      setDateError(null);
      const body = { ...details, note: sent === '' ? null : note, anonymityConfirmed: confirmation.confirmedFor(sent) };
      const talk = await sendJson('POST', api.recordTalk(request.id), body, talkSchema);
      void navigate(talkPath(talk.id));
    },
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const sent = note.trim();
      if (error.code === 'identifying_note') {
        setIdentifying({ text: sent, findings: identifyingErrorSchema.safeParse(error.body).data?.findings ?? [] });
        return true;
      }
      if (error.code === 'needs_confirmation') {
        confirmation.warn(sent, [{ text: sent, findings: identifyingErrorSchema.safeParse(error.body).data?.warnings ?? [] }]);
        return true;
      }
      const issue = issueFor(error.body, 'body/heldOn');
      if (!isDateError(issue)) return undefined;
      setDateError(issue);
      return true;
    },
  });

  return (
    <form
      ref={submit.formRef}
      className="pupil-talks__form"
      onSubmit={(event) => {
        event.preventDefault();
        // The warning's box is ticked for the very note warned about; asked again without a round trip.
        if (confirmation.blocks(note.trim())) return submit.showErrors();
        void submit.submit(undefined);
      }}
      noValidate
    >
      <Paragraph>{t('record.intro')}</Paragraph>
      <dl className="facts facts--summary">
        <dt>{t('record.request')}</dt>
        <dd>
          {request.firstName}, {request.classGroup} · {format.dateTime(request.requestedAt)}
        </dd>
        <dt>{t('contact.when')}</dt>
        <dd>{request.freeWhen ? t(`freeWhen.${request.freeWhen}`) : t('notSaid')}</dd>
        <dt>{t('contact.about')}</dt>
        <dd>{request.about ? t(`topic.${request.about}`) : t('notSaid')}</dd>
      </dl>
      <TalkDetailsFields
        details={details}
        change={(part) => setDetails((previous) => ({ ...previous, ...part }))}
        dateError={dateError ? t(`record.dateError.${dateError}`) : undefined}
      />
      <Textfield
        multiline
        rows={3}
        label={t('record.note')}
        description={t('record.noteHint')}
        autoComplete="off"
        counter={counter(recordTalkRequestSchema.shape.note.unwrap().unwrap())}
        value={note}
        error={identifying ? t('errors.identifying_note') : confirmation.warned ? tc('errors.needs_confirmation') : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      <FormAlert submit={submit}>
        {identifying && <IdentifyingFindings texts={[identifying]} />}
        <AnonymityWarnings confirmation={confirmation} />
      </FormAlert>
      <Button type="submit">{t('record.submit')}</Button>
    </form>
  );
}
