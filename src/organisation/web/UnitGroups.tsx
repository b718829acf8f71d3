import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { unitKindSchema, type UnitKind, type UnitSummary } from '../schema.ts';
import { useNameOrder } from '../../kernel/ui/use-name-order.ts';
import { UnitTable } from './UnitTable.tsx';

/** Units split by kind in a fixed order (schools first), each kind a headed table. */
export function UnitGroups({ units, headingLevel }: { units: UnitSummary[]; headingLevel: 3 | 4 }) {
  const compare = useNameOrder();
  const groups = unitKindSchema.options
    .map((kind) => ({ kind, units: units.filter((unit) => unit.kind === kind).sort((a, b) => compare(a.name, b.name)) }))
    .filter((group) => group.units.length > 0);
  return (
    <>
      {groups.map((group) => (
        <UnitGroup key={group.kind} kind={group.kind} units={group.units} headingLevel={headingLevel} />
      ))}
    </>
  );
}

function UnitGroup({ kind, units, headingLevel }: { kind: UnitKind; units: UnitSummary[]; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="unit-group">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t(`unitKindPlural.${kind}`)} <span className="unit-group__count">({units.length})</span>
      </Heading>
      <UnitTable units={units} labelledBy={headingId} />
    </div>
  );
}
