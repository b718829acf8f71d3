import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, getJson, sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { meetingListSchema, teamSchema, type Team, type TeamMeeting } from '../schema.ts';
import { MoveMeetingForm } from './MoveMeetingForm.tsx';
import { api, meetingPath } from './paths.ts';
import { ProposeForm } from './ProposeForm.tsx';
import { teamRefusal } from './team-issues.ts';

const byTime = (a: TeamMeeting, b: TeamMeeting) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`);

/** The school year's meetings; for those who run the team, proposing dates, moving meetings and publishing the plan. */
export function PlanSection({ team, onTeam }: { team: Team; onTeam: (team: Team) => void }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const [status, setStatus] = useState('');
  const [moving, setMoving] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const unpublished = team.meetings.every((m) => m.status === 'proposed');
  const proposed = team.meetings.some((m) => m.status === 'proposed');

  const setMeetings = (meetings: TeamMeeting[]) => onTeam({ ...team, meetings: [...meetings].sort(byTime) });
  // The section's one alert: a refused publication, and a meeting someone else changed meanwhile.
  const publish = useSubmit({
    send: async () => {
      const { meetings } = await sendJson('POST', api.publish(team.unitId), { schoolYear: team.schoolYear }, meetingListSchema);
      setMeetings(meetings);
      announce(t('plan.published'));
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => teamRefusal(error.code, error.body, t, errorText).message,
  });
  const announce = (message: string) => {
    publish.setFailure('');
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

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
                  <MoveMeetingForm
                    unitId={team.unitId}
                    meeting={meeting}
                    onCancel={() => setMoving(null)}
                    onMoved={(moved) => {
                      setMoving(null);
                      setMeetings(team.meetings.map((m) => (m.id === moved.id ? moved : m)));
                      announce(t('move.saved', { date: format.date(moved.date) }));
                    }}
                    onStale={(message) => {
                      setMoving(null);
                      publish.setFailure(message);
                      publish.showErrors();
                      void getJson(api.team(team.unitId, team.schoolYear), teamSchema).then(onTeam, (error: unknown) =>
                        publish.setFailure(t('failed', { reason: publish.errorText(error instanceof ApiRequestError ? error.code : 'unknown') })),
                      );
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <FormAlert submit={publish} />
      {team.canManage && proposed && (
        <div className="team-form">
          <Paragraph>{t('plan.publishHint')}</Paragraph>
          <Button onClick={() => void publish.submit(undefined)}>{t('plan.publish')}</Button>
        </div>
      )}
    </section>
  );
}
