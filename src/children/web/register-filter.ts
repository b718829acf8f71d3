import type { Register } from '../schema.ts';

export type RegisterChild = Register['children'][number];

/**
 * The register in reading order — by grade, then class, then family and given name — narrowed
 * to the children whose name or class contains the query (ignoring case and outer spaces).
 */
export function filterRegister(
  children: readonly RegisterChild[],
  query: string,
  compare: (a: string, b: string) => number,
): { shown: RegisterChild[]; active: boolean } {
  const needle = query.trim().toLocaleLowerCase();
  const sorted = [...children].sort(
    (a, b) =>
      (a.grade ?? Number.MAX_SAFE_INTEGER) - (b.grade ?? Number.MAX_SAFE_INTEGER) ||
      compare(a.groupName, b.groupName) ||
      compare(a.familyName, b.familyName) ||
      compare(a.givenName, b.givenName),
  );
  if (needle === '') return { shown: sorted, active: false };
  const matches = (child: RegisterChild) =>
    `${child.givenName} ${child.familyName}`.toLocaleLowerCase().includes(needle) ||
    child.groupName.toLocaleLowerCase() === needle;
  return { shown: sorted.filter(matches), active: true };
}
