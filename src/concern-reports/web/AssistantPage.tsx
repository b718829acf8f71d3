import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { PageLoading } from '../../kernel/ui/PageStatus.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import type { CountryCode } from '../../kernel/db/tables.ts';
import { checkCompleteness } from '../domain/completeness.ts';
import { draftSchema, draftTemplateSchema, guidanceSchema, localeSchema } from '../schema.ts';
import { CompletenessCheck } from './CompletenessCheck.tsx';
import { DeleteDraft } from './DeleteDraft.tsx';
import { Guidance } from './Guidance.tsx';
import { api, draftPath, myReportsPath } from './paths.ts';
import { ReportForm } from './ReportForm.tsx';
import { useAutosave, type Start } from './use-autosave.ts';

/** The assistant for a stored draft (or a sent report, which shows the confirmation). */
export function AssistantPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('assistant.title'));
  const { draftId = '' } = useParams();
  const draft = useApi(api.draft(draftId), draftSchema);
  return (
    <Frame title={t('assistant.title')}>
      <Loaded state={draft} loadingLabel={t('assistant.loading')}>
        {(data) =>
          data.status === 'submitted' ? <Sent /> : <WithGuidance start={data} country={data.country} />
        }
      </Loaded>
    </Frame>
  );
}

/** A report not yet started: the form with the writer's details; the draft is created on the first input. */
export function NewReportPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('assistant.newTitle'));
  const template = useApi(api.template, draftTemplateSchema);
  return (
    <Frame title={t('assistant.newTitle')}>
      <Loaded state={template} loadingLabel={t('assistant.loading')}>
        {(data) => <WithGuidance start={{ id: null, version: 0, content: data.content, updatedAt: null }} country={data.country} />}
      </Loaded>
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  // The page opens at its top, with "Should you report?" and "Is the child in danger now?" in view.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
    </>
  );
}

function WithGuidance({ start, country }: { start: Start; country: CountryCode }) {
  const { t } = useTranslation('concerns');
  const guidance = useApi(api.guidance, guidanceSchema);
  // The guidance stands above the form: shown before it, so nothing the writer is reading or
  // typing moves down when it comes. Without it (a failed fetch) the form still serves.
  if (guidance.status === 'loading') return <PageLoading label={t('assistant.loading')} />;
  return (
    <>
      {guidance.status === 'ready' && <Guidance guidance={guidance.data} />}
      <Assistant initial={start} country={country} />
    </>
  );
}

function Assistant({ initial, country }: { initial: Start; country: CountryCode }) {
  const { t, i18n } = useTranslation('concerns');
  const format = useDateFormat();
  // The address follows the draft once it exists, without leaving the page the writer is typing in.
  const onCreated = useCallback((id: string) => window.history.replaceState(window.history.state, '', draftPath(id)), []);
  const { content, change, flush, state, id, version } = useAutosave(initial, onCreated);
  const problems = useMemo(() => checkCompleteness(content, country), [content, country]);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const submit = useSubmit({
    send: async (_: void, idempotencyKey: string) => {
      await flush();
      const locale = localeSchema.catch('nb').parse(i18n.resolvedLanguage);
      await sendJson('POST', api.submit(id.current!), { version: version.current, idempotencyKey, locale }, draftSchema);
      setSent(true);
    },
    failed: (reason) => t('assistant.submitFailed', { reason }),
  });

  /** What blocks sending is the completeness check's to show: it takes the focus to its first item. */
  function send(event: FormEvent) {
    event.preventDefault();
    if (submit.busy) return;
    if (problems.some((p) => p.blocking)) {
      submit.setFailure('');
      setAttempt((n) => n + 1);
      return;
    }
    submit.handle()(event);
  }

  if (sent) return <Sent />;
  if (deleted) return <Deleted />;
  return (
    <form
      ref={submit.formRef}
      className="concern-assistant"
      noValidate
      onBlur={() => void flush()}
      onSubmit={send}
    >
      <Heading level={2} data-size="md">
        {t('assistant.sections')}
      </Heading>
      <p role="status" className="concern-save-state">
        {state.status === 'not_started'
          ? t('assistant.notStarted')
          : state.status === 'saving'
            ? t('assistant.saving')
            : state.status === 'saved'
              ? t('assistant.saved', { time: format.dateTime(state.at) })
              : t('assistant.saveFailed', { reason: submit.errorText(state.code) })}
      </p>
      <ReportForm content={content} change={change} />
      <CompletenessCheck problems={problems} attempt={attempt} />
      <FormAlert submit={submit} />
      <div className="concern-actions">
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('assistant.submitting') : t('assistant.submit')}
        </Button>
        {state.status !== 'not_started' && id.current && (
          <DeleteDraft id={id.current} child={childLabel(t, content)} beforeDelete={flush} onDeleted={() => setDeleted(true)} />
        )}
      </div>
    </form>
  );
}

function childLabel(t: (key: 'mine.unnamed') => string, content: Start['content']) {
  return [content.child.givenName.trim(), content.child.familyName.trim()].filter(Boolean).join(' ') || t('mine.unnamed');
}

/** The confirmation takes focus, so a screen reader says it at once and Tab goes on from there. */
function Sent() {
  const { t } = useTranslation('concerns');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role="region" className="concern-confirmation" aria-labelledby="concern-sent">
      <Alert data-color="success">
        <Heading level={2} data-size="sm" id="concern-sent">
          {t('assistant.sentTitle')}
        </Heading>
        <Paragraph>{t('assistant.sentText')}</Paragraph>
        <RouterLink to={myReportsPath}>{t('assistant.toMine')}</RouterLink>
      </Alert>
    </div>
  );
}

function Deleted() {
  const { t } = useTranslation('concerns');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role="status">
      <Paragraph>{t('mine.deletedHere')}</Paragraph>
      <RouterLink to={myReportsPath}>{t('assistant.toMine')}</RouterLink>
    </div>
  );
}
