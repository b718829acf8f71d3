import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Grade ranges and single grades as the current language writes them ("1.–7. trinn"). */
export function useGradeLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      range: (from: number | null, to: number | null) => (from === null || to === null ? null : t('grades', { from, to })),
      single: (grade: number | null) => (grade === null ? null : t('grade', { grade })),
    }),
    [t],
  );
}
