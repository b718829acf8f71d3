import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { myTeamsSchema, type MyTeams as MyTeamsData } from '../schema.ts';
import { api, meetingPath, teamPath } from './paths.ts';

/** The start page's teams: each team the person sits on or leads, its next meeting and open action points. */
export function MyTeams() {
  const { t } = useTranslation('teams');
  const { t: tc } = useTranslation();
  const state = useApi(api.mine, myTeamsSchema);
  return (
    <StartCard title={t('start.title')} state={state} failed={tc('startPage.failed')}>
      {({ teams }) => (teams.length === 0 ? <Paragraph>{t('start.none')}</Paragraph> : teams.map((team) => <TeamSummary key={team.unit.id} team={team} />))}
    </StartCard>
  );
}

function TeamSummary({ team }: { team: MyTeamsData['teams'][number] }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const next = team.nextMeeting;
  return (
    <div className="start-team">
      <Heading level={3} data-size="2xs">
        <RouterLink to={teamPath(team.unit.id)}>{team.unit.name}</RouterLink>
      </Heading>
      <Paragraph data-size="sm">
        {next ? (
          <>
            {t('start.next')}{' '}
            <RouterLink to={meetingPath(team.unit.id, next.id)}>
              {t('meeting', { date: format.date(next.date), start: next.start, end: next.end })}
            </RouterLink>{' '}
            <Tag data-size="sm" data-color={next.status === 'proposed' ? 'warning' : 'neutral'}>
              {t(`status.${next.status}`)}
            </Tag>
          </>
        ) : (
          t('start.noMeeting')
        )}
      </Paragraph>
      {team.openActionPoints.length === 0 ? (
        <Paragraph data-size="sm">{t('start.noActions')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('start.openActions')}</Paragraph>
          <ul className="start-list">
            {team.openActionPoints.map((point) => (
              <li key={point.id}>
                {t('actionPoint', {
                  text: point.text,
                  owner: `${point.owner.givenName} ${point.owner.familyName}`,
                  due: format.date(point.due),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
