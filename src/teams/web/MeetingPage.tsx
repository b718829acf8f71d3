import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi, unitPath } from '../../organisation/web/paths.ts';
import { meetingDetailSchema, meetingParamsSchema, type MeetingDetail } from '../schema.ts';
import type { MeetingUpdate } from './meeting-update.ts';
import { ActionPointsSection } from './ActionPointsSection.tsx';
import { AgendaSection } from './AgendaSection.tsx';
import { MinutesSection } from './MinutesSection.tsx';
import { api, meetingPath, teamPath } from './paths.ts';

/** One team meeting: its agenda (themes and anonymous cases), minutes and action points. */
export function MeetingPage() {
  const { t } = useTranslation('teams');
  const { unitId = '', meetingId = '' } = useParams();
  const valid = meetingParamsSchema.safeParse({ id: unitId, meetingId }).success;
  const unit = useApi(valid ? organisationApi.unit(unitId) : null, unitDetailSchema);
  const meeting = useApi(valid ? api.meeting(unitId, meetingId) : null, meetingDetailSchema);
  if (!valid) return <NotFound />;
  return (
    <Loaded state={unit} loadingLabel={t('meetingPage.loading')}>
      {(detail) => (
        <Loaded state={meeting} loadingLabel={t('meetingPage.loading')}>
          {(data) => <MeetingView key={data.meeting.id} unitName={detail.unit.name} initial={data} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function MeetingView({ unitName, initial }: { unitName: string; initial: MeetingDetail }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const [detail, setDetail] = useState(initial);
  const { meeting, unitId } = detail;
  const title = t('meetingPage.title', { date: format.date(meeting.date) });
  usePageTitle(title);
  const setMeeting = (update: MeetingUpdate) => setDetail((previous) => ({ ...previous, meeting: update(previous.meeting) }));
  return (
    <>
      <PageBreadcrumbs
        trail={[
          { label: unitName, to: unitPath(unitId) },
          { label: t('title'), to: teamPath(unitId, meeting.schoolYear) },
          { label: title, to: meetingPath(unitId, meeting.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="lead">
        {t('meetingPage.time', { start: meeting.start, end: meeting.end })}{' '}
        <Tag data-size="sm">{t(`status.${meeting.status}`)}</Tag>
      </Paragraph>
      {!detail.canManage && <Paragraph>{t('readOnly')}</Paragraph>}
      <nav className="meeting-neighbours" aria-label={t('meetings')}>
        {detail.previous && (
          <RouterLink to={meetingPath(unitId, detail.previous.id)}>{t('meetingPage.previous', { date: format.date(detail.previous.date) })}</RouterLink>
        )}
        {detail.next && (
          <RouterLink to={meetingPath(unitId, detail.next.id)}>{t('meetingPage.next', { date: format.date(detail.next.date) })}</RouterLink>
        )}
      </nav>
      <AgendaSection detail={detail} onMeeting={setMeeting} />
      <MinutesSection detail={detail} onMeeting={setMeeting} />
      <ActionPointsSection detail={detail} onMeeting={setMeeting} />
    </>
  );
}
