import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { findChildPath } from './paths.ts';

/** The on-call worker's start: finding a child by identity number, the first step of an evening's call. */
export function FindChildShortcut() {
  const { t } = useTranslation('children');
  const id = useId();
  return (
    <section className="start-section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {t('find.title')}
      </Heading>
      <Paragraph>{t('find.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to={findChildPath}>{t('find.submit')}</RouterLink>
      </Paragraph>
    </section>
  );
}
