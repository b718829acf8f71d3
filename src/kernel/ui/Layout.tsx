import { SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { sessionSchema } from '../auth/session-schema.ts';
import { DemoBanner } from './DemoBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { useApi } from './use-api.ts';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

/** The frame around every page: skip link, header, navigation, main content and footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useApi('/api/session', sessionSchema);
  const main = useFocusOnNavigation<HTMLElement>();

  return (
    <div className="app">
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      <header className="app-header">
        {session.status === 'ready' && session.data.demo && <DemoBanner />}
        <div className="app-container app-header__bar">
          <Link to="/" className="app-brand">
            {t('productName')}
          </Link>
          <div className="app-header__tools">
            <SessionSummary session={session} />
            <LanguageSwitch />
          </div>
        </div>
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
