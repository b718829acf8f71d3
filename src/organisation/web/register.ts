import type { UnitKind } from '../schema.ts';

const registerKinds: ReadonlySet<UnitKind> = new Set(['school', 'kindergarten', 'day_care']);

/**
 * Whether children are enrolled in units of this kind. Services (PPT, child welfare, the
 * on-call service …) have none, and "fewer than 5 children" beside them would mislead.
 */
export function hasRegister(kind: UnitKind): boolean {
  return registerKinds.has(kind);
}
