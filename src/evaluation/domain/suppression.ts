/**
 * Small-count protection for a table of counts with its totals, so that no count below 5 is
 * shown and no hidden count can be worked out from what is shown.
 *
 * Primary: every count below the threshold (`suppressSmallCount` of the kernel), totals too.
 * Secondary: a hidden cell must not follow from the row and column sums. Think of the table
 * with its totals as a grid where each row and each column adds up (cells less the total = 0),
 * and of the hidden cells as edges between their row and their column. A hidden cell's value is
 * pinned down by the shown ones exactly when its edge is a *bridge* of that graph (lies on no
 * cycle): on a cycle, adding and taking away the same amount in turn around it keeps every sum
 * and leaves the shown cells alone. So cells are hidden until no hidden cell is a bridge,
 * choosing the smallest counts to hide so as little as possible is lost.
 *
 * Views of one table (a group's line, the difference of two groups) are protected by building
 * them only from cells that are shown: `sumIfShown` gives a sum only when every count in it is
 * shown, so any two views together tell nothing the protected table does not.
 */
import { suppressSmallCount } from '../../kernel/privacy/small-count.ts';

/** A protected table: null where a count is hidden. `totals` row and column last. */
export interface ProtectedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

/** Protects a rows × columns table of counts (at least one of each); totals are worked out here. */
export function protectTable(counts: readonly (readonly number[])[]): ProtectedTable {
  const grid = withTotals(counts);
  const hidden = grid.map((row) => row.map((count) => suppressSmallCount(count) === null));
  for (let bridge = findBridge(hidden); bridge; bridge = findBridge(hidden)) hideOneMore(grid, hidden, bridge);
  const shown = grid.map((row, r) => row.map((count, c) => (hidden[r]![c] ? null : count)));
  const last = shown.length - 1;
  return {
    cells: shown.slice(0, last).map((row) => row.slice(0, -1)),
    rowTotals: shown.slice(0, last).map((row) => row.at(-1)!),
    columnTotals: shown[last]!.slice(0, -1),
    total: shown[last]!.at(-1)!,
  };
}

/** A sum of shown counts, or null when any of them is hidden; a rate from it is hidden alike. */
export function sumIfShown(counts: readonly (number | null)[]): number | null {
  return counts.some((count) => count === null) ? null : counts.reduce<number>((sum, count) => sum + count!, 0);
}

/** Per 100 of the denominator, or null when the count is hidden. */
export function rateIfShown(count: number | null, denominator: number): number | null {
  return count === null || denominator <= 0 ? null : (100 * count) / denominator;
}

function withTotals(counts: readonly (readonly number[])[]): number[][] {
  const columns = counts[0]!.length;
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, c) => rows.reduce((sum, row) => sum + row[c]!, 0));
  return [...rows, totals];
}

type Cell = [row: number, column: number];

/**
 * A hidden cell on no cycle of the row–column graph, or undefined. Nodes are rows 0…R−1 and
 * columns R…R+C−1; Tarjan's bridge search by depth-first numbering.
 */
function findBridge(hidden: boolean[][]): Cell | undefined {
  const rows = hidden.length;
  const columns = hidden[0]!.length;
  const neighbours: number[][] = Array.from({ length: rows + columns }, () => []);
  hidden.forEach((line, r) => line.forEach((isHidden, c) => isHidden && (neighbours[r]!.push(rows + c), neighbours[rows + c]!.push(r))));
  const order = new Array<number>(rows + columns).fill(-1);
  const low = new Array<number>(rows + columns).fill(0);
  let counter = 0;
  let found: Cell | undefined;
  const visit = (node: number, parent: number) => {
    order[node] = low[node] = counter++;
    let skippedParent = false;
    for (const next of neighbours[node]!) {
      if (next === parent && !skippedParent) {
        skippedParent = true;
        continue;
      }
      if (order[next] === -1) {
        visit(next, node);
        low[node] = Math.min(low[node]!, low[next]!);
        if (low[next]! > order[node]! && !found) found = node < rows ? [node, next - rows] : [next, node - rows];
      } else low[node] = Math.min(low[node]!, order[next]!);
    }
  };
  for (let node = 0; node < rows + columns && !found; node += 1) if (order[node] === -1) visit(node, -1);
  return found;
}

/**
 * Hides the smallest shown count that puts the bridge on a cycle: one that joins the two sides
 * the bridge alone connects. When there is none, the smallest in the bridge's row or column
 * (else anywhere), cells before totals, so a later round can close a cycle; at worst all is hidden, and a table
 * hidden whole (two rows and two columns at least, with the totals) has no bridge.
 */
function hideOneMore(grid: number[][], hidden: boolean[][], [row, column]: Cell): void {
  const rowSide = reachableWithout(hidden, [row, column], { kind: 'row', index: row });
  const columnSide = reachableWithout(hidden, [row, column], { kind: 'column', index: column });
  const lastRow = grid.length - 1;
  const lastColumn = grid[0]!.length - 1;
  const all: Cell[] = grid.flatMap((line, r) => line.flatMap((_, c): Cell[] => (hidden[r]![c] ? [] : [[r, c]])));
  // Totals tell the most; give them up last.
  const inner = all.filter(([r, c]) => r !== lastRow && c !== lastColumn);
  const shown = inner.length > 0 ? inner : all;
  const joining = shown.filter(([r, c]) => (rowSide.rows.has(r) && columnSide.columns.has(c)) || (columnSide.rows.has(r) && rowSide.columns.has(c)));
  const near = shown.filter(([r, c]) => r === row || c === column);
  const pool = joining.length > 0 ? joining : near.length > 0 ? near : all;
  const [r, c] = pool.reduce((best, cell) => (grid[cell[0]]![cell[1]]! < grid[best[0]]![best[1]]! ? cell : best));
  hidden[r]![c] = true;
}

/** Rows and columns reachable from a start over hidden cells, the bridge left out. */
function reachableWithout(
  hidden: boolean[][],
  [row, column]: Cell,
  start: { kind: 'row' | 'column'; index: number },
): { rows: Set<number>; columns: Set<number> } {
  const rows = new Set<number>();
  const columns = new Set<number>();
  (start.kind === 'row' ? rows : columns).add(start.index);
  const queue = [start];
  const isBridge = (r: number, c: number) => r === row && c === column;
  while (queue.length > 0) {
    const { kind, index } = queue.pop()!;
    if (kind === 'row') {
      hidden[index]!.forEach((isHidden, c) => {
        if (isHidden && !isBridge(index, c) && !columns.has(c)) (columns.add(c), queue.push({ kind: 'column', index: c }));
      });
    } else {
      hidden.forEach((line, r) => {
        if (line[index] && !isBridge(r, index) && !rows.has(r)) (rows.add(r), queue.push({ kind: 'row', index: r }));
      });
    }
  }
  return { rows, columns };
}
