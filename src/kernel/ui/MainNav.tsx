import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../db/tables.ts';
import type { commonMessages } from './messages.ts';
import { useUser, type SessionUser } from './session.tsx';

interface Entry {
  /** Where it goes; null when the person has no such place (no unit of theirs to book at). */
  to: (user: SessionUser) => string | null;
  label: `nav.${keyof typeof commonMessages.nb.nav}`;
  /** Further addresses the entry covers: on them it is the current section. */
  within: readonly string[];
}

/** The unit where the person holds the role: the one they act for now if it is one, else their first. */
function unitWhere(user: SessionUser, roles: readonly Role[]): string | null {
  const units = user.memberships.filter((m) => roles.includes(m.role));
  const current = units.find((m) => m.unitId === user.currentUnit?.id);
  return (current ?? units[0])?.unitId ?? null;
}

/**
 * The network contact's consultations: at the unit they act for when it is one of theirs
 * outside child welfare (where they are employed), else at the first school or kindergarten.
 */
function consultationUnit(user: SessionUser): string | null {
  const units = user.memberships.filter((m) => m.role === 'network_contact' || m.role === 'unit_leader');
  if (user.currentUnit && user.currentUnit.kind !== 'child_welfare' && units.some((m) => m.unitId === user.currentUnit?.id)) {
    return user.currentUnit.id;
  }
  return (units.find((m) => m.unitId !== user.currentUnit?.id) ?? units[0])?.unitId ?? null;
}

/** Every entry the menu can have. Addresses only, so an entry can move to its capability as data. */
const entries = {
  start: { to: () => '/', label: 'nav.start', within: [] },
  organisation: { to: () => '/organisation', label: 'nav.organisation', within: ['/organisation', '/units'] },
  findChild: { to: () => '/children/find', label: 'nav.findChild', within: ['/children'] },
  bookings: { to: () => '/bookings', label: 'nav.bookings', within: ['/bookings'] },
  book: {
    // One step to the booking page of the person's own school: its free times, each a link to the form.
    to: (user) => {
      const unit = unitWhere(user, ['staff', 'unit_leader']);
      return unit && `/units/${unit}/book`;
    },
    label: 'nav.book',
    within: [],
  },
  team: {
    to: (user) => {
      const unit = unitWhere(user, ['unit_leader']);
      return unit && `/units/${unit}/team`;
    },
    label: 'nav.team',
    within: [],
  },
  teams: { to: () => '/teams', label: 'nav.teams', within: ['/teams'] },
  consultations: {
    to: (user) => {
      const unit = consultationUnit(user);
      return unit && `/units/${unit}/consultations`;
    },
    label: 'nav.consultations',
    within: [],
  },
  concernReports: { to: () => '/concern-reports', label: 'nav.concernReports', within: ['/concern-reports/drafts', '/concern-reports/new'] },
  concernIntake: { to: () => '/concern-reports/intake', label: 'nav.concernIntake', within: ['/concern-reports/received'] },
  concernDeadlines: { to: () => '/concern-reports/deadlines', label: 'nav.concernDeadlines', within: [] },
  serviceNumbers: { to: () => '/concern-reports/service-numbers', label: 'nav.serviceNumbers', within: [] },
  week: { to: () => '/presence/week', label: 'nav.week', within: ['/presence/week'] },
  presenceSettings: { to: () => '/presence/settings', label: 'nav.presenceSettings', within: ['/presence/settings'] },
  pupilTalks: { to: () => '/pupil-talks', label: 'nav.pupilTalks', within: ['/pupil-talks'] },
  calendar: { to: () => '/calendar', label: 'nav.calendar', within: ['/calendar'] },
  emergencyReview: { to: () => '/oversight/emergency-access', label: 'nav.emergencyReview', within: ['/oversight'] },
} satisfies Record<string, Entry>;

type EntryName = keyof typeof entries;

/**
 * The menu of each job, its daily work first; the organisation chart stays one click away for
 * everyone. Someone with several roles gets the menus of all, the current role's first. The
 * server still checks every request: an entry here only saves a search.
 */
export const menus: Record<Role, readonly EntryName[]> = {
  staff: ['start', 'book', 'bookings', 'concernReports', 'pupilTalks', 'findChild', 'calendar', 'organisation'],
  unit_leader: ['start', 'team', 'book', 'bookings', 'consultations', 'concernReports', 'pupilTalks', 'calendar', 'organisation'],
  network_contact: ['start', 'week', 'consultations', 'pupilTalks', 'concernReports', 'findChild', 'calendar', 'organisation'],
  partner: ['start', 'teams', 'calendar', 'organisation'],
  intake_worker: ['start', 'concernIntake', 'pupilTalks', 'findChild', 'organisation'],
  on_call_worker: ['start', 'findChild', 'organisation'],
  leader: ['start', 'emergencyReview', 'concernDeadlines', 'concernIntake', 'week', 'presenceSettings', 'findChild', 'organisation'],
  administrator: ['start', 'presenceSettings', 'serviceNumbers', 'organisation'],
};

/** The entries the person sees, each with its address, in the order of their roles' menus. */
export function menuOf(user: SessionUser): { name: EntryName; to: string; entry: Entry }[] {
  const roles = [...new Set([user.currentUnit?.role, ...user.memberships.map((m) => m.role)])].filter((r): r is Role => r !== undefined);
  const names = [...new Set(roles.flatMap((role) => menus[role]))];
  return names.flatMap((name) => {
    const entry: Entry = entries[name];
    const to = entry.to(user);
    return to === null ? [] : [{ name, to, entry }];
  });
}

/**
 * The main menu. The link of the page itself is the current page; below it, the entry whose
 * address covers it best is the current section. Nobody logged in: no menu at all.
 */
export function MainNav({ id, open }: { id: string; open: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useUser();
  const shown = user ? menuOf(user) : [];
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

/** The entry whose address, or a covered prefix, is the longest match for the page; the start page only on itself. */
function currentSection(pathname: string, shown: ReturnType<typeof menuOf>): EntryName | null {
  let best: { name: EntryName; length: number } | null = null;
  for (const { name, to, entry } of shown) {
    for (const prefix of [to.split('?')[0]!, ...entry.within]) {
      if (prefix === '/') continue;
      const inside = pathname === prefix || pathname.startsWith(`${prefix}/`);
      if (inside && (!best || prefix.length > best.length)) best = { name, length: prefix.length };
    }
  }
  return best?.name ?? null;
}
