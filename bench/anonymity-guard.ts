/**
 * How well and how fast the anonymity guard works: `npx tsx bench/anonymity-guard.ts [seed]`.
 * Builds a labelled corpus of teachers' notes (see anonymity-corpus.ts) and prints recall per
 * kind, the false-positive rate on clean notes, findings that match no label, and notes/s.
 * Goal: recall ≥ 99 %, false positives < 2 %.
 *
 * Then the same per kind and per language for the second corpus (quasi-corpus.ts): full birth
 * dates (refused) and the warnings of quasi-identifiers (singling out, rare trait, diagnosis,
 * family event), with clean notes that use the same words harmlessly.
 */
import { FINDING_KINDS, WARNING_KINDS, type Finding, type FindingKind } from '../src/anonymity/finding.ts';
import { findIdentifying, findQuasiIdentifiers } from '../src/anonymity/guard.ts';
import { createRandom } from '../src/demo/random.ts';
import { buildCorpus, type Label, type Language, type LabelledNote } from './anonymity-corpus.ts';
import { buildQuasiCorpus, type LabelKind } from './quasi-corpus.ts';

const NOTES = 3_000;
const QUASI_NOTES = 3_000;
const LANGUAGES: readonly Language[] = ['nb', 'nn', 'da'];
const TIMED_PASSES = 5;
const SHOWN_MISTAKES = 12;

const seed = Number(process.argv[2] ?? 20250312);
const corpus = buildCorpus(createRandom(seed), NOTES);
const results = corpus.map((note) => ({ note, findings: findIdentifying(note.text, { names: note.register }) }));

printRecall(results);
printFalsePositives(results);
printThroughput(corpus);
console.log('');
console.log(`Per kind and language, main corpus (a label is found when a detection of its kind overlaps it):`);
printPerKind(results.map(({ note, findings }) => ({ language: note.language, labels: note.labels, detections: findings })));

// A separate stream, so that the main corpus stays the same for a seed.
const quasiCorpus = buildQuasiCorpus(createRandom(seed + 1), QUASI_NOTES);
const quasiResults = quasiCorpus.map((note) => ({
  language: note.language,
  text: note.text,
  labels: note.labels,
  detections: [...findIdentifying(note.text), ...findQuasiIdentifiers(note.text)],
}));
console.log('');
console.log(
  `Quasi-identifier corpus: ${quasiCorpus.length} notes (seed ${seed + 1}), ` +
    `${quasiCorpus.filter((note) => note.labels.length > 0).length} with a label; no register names.`,
);
printPerKind(quasiResults);
printStray(quasiResults);

function printRecall(scored: readonly { note: LabelledNote; findings: Finding[] }[]) {
  const tally = new Map<FindingKind, { found: number; total: number; sameKind: number }>();
  const missed: string[] = [];
  for (const { note, findings } of scored) {
    for (const label of note.labels) {
      const entry = tally.get(label.kind) ?? { found: 0, total: 0, sameKind: 0 };
      entry.total += 1;
      if (isCovered(note.text, label, findings)) {
        entry.found += 1;
        if (findings.some((finding) => overlaps(finding, label) && finding.kind === label.kind)) entry.sameKind += 1;
      } else {
        missed.push(`${label.kind}: «${note.text.slice(label.start, label.end)}» in «${note.text}»`);
      }
      tally.set(label.kind, entry);
    }
  }
  const notesWithLabels = scored.filter(({ note }) => note.labels.length > 0).length;
  console.log(`Corpus: ${scored.length} notes (seed ${seed}), ${notesWithLabels} with identifying details.`);
  let found = 0;
  let total = 0;
  for (const kind of FINDING_KINDS) {
    const entry = tally.get(kind);
    if (entry === undefined) continue;
    found += entry.found;
    total += entry.total;
    console.log(
      `recall ${kind.padEnd(11)} ${percent(entry.found, entry.total)} ` +
        `(${entry.found}/${entry.total}; reported as ${kind}: ${entry.sameKind})`,
    );
  }
  console.log(`recall overall     ${percent(found, total)} (${found}/${total})`);
  for (const line of missed.slice(0, SHOWN_MISTAKES)) console.log(`  missed ${line}`);
}

