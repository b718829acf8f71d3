import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { completenessProblemSchema } from '../content-schema.ts';
import { draftSchema, guidanceSchema, localeSchema, type Draft } from '../schema.ts';
import { CompletenessCheck } from './CompletenessCheck.tsx';
import { Guidance } from './Guidance.tsx';
import { api, myReportsPath } from './paths.ts';
import { ReportForm } from './ReportForm.tsx';
import { useAutosave } from './use-autosave.ts';

/** The assistant: whether to report (and when to call instead), the report's sections saved as typed, the check, and sending. */
export function AssistantPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('assistant.title'));
  const { draftId = '' } = useParams();
  const draft = useApi(api.draft(draftId), draftSchema);
  const guidance = useApi(api.guidance, guidanceSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('assistant.title')}
      </Heading>
      <Loaded state={draft} loadingLabel={t('assistant.loading')}>
        {(data) =>
          data.status === 'submitted' ? (
            <Sent />
          ) : (
            <>
              {guidance.status === 'ready' && <Guidance guidance={guidance.data} />}
              <Assistant initial={data} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

function Assistant({ initial }: { initial: Draft }) {
  const { t, i18n } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const { content, change, flush, problems, setProblems, state, version } = useAutosave(initial);
  const key = useRef(crypto.randomUUID());
  const busy = useRef(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState('');

  async function submit() {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    setFailure('');
    try {
      await flush();
      const locale = localeSchema.catch('nb').parse(i18n.resolvedLanguage);
      await sendJson('POST', api.submit(initial.id), { version: version.current, idempotencyKey: key.current, locale }, draftSchema);
      setSent(true);
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      const body = error instanceof ApiRequestError ? (error.body as { problems?: unknown } | undefined) : undefined;
      const listed = completenessProblemSchema.array().safeParse(body?.problems);
      if (listed.success) setProblems(listed.data);
      setFailure(t('assistant.submitFailed', { reason: tc(errorMessageKey(code)) }));
    } finally {
      busy.current = false;
      setSending(false);
    }
  }

  if (sent) return <Sent />;
  return (
    <form
      className="concern-assistant"
      noValidate
      onBlur={() => void flush()}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Heading level={2} data-size="md">
        {t('assistant.sections')}
      </Heading>
      <p role="status" className="concern-save-state">
        {state.status === 'saving'
          ? t('assistant.saving')
          : state.status === 'saved'
            ? t('assistant.saved', { time: format.dateTime(state.at) })
            : t('assistant.saveFailed', { reason: tc(errorMessageKey(state.code)) })}
      </p>
      <ReportForm content={content} change={change} />
      <CompletenessCheck problems={problems} />
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit" aria-disabled={sending || undefined}>
        {sending ? t('assistant.submitting') : t('assistant.submit')}
      </Button>
    </form>
  );
}

function Sent() {
  const { t } = useTranslation('concerns');
  return (
    <Alert data-color="success" role="status">
      <Heading level={2} data-size="sm">
        {t('assistant.sentTitle')}
      </Heading>
      <Paragraph>{t('assistant.sentText')}</Paragraph>
      <RouterLink to={myReportsPath}>{t('assistant.toMine')}</RouterLink>
    </Alert>
  );
}
