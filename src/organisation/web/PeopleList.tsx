import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../schema.ts';
import { useNameOrder } from '../../kernel/ui/use-name-order.ts';

/**
 * The unit's staff with their roles, sorted by family name as a staff list usually is. A list,
 * not a table: three short facts per person reflow better on a phone than columns do.
 */
export function PeopleList({ people }: { people: Person[] }) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const compare = useNameOrder();
  const sorted = [...people].sort(
    (a, b) => compare(a.familyName, b.familyName) || compare(a.givenName, b.givenName),
  );

  return (
    <section className="page-section">
      <Heading level={2} data-size="md">
        {t('unit.people.heading')}
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph>{t('unit.people.empty')}</Paragraph>
      ) : (
        <ul className="people-list">
          {sorted.map((person) => (
            <li key={person.id} className="people-list__person">
              <span className="people-list__name">
                {person.givenName} {person.familyName}
              </span>
              <span className="people-list__email">
                <Link href={`mailto:${person.email}`}>{person.email}</Link>
              </span>
              <ul className="tag-list" aria-label={t('unit.people.roles')}>
                {person.roles.map((role) => (
                  <li key={role}>
                    <Tag data-color="info" data-size="sm">
                      {tc(`role.${role}`)}
                    </Tag>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
