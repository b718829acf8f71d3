import { Heading } from '@digdir/designsystemet-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../db/tables.ts';
import { usePageTitle } from './use-page-title.ts';
import { useUser } from './session.tsx';

/**
 * One part of the start page: a capability's view of today's work for the jobs it serves.
 * The component brings its own section and level-2 heading; it renders nothing when it has
 * nothing to say to this person.
 */
export interface StartSection {
  key: string;
  roles: readonly Role[];
  Component: ComponentType;
}

/**
 * The start page: today's work for each of the person's jobs, composed from the sections the
 * capabilities bring, in the order given (the composition root orders them by job).
 */
export function StartPage({ sections }: { sections: readonly StartSection[] }) {
  const { t } = useTranslation();
  const user = useUser();
  usePageTitle(t('startPage.title'));
  if (!user) return null;
  const roles = new Set(user.memberships.map((m) => m.role));
  const shown = sections.filter((section) => section.roles.some((role) => roles.has(role)));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('startPage.title')}
      </Heading>
      <div className="start-page">
        {shown.map(({ key, Component }) => (
          <Component key={key} />
        ))}
      </div>
    </>
  );
}
