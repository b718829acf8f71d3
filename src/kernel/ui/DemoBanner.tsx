import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Tells everyone, on every page, that the data is made up: no one should act on it. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" className="demo-banner">
      <Paragraph className="app-container">
        <strong>{t('demo.label')}</strong> {t('demo.text')}
      </Paragraph>
    </Alert>
  );
}
