import { Button, SkipLink } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { DemoBanner } from './DemoBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { menuLoader } from './menu-loader.ts';
import { useSession } from './session.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

const MENU_ID = 'app-menu';

const signedIn = () => import('./signed-in.ts');
const LogoutButtons = lazy(() => signedIn().then((parts) => ({ default: parts.LogoutButtons })));
const MainNav = lazy(() =>
  Promise.all([signedIn(), menuLoader()()]).then(([parts, menu]) => ({
    default: (props: { id: string; open: boolean }) => <parts.MainNav {...props} menu={menu} />,
  })),
);
const UnitSwitch = lazy(() => signedIn().then((parts) => ({ default: parts.UnitSwitch })));

/**
 * The frame around every page: skip link, header, navigation, main content and footer. On a
 * narrow screen the menu and the person's tools fold away behind one Menu button, so the page
 * itself starts near the top; they fold again after each navigation.
 */
export function Layout() {
  const { t } = useTranslation();
  const { state } = useSession();
  const main = useFocusOnNavigation<HTMLElement>();
  const user = state.status === 'ready' ? state.data.user : null;
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    setMenuOpen(false);
  }, [pathname]);

  return (
    <div className="app">
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      <header className="app-header">
        {state.status === 'ready' && state.data.demo && <DemoBanner />}
        <div className="app-container app-header__bar">
          <Link to="/" className="app-brand">
            {t('productName')}
          </Link>
          {user && (
            <Button
              variant="secondary"
              data-size="sm"
              className="app-menu-button"
              aria-expanded={menuOpen}
              aria-controls={MENU_ID}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('nav.menu')}
            </Button>
          )}
          <div className={user ? 'app-header__tools app-collapsible' : 'app-header__tools'} data-open={menuOpen || undefined}>
            {user === null && <SessionSummary />}
            <LanguageSwitch />
          </div>
        </div>
        {user && (
          <div className="app-user app-collapsible" data-open={menuOpen || undefined}>
            <div className="app-container app-user__bar">
              <SessionSummary />
              <div className="app-user__tools">
                <Suspense fallback={null}>
                  {user.memberships.length > 1 && <UnitSwitch user={user} />}
                  <LogoutButtons />
                </Suspense>
              </div>
            </div>
          </div>
        )}
      </header>
      {user && (
        <Suspense fallback={null}>
          <MainNav id={MENU_ID} open={menuOpen} />
        </Suspense>
      )}
      {/* data-path: the address of the page shown, which lags the address bar while a page's code loads. */}
      <main id="main" tabIndex={-1} ref={main} className="app-container app-main" data-path={pathname}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p className="app-container">{t('footer.about')}</p>
      </footer>
    </div>
  );
}
