import { Breadcrumbs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

/**
 * Where the page sits, ending with the page itself. Designsystemet shows the full trail on
 * wide screens and only a link back to the parent on narrow ones.
 */
export function PageBreadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const { t } = useTranslation();
  const parent = trail.at(-2);
  return (
    <Breadcrumbs aria-label={t('breadcrumbs.label')} className="page-breadcrumbs">
      {parent && (
        <Breadcrumbs.Link asChild aria-label={t('breadcrumbs.back', { name: parent.label })}>
          <Link to={parent.to}>{parent.label}</Link>
        </Breadcrumbs.Link>
      )}
      <Breadcrumbs.List>
        {trail.map((crumb) => (
          <Breadcrumbs.Item key={crumb.to}>
            <Breadcrumbs.Link asChild>
              <Link to={crumb.to}>{crumb.label}</Link>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
