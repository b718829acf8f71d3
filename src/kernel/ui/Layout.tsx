import { SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { DemoBanner } from './DemoBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LogoutButtons } from './LogoutButtons.tsx';
import { MainNav } from './MainNav.tsx';
import { useSession } from './session.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { UnitSwitch } from './UnitSwitch.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

/** The frame around every page: skip link, header, navigation, main content and footer. */
export function Layout() {
  const { t } = useTranslation();
  const { state } = useSession();
  const main = useFocusOnNavigation<HTMLElement>();
  const user = state.status === 'ready' ? state.data.user : null;

  return (
    <div className="app">
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      <header className="app-header">
        {state.status === 'ready' && state.data.demo && <DemoBanner />}
        <div className="app-container app-header__bar">
          <Link to="/" className="app-brand">
            {t('productName')}
          </Link>
          <div className="app-header__tools">
            {user === null && <SessionSummary />}
            <LanguageSwitch />
          </div>
        </div>
        {user && (
          <div className="app-user">
            <div className="app-container app-user__bar">
              <SessionSummary />
              <div className="app-user__tools">
                {user.memberships.length > 1 && <UnitSwitch user={user} />}
                <LogoutButtons />
              </div>
            </div>
          </div>
        )}
      </header>
      <MainNav />
      <main id="main" tabIndex={-1} ref={main} className="app-container app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p className="app-container">{t('footer.about')}</p>
      </footer>
    </div>
  );
}
