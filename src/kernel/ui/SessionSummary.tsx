import { useTranslation } from 'react-i18next';
import type { Session } from '../auth/session-schema.ts';
import type { ApiState } from './use-api.ts';

/** Who is logged in and for which unit they act, or a short line saying nobody is. */
export function SessionSummary({ session }: { session: ApiState<Session> }) {
  const { t } = useTranslation();
  if (session.status === 'loading') return null;
  if (session.status === 'failed') return <p className="session-summary">{t('session.unavailable')}</p>;

  const { user } = session.data;
  if (user === null) return <p className="session-summary">{t('session.notLoggedIn')}</p>;
  return (
    <p className="session-summary">
      <span className="session-summary__name">
        {user.givenName} {user.familyName}
      </span>
      {user.currentUnit && (
        <span className="session-summary__unit">
          {t('session.currentUnit', { role: t(`role.${user.currentUnit.role}`), unit: user.currentUnit.name })}
        </span>
      )}
    </p>
  );
}
