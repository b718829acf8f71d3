/**
 * The anonymity guard: finds what could tell who a child is in text that must stay anonymous
 * (anonymous consultation records, booking purposes, agenda items for anonymous cases), so
 * that it can be refused before it is saved. Each detector lives in its own file; this one
 * runs them all and makes one tidy list of their findings. Descriptions that may single a
 * child out without naming one are warnings, not findings: see quasi-identifiers.ts.
 */
import { findAddresses } from './addresses.ts';
import { findBirthDates } from './birth-dates.ts';
import { findEmails } from './emails.ts';
import { FINDING_KINDS, findingAt, type Finding } from './finding.ts';
import { findNames } from './names.ts';
import { findNationalIds } from './national-ids.ts';
import { findPhones } from './phones.ts';

export { findQuasiIdentifiers } from './quasi-identifiers.ts';

export interface GuardOptions {
  /** Given names and family names from the unit's register; see names.ts for why only those. */
  names?: readonly string[];
}

/**
 * Everything identifying in a text, sorted by position and never overlapping. Where findings
 * overlap ("emma.hansen@skole.no" holds the name "Emma"), the longest one speaks for them all,
 * stretched to cover every one of them, so that nothing identifying falls outside a finding.
 */
export function findIdentifying(text: string, options: GuardOptions = {}): Finding[] {
  const findings = [
    ...findNationalIds(text),
    ...findBirthDates(text),
    ...findEmails(text),
    ...findPhones(text),
    ...findAddresses(text),
    ...findNames(text, options.names ?? []),
  ];
  return withoutOverlaps(text, findings);
}

type Cluster = [Finding, ...Finding[]];

function withoutOverlaps(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Cluster[] = [];
  let clusterEnd = -1;
  for (const finding of sorted) {
    const current = clusters.at(-1);
    if (current !== undefined && finding.start < clusterEnd) {
      current.push(finding);
      clusterEnd = Math.max(clusterEnd, finding.end);
    } else {
      clusters.push([finding]);
      clusterEnd = finding.end;
    }
  }
  return clusters.map((cluster) => oneFor(text, cluster));
}

/** The finding that speaks for overlapping ones: the longest, the most specific on a tie. */
function oneFor(text: string, cluster: Cluster): Finding {
  if (cluster.length === 1) return cluster[0];
  const speaker = cluster.reduce((best, member) => (speaksBefore(member, best) ? member : best));
  const start = Math.min(...cluster.map((member) => member.start));
  const end = Math.max(...cluster.map((member) => member.end));
  return findingAt(text, speaker.kind, start, end);
}

function speaksBefore(a: Finding, b: Finding): boolean {
  const longer = a.end - a.start - (b.end - b.start);
  return longer > 0 || (longer === 0 && FINDING_KINDS.indexOf(a.kind) < FINDING_KINDS.indexOf(b.kind));
}
