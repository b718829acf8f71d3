import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SuppressedCount, SuppressedCountNote } from '../../kernel/ui/SuppressedCount.tsx';
import type { UnitDetail } from '../schema.ts';
import { useGradeLabels } from '../../kernel/ui/use-grade-labels.ts';

type Group = UnitDetail['groups'][number];

/** The register as group sizes: classes and groups with how many children, never who. */
export function GroupsTable({ groups }: { groups: Group[] }) {
  const { t } = useTranslation('organisation');
  const grades = useGradeLabels();
  const headingId = useId();
  const showGrades = groups.some((group) => group.grade !== null);

  return (
    <section className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('unit.groups.heading')}
      </Heading>
      {groups.length === 0 ? (
        <Paragraph>{t('unit.groups.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('unit.groups.privacy')}</Paragraph>
          <div className="table-scroll">
            <Table aria-labelledby={headingId} data-size="sm" zebra>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('unit.groups.name')}</Table.HeaderCell>
                  {showGrades && <Table.HeaderCell>{t('unit.groups.grade')}</Table.HeaderCell>}
                  <Table.HeaderCell className="numeric">{t('unit.groups.children')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {groups.map((group) => (
                  <Table.Row key={group.name}>
                    <Table.Cell>{group.name}</Table.Cell>
                    {showGrades && <Table.Cell className="nowrap">{grades.single(group.grade)}</Table.Cell>}
                    <Table.Cell className="numeric">
                      <SuppressedCount count={group.childCount} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <SuppressedCountNote />
        </>
      )}
    </section>
  );
}
