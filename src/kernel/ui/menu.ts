/**
 * The main menu as data: each capability brings its entries (web/index.tsx), the composition
 * root orders them per role. The kernel draws whatever it is given.
 */
import type { Role } from '../db/tables.ts';
import type { commonMessages } from './messages.ts';
import type { SessionUser } from './session.tsx';

export interface MenuEntry {
  /** Where it goes; null when the person has no such place (no unit of theirs to book at). */
  to: (user: SessionUser) => string | null;
  label: `nav.${keyof typeof commonMessages.nb.nav}`;
  /** Further addresses the entry covers: on them it is the current section. */
  within: readonly string[];
}

export interface Menu {
  entries: Readonly<Record<string, MenuEntry>>;
  /** The entries of each job, in order. */
  byRole: Readonly<Record<Role, readonly string[]>>;
}

export interface ShownEntry {
  name: string;
  to: string;
  entry: MenuEntry;
}

/** The unit where the person holds the role: the one they act for now if it is one, else their first. */
export function unitWhere(user: SessionUser, roles: readonly Role[]): string | null {
  const units = user.memberships.filter((m) => roles.includes(m.role));
  const current = units.find((m) => m.unitId === user.currentUnit?.id);
  return (current ?? units[0])?.unitId ?? null;
}

/** The entries the person sees, each with its address, in the order of their roles' menus. */
export function menuOf(user: SessionUser, menu: Menu): ShownEntry[] {
  const roles = [...new Set([user.currentUnit?.role, ...user.memberships.map((m) => m.role)])].filter((r): r is Role => r !== undefined);
  const names = [...new Set(roles.flatMap((role) => menu.byRole[role]))];
  return names.flatMap((name) => {
    const entry = menu.entries[name];
    const to = entry?.to(user) ?? null;
    return entry && to !== null ? [{ name, to, entry }] : [];
  });
}

/** The entry whose address, or a covered prefix, is the longest match for the page; the start page only on itself. */
export function currentSection(pathname: string, shown: readonly ShownEntry[]): string | null {
  let best: { name: string; length: number } | null = null;
  for (const { name, to, entry } of shown) {
    for (const prefix of [to.split('?')[0]!, ...entry.within]) {
      if (prefix === '/') continue;
      const inside = pathname === prefix || pathname.startsWith(`${prefix}/`);
      if (inside && (!best || prefix.length > best.length)) best = { name, length: prefix.length };
    }
  }
  return best?.name ?? null;
}
