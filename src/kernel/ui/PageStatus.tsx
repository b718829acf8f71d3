import { Alert, Button, Heading, Paragraph, Skeleton, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './api.ts';
import { usePageTitle } from './use-page-title.ts';

/** What a page shows while its data is on the way: a labelled spinner and the page's outline. */
export function PageLoading({ label }: { label: string }) {
  const { t } = useTranslation();
  usePageTitle(t('loading'), 'loading');
  return (
    <div className="page-loading">
      <p role="status" className="page-loading__status">
        <Spinner aria-hidden data-size="sm" />
        {label}
      </p>
      <Skeleton variant="text" width={24} />
      <Skeleton variant="rectangle" className="page-loading__block" />
    </div>
  );
}

/**
 * What a page shows when its data could not be loaded: the translated reason and a retry.
 * The reason is an alert because it arrives after the page itself and must be announced.
 */
export function PageError({ code, retry }: { code: string; retry?: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.title'), 'status');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('errors.title')}
      </Heading>
      <Alert data-color="danger" role="alert" className="page-error">
        <Paragraph>{t(errorMessageKey(code))}</Paragraph>
        {retry && (
          <Button variant="secondary" data-size="sm" onClick={retry}>
            {t('errors.retry')}
          </Button>
        )}
      </Alert>
    </>
  );
}
