import { Checkbox, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { actionPointSchema, type ActionPoint, type MeetingDetail } from '../schema.ts';
import { ActionPointForm } from './ActionPointForm.tsx';
import type { MeetingUpdate } from './meeting-update.ts';
import { api } from './paths.ts';
import { teamRefusal } from './team-issues.ts';

const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;

/** The meeting's action points, those carried over from an earlier meeting marked as such; owners come from the team. */
export function ActionPointsSection({ detail, onMeeting }: { detail: MeetingDetail; onMeeting: (update: MeetingUpdate) => void }) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const { meeting, unitId } = detail;
  const replace = (point: ActionPoint) =>
    onMeeting((m) => ({ ...m, actionPoints: m.actionPoints.map((a) => (a.id === point.id ? point : a)) }));

  const mark = useSubmit({
    send: async ({ point, done }: { point: ActionPoint; done: boolean }) =>
      replace(await sendJson('PATCH', api.actionPoint(unitId, point.id), { status: done ? 'done' : 'open' }, actionPointSchema)),
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => teamRefusal(error.code, error.body, t, errorText).message,
  });

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
                  onChange={(event) => void mark.submit({ point, done: event.target.checked })}
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
      <FormAlert submit={mark} />
      {detail.canManage &&
        (detail.members.length === 0 ? (
          <Paragraph>{t('actionForm.noMembers')}</Paragraph>
        ) : (
          <ActionPointForm detail={detail} onAdded={(point) => onMeeting((m) => ({ ...m, actionPoints: [...m.actionPoints, point] }))} />
        ))}
    </section>
  );
}
