import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../../kernel/i18n/languages.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { isClockTime, localClockTime } from '../../time/clock-time.ts';
import { localDate } from '../../time/dates.ts';
import { isIsoDate } from '../../time/iso-dates.ts';
import { localInstant } from '../../time/zoned-instant.ts';
import { NOTICE_HOWS, talkSchema, type NoticeHow, type Talk } from '../schema.ts';
import { issueFor } from './field-issue.ts';
import { api } from './paths.ts';

const GIVEN_ERRORS = ['bad_time', 'before_talk', 'in_future'] as const;
const isGivenError = (code: string | undefined): code is (typeof GIVEN_ERRORS)[number] => (GIVEN_ERRORS as readonly (string | undefined)[]).includes(code);

/** The drafted notice recorded as given: when, how, and whether the pupil was there. */
export function NoticeGivenForm({ talk, onSaved }: { talk: Talk; onSaved: (talk: Talk) => void }) {
  const { t } = useTranslation('pupilTalks');
  const [date, setDate] = useState(() => localDate(new Date()));
  const [time, setTime] = useState(() => localClockTime(new Date()));
  const [how, setHow] = useState<NoticeHow>('in_person');
  const [pupilPresent, setPupilPresent] = useState(true);
  const submit = useSubmit({
    send: async (givenAt: Date) =>
      onSaved(await sendJson('POST', api.noticeGiven(talk.id), { version: talk.version, givenAt: givenAt.toISOString(), how, pupilPresent }, talkSchema)),
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const issue = issueFor(error.body, 'body/givenAt');
      return isGivenError(issue) ? t(`talk.notice.givenError.${issue}`) : undefined;
    },
  });

  return (
    <form
      ref={submit.formRef}
      className="pupil-talks__form"
      onSubmit={(event) => {
        event.preventDefault();
        // The date and the time are read on the service's clock, as the server reads the talk's
        // date; the browser's own zone may differ (a laptop left on UTC shows tomorrow's date).
        if (isIsoDate(date) && isClockTime(time)) return void submit.submit(localInstant(date, time));
        submit.setFailure(t('talk.notice.givenMissing'));
        submit.showErrors();
      }}
      noValidate
      aria-labelledby="given-heading"
    >
      <Heading level={3} data-size="sm" id="given-heading">
        {t('talk.notice.givenHeading')}
      </Heading>
      {talk.notice.locale && <Paragraph>{t('talk.notice.draft', { language: languageNames[talk.notice.locale] })}</Paragraph>}
      {talk.notice.text && (
        <p className="pupil-talks__notice-text" lang={talk.notice.locale ?? undefined}>
          {talk.notice.text}
        </p>
      )}
      <div className="pupil-talks__when">
        <Textfield type="date" label={t('talk.notice.givenDate')} value={date} onChange={(event) => setDate(event.target.value)} />
        <Textfield type="time" label={t('talk.notice.givenTime')} value={time} onChange={(event) => setTime(event.target.value)} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('talk.notice.how')}</Fieldset.Legend>
        {NOTICE_HOWS.map((value) => (
          <Radio key={value} name="how" value={value} checked={how === value} onChange={() => setHow(value)} label={t(`talk.notice.howValue.${value}`)} />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('talk.notice.pupilPresent')}</Fieldset.Legend>
        <Radio name="pupil-present" value="yes" checked={pupilPresent} onChange={() => setPupilPresent(true)} label={t('yes')} />
        <Radio name="pupil-present" value="no" checked={!pupilPresent} onChange={() => setPupilPresent(false)} label={t('no')} />
      </Fieldset>
      <FormAlert submit={submit} />
      <Button type="submit">{t('talk.notice.record')}</Button>
    </form>
  );
}
