import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../time/dates.ts';
import { getJson, sendJson } from '../../kernel/ui/api.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { isSchoolYear, schoolYearRange } from '../../time/school-year.ts';
import { meetingListSchema, proposalSchema, teamMeetingSchema, teamSchema, type Proposal, type Team, type TeamMeeting } from '../schema.ts';
import { api, meetingPath } from './paths.ts';
import { useRefusal, type Refusal } from './refusal.ts';

const WEEKDAYS = ['1', '2', '3', '4', '5'] as const;
const byTime = (a: TeamMeeting, b: TeamMeeting) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`);

/** The school year's meetings; for those who run the team, proposing dates, moving meetings and publishing the plan. */
export function PlanSection({ team, onTeam }: { team: Team; onTeam: (team: Team) => void }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const [status, setStatus] = useState('');
  const [moving, setMoving] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const refusal = useRefusal();
  const busy = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const unpublished = team.meetings.every((m) => m.status === 'proposed');
  const proposed = team.meetings.some((m) => m.status === 'proposed');

  const announce = (message: string) => {
    setFailure('');
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const setMeetings = (meetings: TeamMeeting[]) => onTeam({ ...team, meetings: [...meetings].sort(byTime) });

  async function publish() {
    if (busy.current) return;
    busy.current = true;
    try {
      const { meetings } = await sendJson('POST', api.publish(team.unitId), { schoolYear: team.schoolYear }, meetingListSchema);
      setMeetings(meetings);
      announce(t('plan.published'));
    } catch (error) {
      setFailure(refusal(error).message);
    } finally {
      busy.current = false;
    }
  }

  return (
    <section className="page-section" aria-labelledby="team-meetings">
      <Heading level={2} data-size="md" id="team-meetings">
        {t('meetings')}
      </Heading>
      <p role="status" className="team-status focus-target" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {team.canManage && unpublished && (
        <ProposeForm
          team={team}
          onProposed={({ meetings, requested, proposed: fitted }) => {
            setMeetings(meetings);
            announce(fitted < requested ? t('plan.proposedFewer', { count: fitted, requested }) : t('plan.proposed'));
          }}
        />
      )}
      {team.meetings.length === 0 ? (
        <Paragraph>{t('noMeetings')}</Paragraph>
      ) : (
        <ol className="meeting-list">
          {team.meetings.map((meeting) => {
            const date = format.date(meeting.date);
            return (
              <li key={meeting.id} className="meeting-list__item">
                <div className="meeting-list__summary">
                  <RouterLink to={meetingPath(team.unitId, meeting.id)} aria-label={t('openMeeting', { date })}>
                    {t('meeting', { date, start: meeting.start, end: meeting.end })}
                  </RouterLink>
                  <Tag data-size="sm" data-color={meeting.status === 'proposed' ? 'warning' : meeting.status === 'held' ? 'neutral' : 'success'}>
                    {t(`status.${meeting.status}`)}
                  </Tag>
                  {team.canManage && meeting.status !== 'held' && moving !== meeting.id && (
                    <Button
                      data-size="sm"
                      variant="secondary"
                      aria-label={t('move.openLabel', { date })}
                      onClick={() => {
                        setStatus('');
                        setMoving(meeting.id);
                      }}
                    >
                      {t('move.open')}
                    </Button>
                  )}
                </div>
                {moving === meeting.id && (
                  <MoveForm
                    unitId={team.unitId}
                    meeting={meeting}
                    onCancel={() => setMoving(null)}
                    onMoved={(moved) => {
                      setMoving(null);
                      setMeetings(team.meetings.map((m) => (m.id === moved.id ? moved : m)));
                      announce(t('move.saved', { date: format.date(moved.date) }));
                    }}
                    onStale={async (message) => {
                      setMoving(null);
                      setFailure(message);
                      await getJson(api.team(team.unitId, team.schoolYear), teamSchema).then(onTeam, (error: unknown) =>
                        setFailure(refusal(error).message),
                      );
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {team.canManage && proposed && (
        <div className="team-form">
          <Paragraph>{t('plan.publishHint')}</Paragraph>
          <Button onClick={() => void publish()}>{t('plan.publish')}</Button>
        </div>
      )}
    </section>
  );
}

function ProposeForm({ team, onProposed }: { team: Team; onProposed: (proposal: Proposal) => void }) {
  const { t } = useTranslation('teams');
  const refusal = useRefusal();
  const [count, setCount] = useState('6');
  const [weekday, setWeekday] = useState<(typeof WEEKDAYS)[number]>('3');
  const [start, setStart] = useState('14:00');
  const [end, setEnd] = useState('15:30');
  const [span, setSpan] = useState(() => defaultWindow(team.schoolYear));
  const [refused, setRefused] = useState<Refusal | null>(null);
  const busy = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setRefused(null);
    try {
      const body = { schoolYear: team.schoolYear, count: Number(count), weekday: Number(weekday), start, end, ...span };
      onProposed(await sendJson('POST', api.plan(team.unitId), body, proposalSchema));
    } catch (error) {
      setRefused(refusal(error));
    } finally {
      busy.current = false;
    }
  }

  return (
    <form className="team-form" onSubmit={(event) => void submit(event)} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('plan.heading')}</Fieldset.Legend>
        <Fieldset.Description>{t('plan.intro', { year: team.schoolYear })}</Fieldset.Description>
        <div className="team-fields">
          <Textfield
            label={t('plan.count')}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={count}
            onChange={(event) => setCount(event.target.value)}
            error={refused?.fields.count}
          />
          <Field>
            <Label>{t('plan.weekday')}</Label>
            <Select width="auto" value={weekday} onChange={(event) => setWeekday(event.target.value as (typeof WEEKDAYS)[number])}>
              {WEEKDAYS.map((day) => (
                <Select.Option key={day} value={day}>
                  {t(`weekday.d${day}`, { ns: 'presence' })}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield label={t('plan.start')} type="time" value={start} onChange={(event) => setStart(event.target.value)} error={refused?.fields.start} />
          <Textfield label={t('plan.end')} type="time" value={end} onChange={(event) => setEnd(event.target.value)} error={refused?.fields.end} />
        </div>
        <Paragraph data-size="sm">{t('plan.window')}</Paragraph>
        <div className="team-fields">
          <Textfield
            label={t('plan.from')}
            type="date"
            value={span.from}
            onChange={(event) => setSpan((w) => ({ ...w, from: event.target.value }))}
            error={refused?.fields.from}
          />
          <Textfield
            label={t('plan.to')}
            type="date"
            value={span.to}
            onChange={(event) => setSpan((w) => ({ ...w, to: event.target.value }))}
            error={refused?.fields.to}
          />
        </div>
      </Fieldset>
      <div role="alert" className="form-failure">
        {refused && (
          <Alert data-color="danger">
            <Paragraph>{refused.message}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{team.meetings.length > 0 ? t('plan.resubmit') : t('plan.submit')}</Button>
    </form>
  );
}

/** The whole school year, or from today when it is already under way. */
function defaultWindow(schoolYear: string): { from: string; to: string } {
  if (!isSchoolYear(schoolYear)) return { from: '', to: '' };
  const range = schoolYearRange(schoolYear);
  const today = localDate(new Date());
  return { from: today > range.from && today <= range.to ? today : range.from, to: range.to };
}

function MoveForm({
  unitId,
  meeting,
  onMoved,
  onCancel,
  onStale,
}: {
  unitId: string;
  meeting: TeamMeeting;
  onMoved: (meeting: TeamMeeting) => void;
  onCancel: () => void;
  onStale: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const refusal = useRefusal();
  const [date, setDate] = useState(meeting.date);
  const [start, setStart] = useState(meeting.start);
  const [end, setEnd] = useState(meeting.end);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const busy = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setRefused(null);
    try {
      const body = { version: meeting.version, date, start, end };
      onMoved(await sendJson('PUT', api.meeting(unitId, meeting.id), body, teamMeetingSchema));
    } catch (error) {
      const found = refusal(error);
      if (found.code === 'conflict') await onStale(found.message);
      else setRefused(found);
    } finally {
      busy.current = false;
    }
  }

  return (
    <form className="team-form" onSubmit={(event) => void submit(event)} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('move.legend', { date: format.date(meeting.date) })}</Fieldset.Legend>
        <div className="team-fields">
          <Textfield autoFocus label={t('move.date')} type="date" value={date} onChange={(event) => setDate(event.target.value)} error={refused?.fields.date} />
          <Textfield label={t('plan.start')} type="time" value={start} onChange={(event) => setStart(event.target.value)} error={refused?.fields.start} />
          <Textfield label={t('plan.end')} type="time" value={end} onChange={(event) => setEnd(event.target.value)} error={refused?.fields.end} />
        </div>
      </Fieldset>
      <div role="alert" className="form-failure">
        {refused && Object.keys(refused.fields).length === 0 && (
          <Alert data-color="danger">
            <Paragraph>{refused.message}</Paragraph>
          </Alert>
        )}
      </div>
      <div className="team-actions">
        <Button type="submit">{t('move.save')}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
