import { Button, Field, Fieldset, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { localDate } from '../../time/dates.ts';
import { isSchoolYear, schoolYearRange } from '../../time/school-year.ts';
import { proposalSchema, type Proposal, type Team } from '../schema.ts';
import { api } from './paths.ts';
import { teamRefusal, type TeamIssues } from './team-issues.ts';

const WEEKDAYS = ['1', '2', '3', '4', '5'] as const;

/** Proposing the school year's meetings: how many, on which weekday and times, within which dates. */
export function ProposeForm({ team, onProposed }: { team: Team; onProposed: (proposal: Proposal) => void }) {
  const { t } = useTranslation('teams');
  const [count, setCount] = useState('6');
  const [weekday, setWeekday] = useState<(typeof WEEKDAYS)[number]>('3');
  const [start, setStart] = useState('14:00');
  const [end, setEnd] = useState('15:30');
  const [span, setSpan] = useState(() => defaultWindow(team.schoolYear));
  const [fields, setFields] = useState<TeamIssues>({});
  const propose = useSubmit({
    send: async () => {
      setFields({});
      const body = { schoolYear: team.schoolYear, count: Number(count), weekday: Number(weekday), start, end, ...span };
      onProposed(await sendJson('POST', api.plan(team.unitId), body, proposalSchema));
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => {
      const refusal = teamRefusal(error.code, error.body, t, errorText);
      setFields(refusal.fields);
      return refusal.message;
    },
  });

  return (
    <form ref={propose.formRef} className="team-form" onSubmit={propose.handle()} noValidate>
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
            error={fields.count}
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
          <Textfield label={t('plan.start')} type="time" value={start} onChange={(event) => setStart(event.target.value)} error={fields.start} />
          <Textfield label={t('plan.end')} type="time" value={end} onChange={(event) => setEnd(event.target.value)} error={fields.end} />
        </div>
        <Paragraph data-size="sm">{t('plan.window')}</Paragraph>
        <div className="team-fields">
          <Textfield label={t('plan.from')} type="date" value={span.from} onChange={(event) => setSpan((w) => ({ ...w, from: event.target.value }))} error={fields.from} />
          <Textfield label={t('plan.to')} type="date" value={span.to} onChange={(event) => setSpan((w) => ({ ...w, to: event.target.value }))} error={fields.to} />
        </div>
      </Fieldset>
      <FormAlert submit={propose} />
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
