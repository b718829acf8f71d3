/** The per-field problems of a 400 validation_failed answer (`{ issues: [{ path, code }] }`), or none. */
export function issuesOf(body: unknown): { path: string; code: string }[] {
  const issues = (body as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((i): i is { path: string; code: string } => typeof i?.path === 'string' && typeof i?.code === 'string');
}
