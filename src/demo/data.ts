/** The shape of the generated demo data: plain rows, keyed and named like the tables. */
import type { Selectable } from 'kysely';
import type { Tables } from '../kernel/db/tables.ts';

/** The tables the generator fills, in an order that satisfies every foreign key. */
export const DEMO_TABLES = [
  'municipality',
  'cooperation',
  'cooperation_member',
  'district',
  'unit',
  'service_phone',
  'staff',
  'membership',
  'team_member',
  'family',
  'child',
  'guardian',
  'child_guardian',
  'enrolment',
] as const;

export type DemoTable = (typeof DEMO_TABLES)[number];
/** A complete row, explicit id included, ready to insert. */
export type DemoRow<T extends DemoTable> = Selectable<Tables[T]>;
export type DemoData = { [T in DemoTable]: DemoRow<T>[] };

/** 'default' is Sarpsborg-sized; 'oslo' grows the big municipality to ~90,000 pupils for benchmarks. */
export type DemoScale = 'default' | 'oslo';

export interface DemoOptions {
  seed: number;
  scale: DemoScale;
}

/** Where each generator step adds its rows. */
export function emptyDemoData(): DemoData {
  return {
    municipality: [],
    cooperation: [],
    cooperation_member: [],
    district: [],
    unit: [],
    service_phone: [],
    staff: [],
    membership: [],
    team_member: [],
    family: [],
    child: [],
    guardian: [],
    child_guardian: [],
    enrolment: [],
  };
}
