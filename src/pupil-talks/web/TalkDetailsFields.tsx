import { Checkbox, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TALK_TOPICS, type TalkTopic } from '../schema.ts';

const DURATIONS = [10, 15, 20, 30, 45, 60, 90] as const;

/** What a recorded talk holds besides its note: the day, how long, the topic, and whether it is followed up. */
export interface TalkDetails {
  heldOn: string;
  durationMinutes: number;
  topic: TalkTopic;
  followUp: boolean;
}

/** The talk's day, length, topic and follow-up; `dateError` is the server's word on the day. */
export function TalkDetailsFields({
  details,
  change,
  dateError,
}: {
  details: TalkDetails;
  change: (part: Partial<TalkDetails>) => void;
  dateError: string | undefined;
}) {
  const { t } = useTranslation('pupilTalks');
  return (
    <>
      <Textfield type="date" label={t('record.heldOn')} value={details.heldOn} error={dateError} onChange={(event) => change({ heldOn: event.target.value })} />
      <Field>
        <Label>{t('record.duration')}</Label>
        <Select width="auto" value={String(details.durationMinutes)} onChange={(event) => change({ durationMinutes: Number(event.target.value) })}>
          {DURATIONS.map((minutes) => (
            <Select.Option key={minutes} value={String(minutes)}>
              {t('minutes', { minutes })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('record.topic')}</Label>
        <Select width="auto" value={details.topic} onChange={(event) => change({ topic: event.target.value as TalkTopic })}>
          {TALK_TOPICS.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`topic.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t('record.followUp')} checked={details.followUp} onChange={(event) => change({ followUp: event.target.checked })} />
    </>
  );
}
