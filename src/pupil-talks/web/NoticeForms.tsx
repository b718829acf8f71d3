import { Alert, Button, Details, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Register } from '../../children/schema.ts';
import { localDate } from '../../time/dates.ts';
import { isUiLanguage, languageNames } from '../../kernel/i18n/languages.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { formatLocale } from '../../kernel/ui/use-date-format.ts';
import { draftNoticeRequestSchema, NOTICE_HOWS, NOTICE_LOCALES, talkSchema, withholdRequestSchema, type NoticeHow, type NoticeLocale, type Talk } from '../schema.ts';
import { issueFor, reasonOf } from './errors.ts';
import { api } from './paths.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';

type Child = Register['children'][number];
interface FormProps {
  talk: Talk;
  onSaved: (talk: Talk) => void;
}

/**
 * The notice drafted together with the pupil: linked to the child in the register (so it
 * reaches the right parents), in the family's language, starting from a suggested text that
 * says who the pupil talked to and roughly about what.
 */
export function DraftNoticeForm({ talk, register, onSaved }: FormProps & { register: Child[] }) {
  const { t, i18n } = useTranslation('pupilTalks');
  const counter = useCounter();
  const { t: tc } = useTranslation();
  const [childId, setChildId] = useState(talk.child?.id ?? '');
  const [locale, setLocale] = useState<NoticeLocale>(talk.notice.locale ?? (isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb'));
  const [text, setText] = useState(talk.notice.text ?? '');
  const [missing, setMissing] = useState<{ child?: boolean; text?: boolean }>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const textField = useRef<HTMLTextAreaElement>(null);

  function suggest() {
    const tf = i18n.getFixedT(locale, 'pupilTalks');
    const child = register.find((c) => c.id === childId);
    const date = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${talk.heldOn}T00:00:00Z`));
    setText(
      tf('draft.text', {
        pupil: child?.givenName ?? talk.request.firstName,
        contact: `${talk.contact.givenName} ${talk.contact.familyName}`,
        date,
        topic: tf(`draft.topic.${talk.topic}`),
      }),
    );
    textField.current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const gaps = { child: childId === '', text: text.trim() === '' };
    setMissing(gaps);
    setOutcome(null);
    if (gaps.child || gaps.text) return;
    try {
      const saved = await sendJson('PUT', api.notice(talk.id), { version: talk.version, childId, locale, text }, talkSchema);
      onSaved(saved);
      setOutcome({ ok: true, text: t('talk.notice.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: t('failed', { reason: reasonOf(error, t, tc) }) });
    }
  }

  return (
    <form className="pupil-talks__form" onSubmit={(event) => void submit(event)} noValidate>
      <Paragraph>{t('talk.notice.childHint')}</Paragraph>
      <ChildSelect register={register} value={childId} onChange={setChildId} missing={missing.child === true} />
      <Field>
        <Label>{t('talk.notice.language')}</Label>
        <Select width="auto" value={locale} onChange={(event) => setLocale(event.target.value as NoticeLocale)}>
          {NOTICE_LOCALES.map((value) => (
            <Select.Option key={value} value={value} lang={value}>
              {languageNames[value]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="button" variant="secondary" onClick={suggest}>
        {t('talk.notice.suggest')}
      </Button>
      <Textfield
        ref={textField}
        multiline
        rows={6}
        lang={locale}
        label={t('talk.notice.text')}
        counter={counter(draftNoticeRequestSchema.shape.text)}
        value={text}
        error={missing.text ? t('talk.notice.textMissing') : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <div role="status">
        {outcome && (
          <Alert data-color={outcome.ok ? 'success' : 'danger'}>
            <Paragraph>{outcome.text}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('talk.notice.save')}</Button>
    </form>
  );
}

const GIVEN_ERRORS = ['bad_time', 'before_talk', 'in_future'] as const;

/** The drafted notice recorded as given: when, how, and whether the pupil was there. */
export function NoticeGivenForm({ talk, onSaved }: FormProps) {
  const { t } = useTranslation('pupilTalks');
  const { t: tc } = useTranslation();
  const [date, setDate] = useState(() => localDate(new Date()));
  const [time, setTime] = useState(() => new Date().toTimeString().slice(0, 5));
  const [how, setHow] = useState<NoticeHow>('in_person');
  const [pupilPresent, setPupilPresent] = useState(true);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError('');
    const givenAt = new Date(`${date}T${time}`);
    if (Number.isNaN(givenAt.getTime())) {
      setError(t('talk.notice.givenMissing'));
      return;
    }
    try {
      onSaved(await sendJson('POST', api.noticeGiven(talk.id), { version: talk.version, givenAt: givenAt.toISOString(), how, pupilPresent }, talkSchema));
    } catch (failure) {
      const issue = issueFor(failure, 'body/givenAt');
      const known = issue && (GIVEN_ERRORS as readonly string[]).includes(issue) ? (issue as (typeof GIVEN_ERRORS)[number]) : null;
      setError(known ? t(`talk.notice.givenError.${known}`) : t('failed', { reason: reasonOf(failure, t, tc) }));
    }
  }

  return (
    <form className="pupil-talks__form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="given-heading">
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
      <div role="alert">
        {error && (
          <Alert data-color="danger">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('talk.notice.record')}</Button>
    </form>
  );
}

/** Not telling the parents, because it could put the child at risk: the reason, and the case goes to intake. */
export function WithholdForm({ talk, register, onSaved }: FormProps & { register: Child[] }) {
  const { t } = useTranslation('pupilTalks');
  const counter = useCounter();
  const { t: tc } = useTranslation();
  const [childId, setChildId] = useState(talk.child?.id ?? '');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ child?: boolean; reason?: boolean }>({});
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const gaps = { child: childId === '', reason: reason.trim() === '' };
    setMissing(gaps);
    setError('');
    if (gaps.child || gaps.reason) return;
    try {
      onSaved(await sendJson('POST', api.withhold(talk.id), { version: talk.version, childId, reason }, talkSchema));
    } catch (failure) {
      setError(t('failed', { reason: reasonOf(failure, t, tc) }));
    }
  }

  return (
    <Details className="pupil-talks__withhold">
      <Details.Summary>{t('talk.withhold.heading')}</Details.Summary>
      <Details.Content>
        <form className="pupil-talks__form" onSubmit={(event) => void submit(event)} noValidate>
          <Paragraph>{t('talk.withhold.intro')}</Paragraph>
          <ChildSelect register={register} value={childId} onChange={setChildId} missing={missing.child === true} />
          <Textfield
            multiline
            rows={4}
            label={t('talk.withhold.reason')}
            counter={counter(withholdRequestSchema.shape.reason)}
            value={reason}
            error={missing.reason ? t('talk.withhold.reasonMissing') : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          <div role="alert">
            {error && (
              <Alert data-color="danger">
                <Paragraph>{error}</Paragraph>
              </Alert>
            )}
          </div>
          <Button type="submit" data-color="danger">
            {t('talk.withhold.submit')}
          </Button>
        </form>
      </Details.Content>
    </Details>
  );
}

function ChildSelect({ register, value, onChange, missing }: { register: Child[]; value: string; onChange: (id: string) => void; missing: boolean }) {
  const { t } = useTranslation('pupilTalks');
  const sorted = [...register].sort((a, b) => a.givenName.localeCompare(b.givenName) || a.familyName.localeCompare(b.familyName));
  return (
    <Field>
      <Label>{t('talk.child')}</Label>
      <Select width="auto" value={value} aria-invalid={missing || undefined} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value="">{t('talk.chooseChild')}</Select.Option>
        {sorted.map((child) => (
          <Select.Option key={child.id} value={child.id}>
            {`${child.givenName} ${child.familyName} (${child.groupName})`}
          </Select.Option>
        ))}
      </Select>
      {missing && <ValidationMessage>{t('talk.childMissing')}</ValidationMessage>}
    </Field>
  );
}
