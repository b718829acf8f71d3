import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A jump list to the sections of a long page, so nobody has to scroll past 200 units. */
export function OnThisPage({ sections }: { sections: { id: string; label: string }[] }) {
  const { t } = useTranslation('organisation');
  return (
    <nav aria-label={t('municipality.onThisPage')} className="on-this-page">
      <p className="on-this-page__label" aria-hidden="true">
        {t('municipality.onThisPage')}
      </p>
      <ul className="on-this-page__list">
        {sections.map((section) => (
          <li key={section.id}>
            <Link href={`#${section.id}`}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
