import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The sections of the app and the addresses each one covers; organisation is the only one so far. */
const sections = [{ to: '/organisation', label: 'nav.organisation', within: ['/', '/organisation', '/units'] }] as const;

/** The main menu. A link is the current page on its own address, the current section below it. */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="app-container app-nav__list">
        {sections.map((section) => (
          <li key={section.to}>
            <Link to={section.to} className="app-nav__link" aria-current={currentness(pathname, section)}>
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function currentness(pathname: string, section: (typeof sections)[number]): 'page' | 'true' | undefined {
  if (pathname === section.to) return 'page';
  const inside = section.within.some((prefix) =>
    prefix === '/' ? pathname === '/' : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
  return inside ? 'true' : undefined;
}
