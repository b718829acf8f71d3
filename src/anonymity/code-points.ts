/**
 * JavaScript counts string positions in UTF-16 code units, so an emoji counts twice; other
 * tools (Python, PostgreSQL, most editors) count characters, that is Unicode code points.
 * Findings that leave the process are told in code points so that they land on the same
 * characters whatever reads them.
 */
import type { Finding } from './finding.ts';

/**
 * The same findings with `start` and `end` counted in code points instead of UTF-16 code
 * units; reads the text once, however many findings there are.
 */
export function inCodePoints(text: string, findings: readonly Finding[]): Finding[] {
  const offsets = [...new Set(findings.flatMap((finding) => [finding.start, finding.end]))].sort((a, b) => a - b);
  const toCodePoints = new Map<number, number>();
  let units = 0;
  let points = 0;
  for (const offset of offsets) {
    for (; units < offset; points += 1) units += (text.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
    toCodePoints.set(offset, points);
  }
  return findings.map((finding) => ({
    ...finding,
    start: toCodePoints.get(finding.start) ?? finding.start,
    end: toCodePoints.get(finding.end) ?? finding.end,
  }));
}
