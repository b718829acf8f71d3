import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { agendaItemKindSchema, agendaItemRequestSchema, agendaItemSchema, identifyingErrorSchema, type MeetingDetail } from '../schema.ts';
import type { MeetingUpdate } from './meeting-update.ts';
import { api } from './paths.ts';
import { useRefusal } from './refusal.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';

type Kind = (typeof agendaItemKindSchema.options)[number];

/** The meeting's agenda; those who run the team add themes and anonymous cases (checked for anything identifying). */
export function AgendaSection({ detail, onMeeting }: { detail: MeetingDetail; onMeeting: (update: MeetingUpdate) => void }) {
  const { t } = useTranslation('teams');
  const { meeting } = detail;
  return (
    <section className="page-section" aria-labelledby="meeting-agenda">
      <Heading level={2} data-size="md" id="meeting-agenda">
        {t('agenda')}
      </Heading>
      {meeting.agendaItems.length === 0 ? (
        <Paragraph>{t('noAgenda')}</Paragraph>
      ) : (
        <ol className="agenda-list">
          {meeting.agendaItems.map((item) => (
            <li key={item.id}>
              <Tag data-size="sm" data-color={item.kind === 'anonymous_case' ? 'info' : 'neutral'}>
                {t(`kind.${item.kind}`)}
              </Tag>{' '}
              <span className="agenda-list__text">{item.text}</span>
            </li>
          ))}
        </ol>
      )}
      {detail.canManage && (
        <AgendaForm unitId={detail.unitId} meetingId={meeting.id} onAdded={(item) => onMeeting((m) => ({ ...m, agendaItems: [...m.agendaItems, item] }))} />
      )}
    </section>
  );
}

function AgendaForm({
  unitId,
  meetingId,
  onAdded,
}: {
  unitId: string;
  meetingId: string;
  onAdded: (item: { id: string; kind: Kind; text: string }) => void;
}) {
  const { t } = useTranslation('teams');
  const counter = useCounter();
  const refusal = useRefusal();
  const [kind, setKind] = useState<Kind>('theme');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const busy = useRef(false);
  // One key per item: a double click or a retry adds it once; the next item gets a new key.
  const key = useRef(crypto.randomUUID());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    setFailure('');
    setStatus('');
    const sent = text.trim();
    if (sent.length === 0) {
      setInvalid(t('agendaForm.missing'));
      field.current?.focus();
      return;
    }
    setInvalid(null);
    setIdentifying(null);
    const checked = `${kind}:${sent}`;
    if (confirmation.blocks(checked)) return;
    busy.current = true;
    try {
      const request = { kind, text: sent, anonymityConfirmed: confirmation.confirmedFor(checked), idempotencyKey: key.current };
      onAdded(await sendJson('POST', api.agendaItems(unitId, meetingId), request, agendaItemSchema));
      confirmation.clear();
      key.current = crypto.randomUUID();
      setText('');
      setStatus(t('agendaForm.added'));
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'identifying_text') {
        const body = identifyingErrorSchema.safeParse(error.body);
        setIdentifying({ text: sent, findings: body.success ? (body.data.findings ?? []) : [] });
        setInvalid(t('identifying.title', { ns: 'anonymity' }));
        field.current?.focus();
        return;
      }
      if (error instanceof ApiRequestError && error.code === 'needs_confirmation') {
        confirmation.warn(checked, [{ text: sent, findings: identifyingErrorSchema.safeParse(error.body).data?.warnings ?? [] }]);
        setInvalid(t('warnings.title', { ns: 'anonymity' }));
        field.current?.focus();
        return;
      }
      setFailure(refusal(error).message);
    } finally {
      busy.current = false;
    }
  }

  return (
    <form className="team-form" onSubmit={(event) => void submit(event)} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('agendaForm.legend')}</Fieldset.Legend>
        <Fieldset>
          <Fieldset.Legend>{t('agendaForm.kind')}</Fieldset.Legend>
          {agendaItemKindSchema.options.map((value) => (
            <Radio
              key={value}
              name="agenda-kind"
              value={value}
              label={t(`kind.${value}`)}
              description={value === 'theme' ? t('agendaForm.themeHint') : t('agendaForm.caseHint')}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                setIdentifying(null);
                setInvalid(null);
              }}
            />
          ))}
        </Fieldset>
        <Textfield
          ref={field}
          multiline
          rows={3}
          label={t('agendaForm.text')}
          autoComplete="off"
          value={text}
          counter={counter(agendaItemRequestSchema.shape.text)}
          error={invalid ?? undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (invalid !== null && !identifying) setInvalid(null);
          }}
        />
      </Fieldset>
      <div role="alert" className="form-failure">
        {identifying && <IdentifyingFindings texts={[identifying]} headingLevel={3} />}
        <AnonymityWarnings confirmation={confirmation} headingLevel={3} />
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <p role="status" className="team-status">
        {status}
      </p>
      <Button type="submit">{t('agendaForm.submit')}</Button>
    </form>
  );
}
