import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { MyTeams } from './MyTeams.tsx';

/** "My teams" in the menu: the teams a partner (or anyone) sits on, one click from every page. */
export function MyTeamsPage() {
  const { t } = useTranslation('teams');
  usePageTitle(t('start.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('start.title')}
      </Heading>
      <div className="start-page">
        <MyTeams />
      </div>
    </>
  );
}
