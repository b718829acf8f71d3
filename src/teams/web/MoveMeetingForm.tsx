import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { teamMeetingSchema, type TeamMeeting } from '../schema.ts';
import { api } from './paths.ts';
import { teamRefusal, type TeamIssues } from './team-issues.ts';

/** Moving one meeting to another date or time; a meeting changed by someone else meanwhile is reloaded instead. */
export function MoveMeetingForm({
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
  onStale: (message: string) => void;
}) {
  const { t } = useTranslation('teams');
  const format = useDateFormat();
  const [date, setDate] = useState(meeting.date);
  const [start, setStart] = useState(meeting.start);
  const [end, setEnd] = useState(meeting.end);
  const [fields, setFields] = useState<TeamIssues>({});
  const move = useSubmit({
    send: async () => {
      setFields({});
      const body = { version: meeting.version, date, start, end };
      onMoved(await sendJson('PUT', api.meeting(unitId, meeting.id), body, teamMeetingSchema));
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => {
      if (error.code === 'conflict') {
        onStale(t('failed', { reason: errorText('conflict') }));
        return true;
      }
      const refusal = teamRefusal(error.code, error.body, t, errorText);
      setFields(refusal.fields);
      // Refused fields are said under the fields alone.
      return Object.keys(refusal.fields).length > 0 || refusal.message;
    },
  });

  return (
    <form ref={move.formRef} className="team-form" onSubmit={move.handle()} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('move.legend', { date: format.date(meeting.date) })}</Fieldset.Legend>
        <div className="team-fields">
          <Textfield autoFocus label={t('move.date')} type="date" value={date} onChange={(event) => setDate(event.target.value)} error={fields.date} />
          <Textfield label={t('plan.start')} type="time" value={start} onChange={(event) => setStart(event.target.value)} error={fields.start} />
          <Textfield label={t('plan.end')} type="time" value={end} onChange={(event) => setEnd(event.target.value)} error={fields.end} />
        </div>
      </Fieldset>
      <FormAlert submit={move} />
      <div className="team-actions">
        <Button type="submit">{t('move.save')}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
