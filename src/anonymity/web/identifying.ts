/** Where the anonymity guard found something identifying in a text: its kind and its span (UTF-16 indices). */
export interface Finding {
  kind: string;
  start: number;
  end: number;
}

/** The text cut into plain and identifying parts, for a preview with <mark>. */
export function markSegments(text: string, findings: Finding[]): { text: string; finding: Finding | null }[] {
  const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const segments: { text: string; finding: Finding | null }[] = [];
  let at = 0;
  for (const finding of sorted) {
    const start = Math.max(finding.start, at);
    if (start >= finding.end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), finding: null });
    segments.push({ text: text.slice(start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), finding: null });
  return segments;
}
