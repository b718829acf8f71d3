import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { FilteredMunicipality } from './unit-filter.ts';

/**
 * The name filter. Its result is announced politely (role=status) so a screen reader user
 * hears how many units are left without losing their place in the field.
 */
export function UnitFilter({
  query,
  onQueryChange,
  filtered,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  filtered: FilteredMunicipality;
}) {
  const { t } = useTranslation('organisation');
  return (
    <div className="unit-filter">
      <Textfield
        type="search"
        autoComplete="off"
        label={t('municipality.filter.label')}
        description={t('municipality.filter.description')}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
      />
      <p role="status" className="unit-filter__status">
        {filtered.active &&
          (filtered.shown === 0
            ? t('municipality.filter.none', { query: query.trim() })
            : t('municipality.filter.status', { shown: filtered.shown, total: filtered.total }))}
      </p>
    </div>
  );
}
