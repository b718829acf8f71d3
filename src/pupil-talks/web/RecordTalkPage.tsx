import { Alert, Button, Checkbox, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { localDate } from '../../time/dates.ts';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { identifyingErrorSchema, recordTalkRequestSchema, TALK_TOPICS, talkSchema, unitTalksSchema, type TalkRequest, type TalkTopic } from '../schema.ts';
import { issueFor, reasonOf } from './errors.ts';
import { api, pupilTalksPath, talkPath } from './paths.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';

const DURATIONS = [10, 15, 20, 30, 45, 60, 90] as const;
const DATE_ERRORS = ['bad_date', 'before_request', 'in_future'] as const;

/** The network contact records a talk a pupil asked for, with least data. */
export function RecordTalkPage() {
  const { t } = useTranslation('pupilTalks');
  const { unitId = '', requestId = '' } = useParams();
  const talks = useApi(api.unitTalks(unitId), unitTalksSchema);
  usePageTitle(t('record.title'));
  const trail = [
    { label: t('title'), to: pupilTalksPath },
    { label: t('record.title'), to: `${pupilTalksPath}/units/${unitId}/requests/${requestId}` },
  ];
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg">
        {t('record.title')}
      </Heading>
      <Loaded state={talks} loadingLabel={t('loading')}>
        {(data) => {
          const request = data.openRequests.find((r) => r.id === requestId);
          return request ? (
            <RecordTalkForm request={request} />
          ) : (
            <Alert data-color="warning">
              <Paragraph>{t('record.notFound')}</Paragraph>
            </Alert>
          );
        }}
      </Loaded>
    </>
  );
}

function RecordTalkForm({ request }: { request: TalkRequest }) {
  const { t } = useTranslation('pupilTalks');
  const counter = useCounter();
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const navigate = useNavigate();
  const busy = useRef(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const dateField = useRef<HTMLInputElement>(null);
  const [heldOn, setHeldOn] = useState(() => localDate(new Date()));
  const [duration, setDuration] = useState<number>(20);
  const [topic, setTopic] = useState<TalkTopic>(request.about ?? TALK_TOPICS[0]);
  const [followUp, setFollowUp] = useState(false);
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<(typeof DATE_ERRORS)[number] | null>(null);
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();
  const [failure, setFailure] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const sent = note.trim();
    if (confirmation.blocks(sent)) return;
    busy.current = true;
    setFailure('');
    setIdentifying(null);
    setDateError(null);
    try {
      const body = { heldOn, durationMinutes: duration, topic, followUp, note: sent === '' ? null : note, anonymityConfirmed: confirmation.confirmedFor(sent) };
      const talk = await sendJson('POST', api.recordTalk(request.id), body, talkSchema);
      void navigate(talkPath(talk.id));
    } catch (error) {
      busy.current = false;
      if (error instanceof ApiRequestError && error.code === 'identifying_note') {
        const parsed = identifyingErrorSchema.safeParse(error.body);
        setIdentifying({ text: note.trim(), findings: parsed.success ? (parsed.data.findings ?? []) : [] });
        noteField.current?.focus();
        return;
      }
      if (error instanceof ApiRequestError && error.code === 'needs_confirmation') {
        confirmation.warn(sent, [{ text: sent, findings: identifyingErrorSchema.safeParse(error.body).data?.warnings ?? [] }]);
        noteField.current?.focus();
        return;
      }
      const issue = issueFor(error, 'body/heldOn');
      if (issue && (DATE_ERRORS as readonly string[]).includes(issue)) {
        setDateError(issue as (typeof DATE_ERRORS)[number]);
        dateField.current?.focus();
        return;
      }
      setFailure(t('failed', { reason: reasonOf(error, t, tc) }));
    }
  }

  return (
    <form className="pupil-talks__form" onSubmit={(event) => void submit(event)} noValidate>
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
      <Textfield
        ref={dateField}
        type="date"
        label={t('record.heldOn')}
        value={heldOn}
        error={dateError ? t(`record.dateError.${dateError}`) : undefined}
        onChange={(event) => setHeldOn(event.target.value)}
      />
      <Field>
        <Label>{t('record.duration')}</Label>
        <Select width="auto" value={String(duration)} onChange={(event) => setDuration(Number(event.target.value))}>
          {DURATIONS.map((minutes) => (
            <Select.Option key={minutes} value={String(minutes)}>
              {t('minutes', { minutes })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('record.topic')}</Label>
        <Select width="auto" value={topic} onChange={(event) => setTopic(event.target.value as TalkTopic)}>
          {TALK_TOPICS.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`topic.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t('record.followUp')} checked={followUp} onChange={(event) => setFollowUp(event.target.checked)} />
      <Textfield
        ref={noteField}
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
      <div role="alert" className="form-failure">
        {identifying && <IdentifyingFindings texts={[identifying]} />}
        <AnonymityWarnings confirmation={confirmation} />
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('record.submit')}</Button>
    </form>
  );
}
