import { Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CONCERN_CATEGORIES } from '../concern-categories/categories.ts';

/** The shared concern categories as a Select's options, in the list's order and the reader's words. */
export function ConcernCategoryOptions() {
  const { t } = useTranslation();
  return CONCERN_CATEGORIES.map((value) => (
    <Select.Option key={value} value={value}>
      {t(`concernCategory.${value}`)}
    </Select.Option>
  ));
}
