import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';

/** The administrator's start: the municipality's settings that consultation hours follow. */
export function SettingsShortcut() {
  const { t } = useTranslation('presence');
  const id = useId();
  return (
    <section className="start-section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {t('start.settings')}
      </Heading>
      <Paragraph>{t('start.settingsText')}</Paragraph>
      <Paragraph>
        <RouterLink to="/presence/settings">{t('settings.title')}</RouterLink>
      </Paragraph>
    </section>
  );
}
