import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { currentSection, menuOf, type Menu } from './menu.ts';
import { useUser } from './session.tsx';

/**
 * The main menu. The link of the page itself is the current page; below it, the entry whose
 * address covers it best is the current section. Nobody logged in: no menu at all.
 */
export function MainNav({ id, open, menu }: { id: string; open: boolean; menu: Menu }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useUser();
  const shown = user ? menuOf(user, menu) : [];
  if (shown.length === 0) return null;
  const section = currentSection(pathname, shown);
  return (
    <nav aria-label={t('nav.label')} className="app-nav app-collapsible" id={id} data-open={open || undefined}>
      <ul className="app-container app-nav__list">
        {shown.map(({ name, to, entry }) => (
          <li key={name}>
            <Link to={to} className="app-nav__link" aria-current={to === pathname ? 'page' : name === section ? 'true' : undefined}>
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
