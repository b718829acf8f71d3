import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { SuppressedCount } from '../../kernel/ui/SuppressedCount.tsx';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import type { UnitSummary } from '../schema.ts';
import { unitPath } from './paths.ts';
import { hasRegister } from './register.ts';
import { useGradeLabels } from '../../kernel/ui/use-grade-labels.ts';

/** Units of one kind: name (to the unit's page), grades and children where they apply, staff. */
export function UnitTable({ units, labelledBy }: { units: UnitSummary[]; labelledBy: string }) {
  const { t } = useTranslation('organisation');
  const format = useNumberFormat();
  const grades = useGradeLabels();
  const showGrades = units.some((unit) => unit.gradeFrom !== null);
  const showChildren = units.some((unit) => hasRegister(unit.kind));
  return (
    <div className="table-scroll">
      <Table aria-labelledby={labelledBy} data-size="sm" zebra className="unit-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('unitTable.name')}</Table.HeaderCell>
            {showGrades && <Table.HeaderCell className="unit-table__grades">{t('unitTable.grades')}</Table.HeaderCell>}
            <Table.HeaderCell className="unit-table__number numeric">{t('unitTable.staff')}</Table.HeaderCell>
            {showChildren && (
              <Table.HeaderCell className="unit-table__number numeric">{t('unitTable.children')}</Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {units.map((unit) => (
            <Table.Row key={unit.id}>
              <Table.Cell>
                <RouterLink to={unitPath(unit.id)}>{unit.name}</RouterLink>
              </Table.Cell>
              {showGrades && <Table.Cell className="nowrap">{grades.range(unit.gradeFrom, unit.gradeTo)}</Table.Cell>}
              <Table.Cell className="numeric">{format(unit.staffCount)}</Table.Cell>
              {showChildren && (
                <Table.Cell className="numeric">
                  <SuppressedCount count={unit.childCount} />
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
