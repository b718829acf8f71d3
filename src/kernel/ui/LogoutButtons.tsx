import { Button } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, loginPath } from '../auth/web/paths.ts';
import { ApiRequestError, errorMessageKey, sendJson } from './api.ts';
import { useSession, type LoggedOut } from './session.tsx';

/**
 * Log out here, or end every session of the person's on every device. The user is forgotten
 * in the browser at once and taken to the login page, which says they are logged out.
 */
export function LogoutButtons() {
  const { t } = useTranslation();
  const { refresh, forgetUser } = useSession();
  const navigate = useNavigate();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  async function logOut(where: LoggedOut) {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      await sendJson('POST', where === 'here' ? api.logout : api.logoutEverywhere);
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      // Already logged out (401) is what the user wanted; anything else they must hear about.
      if (code !== 'unauthenticated') {
        setFailure(t('session.failed', { reason: t(errorMessageKey(code)) }));
        setBusy(false);
        return;
      }
    }
    // The login gate sends a page that needs a login there by itself; a public page goes too.
    forgetUser(where);
    void navigate(loginPath, { replace: true });
    // A new session means a new CSRF token; the provider fetches it.
    void refresh();
  }

  return (
    <div className="logout">
      <Button type="button" variant="secondary" data-size="sm" aria-disabled={busy || undefined} onClick={() => void logOut('here')}>
        {t('session.logout')}
      </Button>
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        aria-disabled={busy || undefined}
        aria-describedby={hintId}
        onClick={() => void logOut('everywhere')}
      >
        {t('session.logoutEverywhere')}
      </Button>
      <span id={hintId} hidden>
        {t('session.logoutEverywhereHint')}
      </span>
      {failure && (
        <p role="alert" className="logout__failure">
          {failure}
        </p>
      )}
    </div>
  );
}
