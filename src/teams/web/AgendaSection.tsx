import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../schema.ts';
import { AgendaForm } from './AgendaForm.tsx';
import type { MeetingUpdate } from './meeting-update.ts';

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
