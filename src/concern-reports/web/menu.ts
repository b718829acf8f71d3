/** The menu's entries of this capability, fetched after login (the login page carries none). */
import type { MenuEntry } from '../../kernel/ui/menu.ts';

export const concernMenu = {
  concernReports: { to: () => '/concern-reports', label: 'nav.concernReports', within: ['/concern-reports/drafts', '/concern-reports/new'] },
  concernIntake: { to: () => '/concern-reports/intake', label: 'nav.concernIntake', within: ['/concern-reports/received'] },
  concernDeadlines: { to: () => '/concern-reports/deadlines', label: 'nav.concernDeadlines', within: [] },
  serviceNumbers: { to: () => '/concern-reports/service-numbers', label: 'nav.serviceNumbers', within: [] },
} satisfies Record<string, MenuEntry>;
