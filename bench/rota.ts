/**
 * The rota solver on a service of 40 over 12 weeks with every Norwegian rule on (rest, weekly
 * rest, working time per day and week and its average, nights in a row, Sunday rest, home
 * on-call at 1/7), across Easter, 1 and 17 May, Ascension and Whitsun and the change to summer
 * time: time to the first legal rota, time to within 1 % of the proven bound, memory, and the
 * fairness spread next to a greedy round-robin rota made in the same run. Then the same
 * service with one experienced worker: time to the explanation of why no legal rota exists.
 *
 *   npx tsx bench/rota.ts
 *   BENCH_SECONDS=300 npx tsx bench/rota.ts      (time budget per solve; default 120)
 */
import { performance } from 'node:perf_hooks';
import { checkRota } from '../src/rota/domain/checker.ts';
import { roundRobin } from '../src/rota/domain/greedy.ts';
import { CATEGORIES, softFigures } from '../src/rota/domain/soft-goals.ts';
import { structureOf } from '../src/rota/domain/structure.ts';
import { startSolve, type RotaSolution } from '../src/rota/index.ts';
import { rotaProblemSchema, type RotaProblem, type RotaProblemInput } from '../src/rota/schema.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 120);
const STAFF = 40;
const WEEKS = 12;

const problem = service({ experienced: (i) => i % 5 < 3 });
console.log(`rota bench: ${STAFF} staff × ${WEEKS} weeks from ${problem.from}, NO rules, budget ${SECONDS} s per solve`);

const structure = structureOf(problem);
const baseline = roundRobin(structure);
const baselineFigures = softFigures(structure, baseline);
console.log(`  ${structure.shifts.length} shifts, ${structure.shifts.reduce((t, s) => t + s.min, 0)} places at the minimum`);
console.log(`  round-robin baseline: ${checkRota(structure, baseline).length} rule violations, score ${baselineFigures.score}`);

const feasible = await timedSolve(problem, SECONDS);
console.log(`  first legal rota:        ${seconds(feasible.firstLegal)}`);
console.log(`  within 1 % of the bound: ${seconds(feasible.withinGap)} (final: ${feasible.solution.status}, score ${feasible.solution.figures.score}, bound ${feasible.solution.bound}, gap ${percent(feasible.solution.gap)})`);
console.log(`  peak memory (rss):       ${(feasible.peakRss / 2 ** 20).toFixed(0)} MiB (heap after: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB)`);
console.log('  spread per FTE (max − min), solver vs round robin:');
for (const c of CATEGORIES) {
  const ours = feasible.solution.figures.spreads[c].spread;
  const theirs = baselineFigures.spreads[c].spread;
  console.log(`    ${c.padEnd(9)} ${ours.toFixed(2).padStart(6)} vs ${theirs.toFixed(2).padStart(6)}${theirs > 0 ? `  (${((ours / theirs) * 100).toFixed(0)} %)` : ''}`);
}

const impossible = await timedSolve(service({ experienced: (i) => i === 0 }), SECONDS);
const explanation = impossible.solution.explanation;
console.log(
  `  no legal rota (one experienced worker): explained in ${seconds(impossible.solution.seconds)}, ${impossible.solution.proven ? 'proven' : 'not proven within the budget'}; ` +
    `${explanation?.uncovered.length ?? 0} shifts uncovered, suggestions: ${explanation?.suggestions.map((s) => s.kind + (s.kind === 'rule_blocks_all_candidates' ? `:${s.rule}` : '')).join(', ')}`,
);

async function timedSolve(p: RotaProblem, budget: number) {
  let firstLegal: number | null = null;
  let withinGap: number | null = null;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const solution: RotaSolution = await startSolve(p, { seconds: budget, gap: 0.01 }, (progress) => {
    const at = (performance.now() - started) / 1000;
    if (progress.legal && firstLegal === null) firstLegal = at;
    if (progress.legal && progress.gap !== null && progress.gap <= 0.01 && withinGap === null) withinGap = at;
  }).solution;
  clearInterval(sampler);
  if (solution.status === 'within_gap' && withinGap === null) withinGap = (performance.now() - started) / 1000;
  return { solution, firstLegal, withinGap, peakRss };
}

/** An evening team and an on-call service of 40 with FTEs, experience, days off, wishes and history drawn from a fixed seed. */
function service(options: { experienced: (index: number) => boolean }): RotaProblem {
  const random = seeded(14);
  const from = '2027-03-22';
  const staff: RotaProblemInput['staff'] = Array.from({ length: STAFF }, (_, i) => ({
    id: `w${i + 1}`,
    name: `Worker ${i + 1}`,
    fte: [0.5, 0.6, 0.8, 1, 1, 1][Math.floor(random() * 6)]!,
    experienced: options.experienced(i),
    unavailableWeekdays: random() < 0.25 ? [1 + Math.floor(random() * 5)] : [],
    unavailable: random() < 0.3 ? [{ date: dateAfter(from, Math.floor(random() * WEEKS * 7)) }] : [],
    wishes: random() < 0.4 ? [{ date: dateAfter(from, Math.floor(random() * WEEKS * 7)), kind: random() < 0.5 ? 'want' : 'avoid' }] : [],
    history: { nights: Math.floor(random() * 8), weekends: Math.floor(random() * 4), holidays: Math.floor(random() * 2), workedLastSunday: random() < 0.2 },
  }));
  return rotaProblemSchema.parse({
    country: 'NO',
    from,
    weeks: WEEKS,
    rules: { maxConsecutiveNights: 3, preferredConsecutiveNights: 2 },
    templates: [
      { id: 'evening', name: 'Evening team', kind: 'evening', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '15:30', end: '20:00', min: 2, wanted: 3, needsExperienced: true },
      { id: 'night', name: 'On-call night', kind: 'home_on_call', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '20:00', end: '08:00', min: 2, wanted: 2, needsExperienced: true },
      { id: 'weekend-day', name: 'Weekend day', kind: 'active', days: ['sat', 'sun', 'holiday'], start: '08:00', end: '18:00', min: 2, wanted: 2, needsExperienced: true },
      { id: 'weekend-night', name: 'Weekend night', kind: 'home_on_call', days: ['sat', 'sun', 'holiday'], start: '18:00', end: '08:00', min: 2, wanted: 2, needsExperienced: true },
    ],
    staff,
  });
}

function dateAfter(from: string, days: number): string {
  return new Date(Date.parse(`${from}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function seconds(value: number | null): string {
  return value === null ? 'not reached' : `${value.toFixed(1)} s`;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(2)} %`;
}

/** mulberry32, so every run draws the same service. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
