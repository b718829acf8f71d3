import { useTranslation } from 'react-i18next';
import { useSession } from './session.tsx';

/** Who is logged in and for which unit they act, or a short line saying nobody is. */
export function SessionSummary() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <p className="session-summary">{t('session.unavailable')}</p>;

  const { user } = state.data;
  if (user === null) return <p className="session-summary">{t('session.notLoggedIn')}</p>;
  return (
    <p className="session-summary">
      <span className="session-summary__name">
        {user.givenName} {user.familyName}
      </span>
      {user.currentUnit && (
        <>
          <span className="session-summary__separator" aria-hidden="true">
            {' · '}
          </span>
          <span className="session-summary__unit">
            {t('session.currentUnit', { role: t(`role.${user.currentUnit.role}`), unit: user.currentUnit.name })}
          </span>
        </>
      )}
    </p>
  );
}
