import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi, unitPath } from '../../organisation/web/paths.ts';
import { teamSchema, unitParamsSchema, type Team } from '../schema.ts';
import { api, teamPath } from './paths.ts';

/** A unit's cross-sector team and this school year's meetings with agenda and action points. */
export function TeamPage() {
  const { t } = useTranslation('teams');
  const { unitId = '' } = useParams();
  const valid = unitParamsSchema.safeParse({ id: unitId }).success;
  const unit = useApi(valid ? organisationApi.unit(unitId) : null, unitDetailSchema);
  const team = useApi(valid ? api.team(unitId) : null, teamSchema);
  usePageTitle(t('title'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={unit} loadingLabel={t('loading')}>
      {(detail) => (
        <>
          <PageBreadcrumbs
            trail={[
              { label: detail.unit.name, to: unitPath(unitId) },
              { label: t('title'), to: teamPath(unitId) },
            ]}
          />
          <Heading level={1} data-size="lg">
            {t('title')}
          </Heading>
          <Loaded state={team} loadingLabel={t('loading')}>
            {(data) => <TeamView team={data} />}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

function TeamView({ team }: { team: Team }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  return (
    <>
      <Paragraph className="lead">{t('schoolYear', { year: team.schoolYear })}</Paragraph>
      <section className="page-section">
        <Heading level={2} data-size="md">
          {t('members')}
        </Heading>
        {team.members.length === 0 ? (
          <Paragraph>{t('noMembers')}</Paragraph>
        ) : (
          <ul>
            {team.members.map((member) => (
              <li key={member.staff.id}>
                {`${member.staff.givenName} ${member.staff.familyName}`} – {t(`role.${member.roleInTeam}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="page-section">
        <Heading level={2} data-size="md">
          {t('meetings')}
        </Heading>
        {team.meetings.length === 0 && <Paragraph>{t('noMeetings')}</Paragraph>}
        {team.meetings.map((meeting) => (
          <article key={meeting.id} className="page-section">
            <Heading level={3} data-size="sm">
              {t('meeting', { date: format.date(meeting.date), start: meeting.start, end: meeting.end })}{' '}
              <Tag data-size="sm">{t(`status.${meeting.status}`)}</Tag>
            </Heading>
            <Heading level={4} data-size="xs">
              {t('agenda')}
            </Heading>
            {meeting.agendaItems.length === 0 ? (
              <Paragraph>{t('noAgenda')}</Paragraph>
            ) : (
              <ul>
                {meeting.agendaItems.map((item) => (
                  <li key={item.id}>
                    {t(`kind.${item.kind}`)}: {item.text}
                  </li>
                ))}
              </ul>
            )}
            <Heading level={4} data-size="xs">
              {t('actionPoints')}
            </Heading>
            {meeting.actionPoints.length === 0 ? (
              <Paragraph>{t('noActionPoints')}</Paragraph>
            ) : (
              <ul>
                {meeting.actionPoints.map((point) => (
                  <li key={point.id}>
                    {t('actionPoint', {
                      text: point.text,
                      owner: `${point.owner.givenName} ${point.owner.familyName}`,
                      due: format.date(point.due),
                    })}{' '}
                    ({t(`apStatus.${point.status}`)})
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </section>
    </>
  );
}
