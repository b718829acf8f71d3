import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageLoading } from './PageStatus.tsx';

/** The pages below it while their capability's code is on the way: the shared loading state. */
export function PageSuspense() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageLoading label={t('loading')} />}>
      <Outlet />
    </Suspense>
  );
}
