import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, getJson, sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { meetingDetailSchema, minutesRequestSchema, minutesResultSchema, type MeetingDetail } from '../schema.ts';
import type { MeetingUpdate } from './meeting-update.ts';
import { api, meetingPath } from './paths.ts';
import { teamRefusal } from './team-issues.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';

/**
 * The draft lives in sessionStorage: it survives a reload, a lost session or a conflict in
 * this tab, and goes when the tab closes or the minutes are saved.
 */
const draftKey = (meetingId: string) => `tidlig.team-minutes.${meetingId}`;

function readDraft(meetingId: string): string | null {
  try {
    return sessionStorage.getItem(draftKey(meetingId));
  } catch {
    return null;
  }
}

function writeDraft(meetingId: string, text: string | null): void {
  try {
    if (text === null) sessionStorage.removeItem(draftKey(meetingId));
    else sessionStorage.setItem(draftKey(meetingId), text);
  } catch {
    // Storage can be full or switched off; the text is still in the field.
  }
}

/** The meeting's minutes: read for everyone, written with optimistic locking by those who run the team. */
export function MinutesSection({ detail, onMeeting }: { detail: MeetingDetail; onMeeting: (update: MeetingUpdate) => void }) {
  const { t } = useTranslation('teams');
  const { meeting } = detail;
  return (
    <section className="page-section" aria-labelledby="meeting-minutes">
      <Heading level={2} data-size="md" id="meeting-minutes">
        {t('minutes.heading')}
      </Heading>
      {detail.canManage ? (
        <MinutesForm detail={detail} onMeeting={onMeeting} />
      ) : meeting.minutes ? (
        <Paragraph className="minutes-text">{meeting.minutes}</Paragraph>
      ) : (
        <Paragraph>{t('minutes.none')}</Paragraph>
      )}
    </section>
  );
}

function MinutesForm({ detail, onMeeting }: { detail: MeetingDetail; onMeeting: (update: MeetingUpdate) => void }) {
  const { t } = useTranslation('teams');
  const counter = useCounter();
  const { meeting, unitId } = detail;
  const saved = meeting.minutes ?? '';
  const [text, setText] = useState(() => readDraft(meeting.id) ?? saved);
  const [restored] = useState(() => {
    const draft = readDraft(meeting.id);
    return draft !== null && draft !== saved;
  });
  const [status, setStatus] = useState('');
  const [carried, setCarried] = useState<{ toMeetingId: string; count: number } | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const save = useSubmit({
    send: async (held: boolean) => {
      setStatus('');
      setCarried(null);
      const body = { version: meeting.version, minutes: text.length === 0 ? null : text, held };
      const result = await sendJson('PUT', api.minutes(unitId, meeting.id), body, minutesResultSchema);
      writeDraft(meeting.id, null);
      setTheirs(null);
      onMeeting(() => result.meeting);
      setStatus(held ? t('minutes.savedHeld') : t('minutes.saved'));
      setCarried(result.carriedOver);
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => {
      if (error.code !== 'conflict') return teamRefusal(error.code, error.body, t, errorText).message;
      // Someone else saved meanwhile: their minutes are shown beside this draft, which stays in the field.
      void getJson(api.meeting(unitId, meeting.id), meetingDetailSchema).then(
        (fresh) => {
          onMeeting(() => fresh.meeting);
          setTheirs(fresh.meeting.minutes ?? '');
        },
        (reload: unknown) => save.setFailure(t('failed', { reason: errorText(reload instanceof ApiRequestError ? reload.code : 'unknown') })),
      ).finally(save.showErrors);
      return true;
    },
  });

  return (
    <form ref={save.formRef} className="team-form" onSubmit={(event) => event.preventDefault()} noValidate>
      {restored && (
        <Alert data-color="info">
          <Paragraph>{t('minutes.draftRestored')}</Paragraph>
        </Alert>
      )}
      <Textfield
        multiline
        rows={8}
        label={t('minutes.label')}
        description={t('minutes.hint')}
        value={text}
        counter={counter(minutesRequestSchema.shape.minutes.unwrap())}
        onChange={(event) => {
          setText(event.target.value);
          writeDraft(meeting.id, event.target.value);
        }}
      />
      <FormAlert submit={save}>
        {theirs !== null && (
          <Alert data-color="warning">
            <Paragraph>{t('minutes.conflict')}</Paragraph>
            <Paragraph className="minutes-text">{theirs || t('minutes.theirsEmpty')}</Paragraph>
          </Alert>
        )}
      </FormAlert>
      <div role="status" className="team-status">
        {status && <Paragraph>{status}</Paragraph>}
        {carried && (
          <Paragraph>
            {t('minutes.carried', { count: carried.count })}{' '}
            <RouterLink to={meetingPath(unitId, carried.toMeetingId)}>{t('minutes.toNext')}</RouterLink>
          </Paragraph>
        )}
      </div>
      <div className="team-actions">
        <Button type="button" onClick={() => void save.submit(false)}>
          {t('minutes.save')}
        </Button>
        {meeting.status === 'published' && (
          <Button type="button" variant="secondary" onClick={() => void save.submit(true)}>
            {t('minutes.saveHeld')}
          </Button>
        )}
      </div>
      {meeting.status === 'published' && <Paragraph data-size="sm">{t('minutes.heldHint')}</Paragraph>}
    </form>
  );
}
