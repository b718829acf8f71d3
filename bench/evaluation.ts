/**
 * The pilot estimate at the size of Oslo: 150 units by month over 5 years (9,000 rows), a third
 * of the units starting in three waves, the full estimate (group-time effects, overall effect,
 * event study) with 2,000 cluster-bootstrap replications. Prints the time and the memory.
 * Goal (issue 16): under 2 s.
 *
 *   npx tsx bench/evaluation.ts
 *   BENCH_REPLICATIONS=999 npx tsx bench/evaluation.ts
 */
import { performance } from 'node:perf_hooks';
import { estimate } from '../src/evaluation/domain/estimate.ts';
import { buildPanel, type PanelRow } from '../src/evaluation/domain/panel.ts';
import { seededRandom } from '../src/evaluation/domain/seeded-random.ts';

const UNITS = 150;
const YEARS = 5;
const REPLICATIONS = Number(process.env.BENCH_REPLICATIONS ?? 2_000);
const WAVES = ['2023-08', '2024-01', '2024-08'];

const rows = oslo();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const built = buildPanel(rows);
if ('errors' in built) throw new Error('the bench panel is wrong');
const result = estimate(built.panel, { replications: REPLICATIONS, seed: 1 });
const seconds = (performance.now() - started) / 1000;
const { heapUsed, rss } = process.memoryUsage();

console.log(`Evaluation: ${UNITS} units × ${YEARS * 12} months (${rows.length} rows), ${result.unitsTreated} pilot units in ${WAVES.length} waves, ${REPLICATIONS} bootstrap replications`);
console.log(`  effect ${result.effect.toFixed(3)} (95 % CI ${result.ciLow?.toFixed(3)} to ${result.ciHigh?.toFixed(3)}), true effect -0.300`);
console.log(`  time ${seconds.toFixed(2)} s (goal < 2 s)`);
console.log(`  heap grew ${((heapUsed - heapBefore) / 2 ** 20).toFixed(1)} MiB; heap ${(heapUsed / 2 ** 20).toFixed(1)} MiB, resident ${(rss / 2 ** 20).toFixed(1)} MiB`);

/** Poisson counts around a unit's level with a monthly shock, 0.3 per 100 fewer once started. */
function oslo(): PanelRow[] {
  const random = seededRandom(1);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const poisson = (mean: number) => {
    let k = 0;
    for (let p = random(), limit = Math.exp(-mean); p > limit; p *= random()) k += 1;
    return k;
  };
  const months = Array.from({ length: YEARS * 12 }, (_, m) => `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  const shock = months.map(() => 0.1 * normal());
  return Array.from({ length: UNITS }, (_, u) => {
    const pupils = 200 + Math.floor(random() * 400);
    const level = 0.6 + 0.2 * random();
    const start = u % 3 === 0 ? WAVES[(u / 3) % WAVES.length]! : '';
    return months.map((period, m) => {
      const rate = Math.max(0.05, level + shock[m]! - (start !== '' && period >= start ? 0.3 : 0));
      return { unit: `unit-${u}`, period, treatedFrom: start, outcome: poisson((rate * pupils) / 100), denominator: pupils };
    });
  }).flat();
}
