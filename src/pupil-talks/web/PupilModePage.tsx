import { Alert, Button, Fieldset, Heading, Link, Paragraph, Radio, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../kernel/i18n/i18n.ts';
import { isUiLanguage, languageNames, uiLanguages } from '../../kernel/i18n/languages.ts';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { FREE_WHEN, pupilModeStateSchema, requestCreatedSchema, TALK_TOPICS, type FreeWhen, type TalkTopic } from '../schema.ts';
import { FREE_WHEN_PICTURES, TOPIC_PICTURES } from './choices.ts';
import { api, staffExitPath } from './paths.ts';

/**
 * The school's device in pupil mode: large, plain words, four languages, nothing else on the
 * screen — no menu, no header, no session (opening pupil mode logged the staff member out).
 * The only way out is a link to the login page: leaving takes a staff member logging in.
 */
export function PupilModePage() {
  const { t } = useTranslation('pupilTalks');
  const state = useApi(api.pupilMode, pupilModeStateSchema);
  usePageTitle(t('pupil.title'));
  useBackStaysHere();
  return (
    <div className="pupil-mode">
      <main id="main" className="pupil-mode__main">
        <LanguageChoice />
        {state.status === 'loading' && (
          <p role="status">
            <Spinner aria-hidden data-size="sm" /> {t('pupil.loading')}
          </p>
        )}
        {(state.status === 'failed' || (state.status === 'ready' && state.data.mode === null)) && (
          <>
            <Heading level={1} data-size="lg">
              {t('pupil.notOn')}
            </Heading>
            <Paragraph data-size="lg">{t('pupil.notOnText')}</Paragraph>
          </>
        )}
        {state.status === 'ready' && state.data.mode !== null && <PupilRequest />}
      </main>
      <footer className="pupil-mode__footer">
        {/* A full page load: the app then starts afresh with no trace of pupil mode's state. */}
        <Link href={staffExitPath}>{t('pupil.staffExit')}</Link>
      </footer>
    </div>
  );
}

/**
 * The browser's Back button keeps the pupil on this page: an extra history entry for this
 * same address, put back each time Back takes it away. Should Back still get past it (a
 * browser may skip entries a page added), the login page sends a pupil-mode device back here.
 */
function useBackStaysHere() {
  useEffect(() => {
    const stay = () => window.history.pushState(window.history.state, '', window.location.href);
    stay();
    window.addEventListener('popstate', stay);
    return () => window.removeEventListener('popstate', stay);
  }, []);
}

/** Four buttons rather than a select: a child finds their language by its own name at once. */
function LanguageChoice() {
  const { t, i18n } = useTranslation('pupilTalks');
  const current = isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb';
  return (
    <div role="group" aria-label={t('pupil.language')} className="pupil-mode__languages">
      {uiLanguages.map((language) => (
        <Button
          key={language}
          lang={language}
          variant={language === current ? 'primary' : 'secondary'}
          aria-pressed={language === current}
          onClick={() => void chooseLanguage(language)}
        >
          {languageNames[language]}
        </Button>
      ))}
    </div>
  );
}

function PupilRequest() {
  const { t } = useTranslation('pupilTalks');
  // One key per filled-in form: a double tap files one request, not two.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [firstName, setFirstName] = useState('');
  const [classGroup, setClassGroup] = useState('');
  const [freeWhen, setFreeWhen] = useState<FreeWhen | null>(null);
  const [about, setAbout] = useState<TalkTopic | null>(null);
  const [missing, setMissing] = useState<{ firstName?: boolean; classGroup?: boolean }>({});
  const [failed, setFailed] = useState(false);
  const [sentBy, setSentBy] = useState<string | null>(null);
  const busy = useRef(false);
  const nameField = useRef<HTMLInputElement>(null);
  const classField = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const gaps = { firstName: firstName.trim() === '', classGroup: classGroup.trim() === '' };
    setMissing(gaps);
    if (gaps.firstName || gaps.classGroup) {
      (gaps.firstName ? nameField : classField).current?.focus();
      return;
    }
    busy.current = true;
    setFailed(false);
    try {
      await sendJson('POST', api.pupilModeRequests, { firstName, classGroup, freeWhen, about, idempotencyKey }, requestCreatedSchema);
      setSentBy(firstName.trim());
    } catch (error) {
      setFailed(true);
      // Pupil mode ended meanwhile (expired, or ended by staff): the reloaded page says so.
      if (error instanceof ApiRequestError && error.code === 'not_found') window.location.reload();
    } finally {
      busy.current = false;
    }
  }

  function startOver() {
    setIdempotencyKey(crypto.randomUUID());
    setFirstName('');
    setClassGroup('');
    setFreeWhen(null);
    setAbout(null);
    setMissing({});
    setSentBy(null);
  }

  if (sentBy !== null) return <Thanks name={sentBy} onDone={startOver} />;
  return (
    <form className="pupil-mode__form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={1} data-size="xl">
        {t('pupil.title')}
      </Heading>
      <Paragraph data-size="lg">{t('pupil.intro')}</Paragraph>
      <Textfield
        ref={nameField}
        data-size="lg"
        label={t('pupil.firstName')}
        autoComplete="off"
        maxLength={40}
        value={firstName}
        error={missing.firstName ? t('pupil.firstNameMissing') : undefined}
        onChange={(event) => setFirstName(event.target.value)}
      />
      <Textfield
        ref={classField}
        data-size="lg"
        label={t('pupil.classGroup')}
        autoComplete="off"
        maxLength={20}
        value={classGroup}
        error={missing.classGroup ? t('pupil.classGroupMissing') : undefined}
        onChange={(event) => setClassGroup(event.target.value)}
      />
      <Fieldset data-size="lg">
        <Fieldset.Legend>{t('pupil.when')}</Fieldset.Legend>
        <Fieldset.Description>{t('pupil.optional')}</Fieldset.Description>
        <div className="pupil-mode__choices">
          {FREE_WHEN.map((value) => (
            <Radio
              key={value}
              name="free-when"
              value={value}
              checked={freeWhen === value}
              onChange={() => setFreeWhen(value)}
              label={<Pictured picture={FREE_WHEN_PICTURES[value]} text={t(`freeWhen.${value}`)} />}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset data-size="lg">
        <Fieldset.Legend>{t('pupil.about')}</Fieldset.Legend>
        <Fieldset.Description>{t('pupil.optional')}</Fieldset.Description>
        <div className="pupil-mode__choices">
          {TALK_TOPICS.map((value) => (
            <Radio
              key={value}
              name="about"
              value={value}
              checked={about === value}
              onChange={() => setAbout(value)}
              label={<Pictured picture={TOPIC_PICTURES[value]} text={t(`topic.${value}`)} />}
            />
          ))}
        </div>
      </Fieldset>
      <div role="alert">
        {failed && (
          <Alert data-color="danger">
            <Paragraph data-size="lg">{t('pupil.failed')}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit" data-size="lg">
        {t('pupil.send')}
      </Button>
    </form>
  );
}

function Pictured({ picture: Picture, text }: { picture: (typeof TOPIC_PICTURES)[TalkTopic]; text: string }) {
  return (
    <span className="pupil-mode__pictured">
      <Picture aria-hidden="true" className="pupil-mode__picture" />
      {text}
    </span>
  );
}

function Thanks({ name, onDone }: { name: string; onDone: () => void }) {
  const { t } = useTranslation('pupilTalks');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="pupil-mode__thanks">
      <Heading level={1} data-size="xl" ref={heading} tabIndex={-1} className="focus-target">
        {t('pupil.thanks', { name })}
      </Heading>
      <Paragraph data-size="lg">{t('pupil.thanksText')}</Paragraph>
      <Button data-size="lg" onClick={onDone}>
        {t('pupil.done')}
      </Button>
    </div>
  );
}
