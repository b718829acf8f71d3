import { Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../kernel/i18n/i18n.ts';
import { isUiLanguage, languageNames, uiLanguages } from '../../kernel/i18n/languages.ts';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { pupilModeStateSchema } from '../schema.ts';
import { api, staffExitPath } from './paths.ts';
import { PupilRequestForm } from './PupilRequestForm.tsx';

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

/** The request, then the thanks; Done clears the form for the next pupil. */
function PupilRequest() {
  const [sentBy, setSentBy] = useState<string | null>(null);
  // A new form for each pupil: nothing the last one typed is left on the device.
  const [round, setRound] = useState(0);
  if (sentBy !== null) return <Thanks name={sentBy} onDone={() => (setSentBy(null), setRound((n) => n + 1))} />;
  return <PupilRequestForm key={round} onSent={setSentBy} />;
}

function Thanks({ name, onDone }: { name: string; onDone: () => void }) {
  const { t } = useTranslation('pupilTalks');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
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
