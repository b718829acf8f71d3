import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from './RouterLink.tsx';
import { usePageTitle } from './use-page-title.ts';

/** The page for an address that leads nowhere: an unknown route, or a record that does not exist. */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'), 'status');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/organisation">{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
