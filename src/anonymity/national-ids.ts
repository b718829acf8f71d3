/**
 * Norwegian national identity numbers and D-numbers, and Danish CPR numbers, written as one
 * block or split by spaces or hyphens ("01019012345", "010190 12345", "010190-1234").
 *
 * Synthetic numbers (Norwegian month + 80, Danish day + 60) are found like any other: demo and
 * test people carry them, and in their data they point at a person just as a real number does.
 */
import { readCpr } from '../kernel/national-id/danish.ts';
import { readNorwegianId } from '../kernel/national-id/norwegian.ts';
import { findDigitRuns, groupingOf, joinedAlike, windowsOfLength, type DigitWindow } from './digit-runs.ts';
import { findingAt, type Finding } from './finding.ts';

const NORWEGIAN_LENGTH = 11;
const CPR_LENGTH = 10;

// Only the ways people write the numbers count: as one block, split after the birth date, or
// as the date's parts. Even mod 11 lets about one random number in 300 through, and numbers
// stand side by side in notes: "rom 235 2024-08-10" and the account number "1085 29 86137"
// both pass a Norwegian number's checks. Modern CPR numbers have no check digit at all.
const NORWEGIAN_GROUPINGS = new Set(['11', '6+5', '6+3+2', '3+3+3+2', '2+2+2+5']);
const CPR_GROUPINGS = new Set(['10', '6+4', '2+2+2+4']);

/**
 * Finds identity numbers written in one of the usual groupings, with one kind of joiner. A
 * Norwegian number must pass both control digits, a CPR number needs a real birth date.
 * H-numbers count as national_id: the kinds are what the user is told, and to them it is an
 * identity number.
 */
export function findNationalIds(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const run of findDigitRuns(text)) {
    for (const window of windowsOfLength(run, NORWEGIAN_LENGTH)) {
      if (!writtenAs(NORWEGIAN_GROUPINGS, window)) continue;
      const facts = readNorwegianId(window.digits);
      if (facts === null) continue;
      findings.push(findingAt(text, facts.kind === 'd_number' ? 'd_number' : 'national_id', window.start, window.end));
    }
    for (const window of windowsOfLength(run, CPR_LENGTH)) {
      if (!writtenAs(CPR_GROUPINGS, window) || readCpr(window.digits) === null) continue;
      findings.push(findingAt(text, 'cpr', window.start, window.end));
    }
  }
  return findings;
}

function writtenAs(groupings: ReadonlySet<string>, window: DigitWindow): boolean {
  return groupings.has(groupingOf(window)) && joinedAlike(window);
}
