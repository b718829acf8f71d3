import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { actionPointRequestSchema, actionPointSchema, type ActionPoint, type MeetingDetail } from '../schema.ts';
import type { MeetingUpdate } from './meeting-update.ts';
import { api } from './paths.ts';
import { useRefusal, type Refusal } from './refusal.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { namesApart } from '../../kernel/ui/names-apart.ts';

const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;

/** The meeting's action points, those carried over from an earlier meeting marked as such; owners come from the team. */
export function ActionPointsSection({ detail, onMeeting }: { detail: MeetingDetail; onMeeting: (update: MeetingUpdate) => void }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const refusal = useRefusal();
  const [failure, setFailure] = useState('');
  const busy = useRef(false);
  const { meeting, unitId } = detail;
  const replace = (point: ActionPoint) =>
    onMeeting((m) => ({ ...m, actionPoints: m.actionPoints.map((a) => (a.id === point.id ? point : a)) }));

  async function setDone(point: ActionPoint, done: boolean) {
    if (busy.current) return;
    busy.current = true;
    setFailure('');
    try {
      replace(await sendJson('PATCH', api.actionPoint(unitId, point.id), { status: done ? 'done' : 'open' }, actionPointSchema));
    } catch (error) {
      setFailure(refusal(error).message);
    } finally {
      busy.current = false;
    }
  }

  return (
    <section className="page-section" aria-labelledby="meeting-actions">
      <Heading level={2} data-size="md" id="meeting-actions">
        {t('actionPoints')}
      </Heading>
      {meeting.actionPoints.length === 0 ? (
        <Paragraph>{t('noActionPoints')}</Paragraph>
      ) : (
        <ul className="action-list">
          {meeting.actionPoints.map((point) => (
            <li key={point.id} className="action-list__item">
              <span>
                {t('actionPoint', { text: point.text, owner: fullName(point.owner), due: format.date(point.due) })}
              </span>
              {point.carriedFromDate && (
                <Tag data-size="sm" data-color="info">
                  {t('carriedFrom', { date: format.date(point.carriedFromDate) })}
                </Tag>
              )}
              {detail.canManage ? (
                <Checkbox
                  label={
                    <>
                      {t('markDone')}
                      <span className="ds-sr-only">: {point.text}</span>
                    </>
                  }
                  checked={point.status === 'done'}
                  onChange={(event) => void setDone(point, event.target.checked)}
                />
              ) : (
                <Tag data-size="sm" data-color={point.status === 'done' ? 'success' : 'neutral'}>
                  {t(`apStatus.${point.status}`)}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {detail.canManage &&
        (detail.members.length === 0 ? (
          <Paragraph>{t('actionForm.noMembers')}</Paragraph>
        ) : (
          <ActionPointForm detail={detail} onAdded={(point) => onMeeting((m) => ({ ...m, actionPoints: [...m.actionPoints, point] }))} />
        ))}
    </section>
  );
}

function ActionPointForm({ detail, onAdded }: { detail: MeetingDetail; onAdded: (point: ActionPoint) => void }) {
  const { t } = useTranslation('teams');
  const counter = useCounter();
  const refusal = useRefusal();
  const owners = [...new Map(detail.members.map((m) => [m.staff.id, m.staff])).values()];
  const rolesOf = (staffId: string) =>
    detail.members
      .filter((m) => m.staff.id === staffId)
      .map((m) => t(`role.${m.roleInTeam}`))
      .join(', ');
  const ownerNames = namesApart(owners, (person) => rolesOf(person.id));
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(owners[0]?.id ?? '');
  const [due, setDue] = useState('');
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [missing, setMissing] = useState<{ text?: string; due?: string }>({});
  const [status, setStatus] = useState('');
  const textField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const busy = useRef(false);
  // One key per action point: a double click or a retry adds it once; the next one gets a new key.
  const key = useRef(crypto.randomUUID());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    setRefused(null);
    setStatus('');
    const problems = {
      ...(text.trim().length === 0 ? { text: t('actionForm.missingText') } : {}),
      ...(due.length === 0 ? { due: t('actionForm.missingDue') } : {}),
    };
    setMissing(problems);
    if (problems.text || problems.due) {
      if (problems.text) textField.current?.focus();
      return;
    }
    busy.current = true;
    try {
      const body = { text: text.trim(), ownerStaffId: owner, due, idempotencyKey: key.current };
      onAdded(await sendJson('POST', api.actionPoints(detail.unitId, detail.meeting.id), body, actionPointSchema));
      key.current = crypto.randomUUID();
      setText('');
      setDue('');
      setStatus(t('actionForm.added'));
    } catch (error) {
      setRefused(refusal(error));
    } finally {
      busy.current = false;
    }
  }

  return (
    <form className="team-form" onSubmit={(event) => void submit(event)} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('actionForm.legend')}</Fieldset.Legend>
        <Textfield
          ref={textField}
          label={t('actionForm.text')}
          autoComplete="off"
          value={text}
          counter={counter(actionPointRequestSchema.shape.text)}
          error={missing.text ?? refused?.fields.text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="team-fields">
          <Field>
            <Label>{t('actionForm.owner')}</Label>
            <Select width="auto" value={owner} onChange={(event) => setOwner(event.target.value)}>
              {owners.map((person, i) => (
                <Select.Option key={person.id} value={person.id}>
                  {ownerNames[i]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('actionForm.due')}
            type="date"
            value={due}
            error={missing.due ?? refused?.fields.due}
            onChange={(event) => setDue(event.target.value)}
          />
        </div>
      </Fieldset>
      <div role="alert" className="form-failure">
        {refused && (
          <Alert data-color="danger">
            <Paragraph>{refused.fields.ownerStaffId ?? refused.message}</Paragraph>
          </Alert>
        )}
      </div>
      <p role="status" className="team-status">
        {status}
      </p>
      <Button type="submit">{t('actionForm.submit')}</Button>
    </form>
  );
}
