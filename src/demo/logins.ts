/**
 * The demo's predictable login people: one per role and municipality, each with the address
 * `demo.<role>@<municipality>.demo`. The login page offers them in demo mode
 * (kernel/auth/demo-people.ts reads them back from the database).
 */
import type { Role } from '../kernel/db/tables.ts';
import { roleSchema } from '../organisation/schema.ts';
import type { DemoData } from './data.ts';

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
  municipality: string;
}

const ROLES: readonly Role[] = roleSchema.options;

/** The login people in generated data, before it is stored (for tests and summaries). */
export function demoLoginPeople(data: DemoData): DemoLogin[] {
  const municipalities = new Map(data.municipality.map((m) => [m.id, m.name]));
  const logins = data.staff.flatMap((staff) => {
    const role = demoRole(staff.email);
    const municipality = municipalities.get(staff.municipality_id);
    if (!staff.synthetic || role === null || municipality === undefined) return [];
    return [{ email: staff.email, name: `${staff.given_name} ${staff.family_name}`, role, municipality }];
  });
  return sortLogins(logins);
}

/** The address of a municipality's demo login for a role; `key` is the municipality's domain label. */
export function demoEmail(role: Role, key: string): string {
  return `demo.${role}@${key}.demo`;
}

/** The role a demo address stands for, or null for anyone else's address. */
function demoRole(email: string): Role | null {
  const match = /^demo\.([a-z_]+)@[a-z0-9-]+\.demo$/.exec(email);
  return ROLES.find((role) => role === match?.[1]) ?? null;
}

/** By municipality, then in the order roles are listed everywhere else. */
function sortLogins(logins: DemoLogin[]): DemoLogin[] {
  return logins.sort(
    (a, b) => a.municipality.localeCompare(b.municipality, 'nb') || ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  );
}
