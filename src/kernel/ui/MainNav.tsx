import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../policy/permissions.ts';
import type { commonMessages } from './messages.ts';
import { useUser } from './session.tsx';

interface Section {
  to: string;
  label: `nav.${keyof typeof commonMessages.nb.nav}`;
  /** The addresses the section covers. */
  within: readonly string[];
  /** Shown to someone who holds any one of these; the server still checks every request. */
  needs: readonly Permission[];
}

/** The sections of the app, each shown only to those whose roles reach it. */
const sections: readonly Section[] = [
  { to: '/organisation', label: 'nav.organisation', within: ['/', '/organisation', '/units'], needs: ['organisation.read'] },
  { to: '/children/find', label: 'nav.findChild', within: ['/children'], needs: ['child.read', 'emergency.open'] },
  { to: '/bookings', label: 'nav.bookings', within: ['/bookings'], needs: ['booking.create'] },
  { to: '/concern-reports', label: 'nav.concernReports', within: ['/concern-reports/drafts'], needs: ['concern.draft'] },
  { to: '/concern-reports/intake', label: 'nav.concernIntake', within: ['/concern-reports/received'], needs: ['concern.intake'] },
  { to: '/concern-reports/deadlines', label: 'nav.concernDeadlines', within: [], needs: ['concern.deadlines'] },
  { to: '/presence/week', label: 'nav.week', within: ['/presence/week'], needs: ['presence.week'] },
  { to: '/presence/settings', label: 'nav.presenceSettings', within: ['/presence/settings'], needs: ['presence.settings'] },
  {
    to: '/pupil-talks',
    label: 'nav.pupilTalks',
    within: ['/pupil-talks'],
    needs: ['pupil_request.create', 'pupil_talk.manage', 'pupil_referral.read'],
  },
  // Everyone may have a feed; the link goes to those with something in it: hours, bookings or team meetings.
  { to: '/calendar', label: 'nav.calendar', within: ['/calendar'], needs: ['presence.plan', 'booking.create', 'team.read'] },
  { to: '/oversight/emergency-access', label: 'nav.emergencyReview', within: ['/oversight'], needs: ['emergency.review'] },
];

/**
 * The main menu. A link is the current page on its own address, the current section below it.
 * Nobody logged in, nothing to show: the menu is left out rather than shown empty.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useUser();
  const shown = user ? sections.filter((section) => section.needs.some((p) => user.permissions.includes(p))) : [];
  if (shown.length === 0) return null;
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="app-container app-nav__list">
        {shown.map((section) => (
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

function currentness(pathname: string, section: Section): 'page' | 'true' | undefined {
  if (pathname === section.to) return 'page';
  const inside = section.within.some((prefix) =>
    prefix === '/' ? pathname === '/' : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
  return inside ? 'true' : undefined;
}
