/** The first issue code the server gave for a field (`body/heldOn`) in a 400 answer's body, if any. */
export function issueFor(body: unknown, path: string): string | undefined {
  const issues = (body as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const found: unknown = issues.find((issue: { path?: unknown }) => issue?.path === path);
  const code = (found as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