function printFalsePositives(scored: readonly { note: LabelledNote; findings: Finding[] }[]) {
  const clean = scored.filter(({ note }) => note.labels.length === 0);
  const flaggedClean = clean.filter(({ findings }) => findings.length > 0).length;
  const allFindings = scored.flatMap(({ findings }) => findings).length;
  const stray = scored.flatMap(({ note, findings }) =>
    findings.filter((finding) => !note.labels.some((label) => overlaps(finding, label))),
  );
  console.log(`false positives: clean notes with a finding ${percent(flaggedClean, clean.length)} (${flaggedClean})`);
  for (const kind of FINDING_KINDS) {
    const flagged = clean.filter(({ findings }) => findings.some((finding) => finding.kind === kind)).length;
    if (flagged > 0) console.log(`  clean notes with a ${kind} finding: ${percent(flagged, clean.length)} (${flagged})`);
  }
  console.log(`false positives: findings that match no label ${percent(stray.length, allFindings)} (${stray.length})`);
  const byText = new Map<string, number>();
  for (const finding of stray) {
    const key = `${finding.kind} «${finding.text}»`;
    byText.set(key, (byText.get(key) ?? 0) + 1);
  }
  const common = [...byText].sort((a, b) => b[1] - a[1]).slice(0, SHOWN_MISTAKES);
  for (const [what, count] of common) console.log(`  unlabelled ${what} × ${count}`);
}

function printThroughput(notes: readonly LabelledNote[]) {
  const started = performance.now();
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    for (const note of notes) findIdentifying(note.text, { names: note.register });
  }
  const seconds = (performance.now() - started) / 1000;
  const characters = notes.reduce((sum, note) => sum + note.text.length, 0);
  console.log(
    `throughput: ${Math.round((notes.length * TIMED_PASSES) / seconds)} notes/s ` +
      `(mean ${Math.round(characters / notes.length)} characters, ${notes[0]?.register.length ?? 0} register names per note)`,
  );
}

interface Scored {
  language: Language;
  labels: readonly { kind: LabelKind; start: number; end: number }[];
  detections: readonly { kind: LabelKind; start: number; end: number }[];
}

/**
 * Per kind, overall and per language: recall (labels of the kind that a detection of the same
 * kind overlaps) and the false-positive rate (notes with no label of the kind in which the kind
 * is reported anyway). Kinds neither labelled nor reported are left out.
 */
function printPerKind(scored: readonly Scored[]) {
  const columns = ['all', ...LANGUAGES] as const;
  const header = columns.map((c) => c.padStart(20)).join('');
  console.log(`${'recall'.padEnd(15)}${header}`);
  const kinds = [...FINDING_KINDS, ...WARNING_KINDS].filter((kind) =>
    scored.some(({ labels, detections }) => [...labels, ...detections].some((x) => x.kind === kind)),
  );
  const inColumn = (column: (typeof columns)[number]) => scored.filter((s) => column === 'all' || s.language === column);
  for (const kind of kinds) {
    const cells = columns.map((column) => {
      const labels = inColumn(column).flatMap(({ labels, detections }) =>
        labels.filter((l) => l.kind === kind).map((l) => detections.some((d) => d.kind === kind && overlaps(d, l))),
      );
      return cell(labels.filter(Boolean).length, labels.length);
    });
    console.log(`  ${kind.padEnd(13)}${cells.join('')}`);
  }
  console.log(`${'false pos.'.padEnd(15)}${header}`);
  for (const kind of kinds) {
    const cells = columns.map((column) => {
      const without = inColumn(column).filter(({ labels }) => !labels.some((l) => l.kind === kind));
      return cell(without.filter(({ detections }) => detections.some((d) => d.kind === kind)).length, without.length);
    });
    console.log(`  ${kind.padEnd(13)}${cells.join('')}`);
  }
}

/** Missed labels and detections that overlap no label of their kind, most common first. */
function printStray(scored: readonly (Scored & { text: string })[]) {
  const count = (lines: string[]) => {
    const byLine = new Map<string, number>();
    for (const line of lines) byLine.set(line, (byLine.get(line) ?? 0) + 1);
    return [...byLine].sort((a, b) => b[1] - a[1]).slice(0, SHOWN_MISTAKES);
  };
  const missed = scored.flatMap(({ text, labels, detections }) =>
    labels.filter((l) => !detections.some((d) => d.kind === l.kind && overlaps(d, l))).map((l) => `${l.kind} «${text.slice(l.start, l.end)}»`),
  );
  const stray = scored.flatMap(({ text, labels, detections }) =>
    detections.filter((d) => !labels.some((l) => l.kind === d.kind && overlaps(d, l))).map((d) => `${d.kind} «${text.slice(d.start, d.end)}»`),
  );
  for (const [line, times] of count(missed)) console.log(`  missed ${line} × ${times}`);
  for (const [line, times] of count(stray)) console.log(`  unlabelled ${line} × ${times}`);
}

function cell(part: number, whole: number): string {
  return (whole === 0 ? '–' : `${percent(part, whole)} (${part}/${whole})`).padStart(20);
}

/** A label counts as found when findings cover all of it but its spaces, whatever their kind. */
function isCovered(text: string, label: Label, findings: readonly Finding[]): boolean {
  for (let at = label.start; at < label.end; at += 1) {
    if (/\s/.test(text[at] ?? '')) continue;
    if (!findings.some((finding) => finding.start <= at && at < finding.end)) return false;
  }
  return true;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)} %`;
}
