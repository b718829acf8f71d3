import { useTranslation } from 'react-i18next';
import { SMALL_COUNT_THRESHOLD } from '../privacy/small-count.ts';
import { useNumberFormat } from './use-number-format.ts';

/** A count of children; null means the server withheld a small number ("fewer than 5"). */
export function SuppressedCount({ count }: { count: number | null }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (count !== null) return <>{format(count)}</>;
  return <span className="suppressed-count">{t('count.fewerThan', { threshold: format(SMALL_COUNT_THRESHOLD) })}</span>;
}

/** The one-line explanation of the small-count rule, shown once under tables that use it. */
export function SuppressedCountNote() {
  const { t } = useTranslation();
  const format = useNumberFormat();
  return <p className="table-note">{t('count.note', { threshold: format(SMALL_COUNT_THRESHOLD) })}</p>;
}
