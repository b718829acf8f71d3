import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import type { SessionUser } from '../../kernel/ui/session.tsx';
import { FREE_WHEN, requestCreatedSchema, TALK_TOPICS, type FreeWhen, type TalkTopic } from '../schema.ts';
import { reasonOf } from './errors.ts';
import { api } from './paths.ts';

/** A staff member registers a pupil's request for them: first name and class, the rest if the pupil said. */
export function RegisterRequestForm({ unit }: { unit: NonNullable<SessionUser['currentUnit']> }) {
  const { t } = useTranslation('pupilTalks');
  const { t: tc } = useTranslation();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [firstName, setFirstName] = useState('');
  const [classGroup, setClassGroup] = useState('');
  const [freeWhen, setFreeWhen] = useState<FreeWhen | ''>('');
  const [about, setAbout] = useState<TalkTopic | ''>('');
  const [missing, setMissing] = useState<{ firstName?: boolean; classGroup?: boolean }>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const busy = useRef(false);
  const nameField = useRef<HTMLInputElement>(null);
  const classField = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const gaps = { firstName: firstName.trim() === '', classGroup: classGroup.trim() === '' };
    setMissing(gaps);
    setOutcome(null);
    if (gaps.firstName || gaps.classGroup) {
      (gaps.firstName ? nameField : classField).current?.focus();
      return;
    }
    busy.current = true;
    try {
      const body = { firstName, classGroup, freeWhen: freeWhen || null, about: about || null, idempotencyKey };
      await sendJson('POST', api.registerRequest(unit.id), body, requestCreatedSchema);
      setOutcome({ ok: true, text: t('register.done') });
      setIdempotencyKey(crypto.randomUUID());
      setFirstName('');
      setClassGroup('');
      setFreeWhen('');
      setAbout('');
    } catch (error) {
      setOutcome({ ok: false, text: t('failed', { reason: reasonOf(error, t, tc) }) });
    } finally {
      busy.current = false;
    }
  }

  return (
    <section aria-labelledby="register-heading" className="pupil-talks__section">
      <Heading level={2} data-size="md" id="register-heading">
        {t('register.heading')}
      </Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <form className="pupil-talks__form" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          ref={nameField}
          label={t('register.firstName')}
          autoComplete="off"
          maxLength={40}
          value={firstName}
          error={missing.firstName ? t('register.firstNameMissing') : undefined}
          onChange={(event) => setFirstName(event.target.value)}
        />
        <Textfield
          ref={classField}
          label={t('register.classGroup')}
          autoComplete="off"
          maxLength={20}
          value={classGroup}
          error={missing.classGroup ? t('register.classGroupMissing') : undefined}
          onChange={(event) => setClassGroup(event.target.value)}
        />
        <Field>
          <Label>{t('register.freeWhen')}</Label>
          <Select width="auto" value={freeWhen} onChange={(event) => setFreeWhen(event.target.value as FreeWhen | '')}>
            <Select.Option value="">{t('notSaid')}</Select.Option>
            {FREE_WHEN.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`freeWhen.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('register.about')}</Label>
          <Select width="auto" value={about} onChange={(event) => setAbout(event.target.value as TalkTopic | '')}>
            <Select.Option value="">{t('notSaid')}</Select.Option>
            {TALK_TOPICS.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`topic.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div role="status">
          {outcome && (
            <Alert data-color={outcome.ok ? 'success' : 'danger'}>
              <Paragraph>{outcome.text}</Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit">{t('register.submit')}</Button>
      </form>
    </section>
  );
}
