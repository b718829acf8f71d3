import { Alert, Button, Heading, List, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { calendarFeedSchema, calendarFeedStatusSchema } from '../schema.ts';
import { api } from './paths.ts';

type FeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** My calendar: what the personal feed holds, and its secret address to make, replace or delete. */
export function CalendarFeedPage() {
  const { t } = useTranslation('calendar');
  usePageTitle(t('title'));
  const state = useApi(api.feed, calendarFeedStatusSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="lead">{t('intro')}</Paragraph>
      <section className="page-section" aria-labelledby="calendar-contents">
        <Heading level={2} data-size="md" id="calendar-contents">
          {t('contentsHeading')}
        </Heading>
        <List.Unordered>
          <List.Item>{t('contents.hours')}</List.Item>
          <List.Item>{t('contents.bookings')}</List.Item>
          <List.Item>{t('contents.meetings')}</List.Item>
        </List.Unordered>
        <Paragraph>{t('never')}</Paragraph>
      </section>
      <section className="page-section" aria-labelledby="calendar-address">
        <Heading level={2} data-size="md" id="calendar-address">
          {t('addressHeading')}
        </Heading>
        <Loaded state={state} loadingLabel={t('loading')}>
          {(status) => <FeedAddress initial={status} />}
        </Loaded>
      </section>
    </>
  );
}

function FeedAddress({ initial }: { initial: FeedStatus }) {
  const { t } = useTranslation('calendar');
  const format = useDateFormat();
  const [status, setStatus] = useState(initial);
  const [created, setCreated] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const change = useSubmit({
    send: async (work: () => Promise<void>) => {
      setMessage('');
      await work();
      setConfirming(null);
    },
    failed: (reason) => t('failed', { reason }),
  });

  const create = () =>
    change.submit(async () => {
      const { url } = await sendJson('POST', api.feed, undefined, calendarFeedSchema);
      setCreated(new URL(url, window.location.origin).toString());
      setStatus({ active: true, createdAt: new Date().toISOString() });
    });

  const revoke = () =>
    change.submit(async () => {
      await sendJson('DELETE', api.feed);
      setCreated(null);
      setStatus({ active: false, createdAt: null });
      setMessage(t('revoked'));
      messageRef.current?.focus();
    });

  return (
    <>
      <p role="status" className="focus-target" tabIndex={-1} ref={messageRef}>
        {message}
      </p>
      {created ? (
        <NewAddress url={created} />
      ) : (
        <Paragraph>{status.active && status.createdAt ? t('active', { date: format.dateTime(status.createdAt) }) : t('none')}</Paragraph>
      )}
      <FormAlert submit={change} />
      {confirming ? (
        <div className="calendar-actions" role="group" aria-label={t(confirming === 'replace' ? 'replaceConfirm' : 'revokeConfirm')}>
          <Paragraph>{t(confirming === 'replace' ? 'replaceConfirm' : 'revokeConfirm')}</Paragraph>
          <Button
            autoFocus
            data-color={confirming === 'revoke' ? 'danger' : undefined}
            onClick={() => void (confirming === 'replace' ? create() : revoke())}
          >
            {t(confirming === 'replace' ? 'replaceYes' : 'revokeYes')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            {t('no')}
          </Button>
        </div>
      ) : status.active ? (
        <div className="calendar-actions">
          <Button variant="secondary" onClick={() => setConfirming('replace')}>
            {t('replace')}
          </Button>
          <Button variant="secondary" data-color="danger" onClick={() => setConfirming('revoke')}>
            {t('revoke')}
          </Button>
        </div>
      ) : (
        <Button onClick={() => void create()}>{t('create')}</Button>
      )}
    </>
  );
}

/** The address just made: shown this once, with a warning and a copy button. */
function NewAddress({ url }: { url: string }) {
  const { t } = useTranslation('calendar');
  const [copied, setCopied] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('copied'));
    } catch {
      setCopied(t('copyFailed'));
    }
  }

  return (
    <div className="calendar-new">
      <Heading level={3} data-size="sm" ref={heading} tabIndex={-1} className="focus-target">
        {t('createdHeading')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('secret')}</Paragraph>
      </Alert>
      <Textfield label={t('url')} description={t('howTo')} readOnly value={url} onFocus={(event) => event.target.select()} />
      <Button variant="secondary" onClick={() => void copy()}>
        {t('copy')}
      </Button>
      <p role="status">{copied}</p>
    </div>
  );
}
