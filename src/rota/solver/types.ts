/** What a solve takes and gives, shared by the worker, its caller and the CLI. */
import type { Violation } from '../domain/checker.ts';
import type { Explanation } from '../domain/explain.ts';
import type { SoftFigures } from '../domain/soft-goals.ts';

export interface SolveOptions {
  /** Time budget for the whole solve. */
  seconds: number;
  /** Stop once the rota is proven within this relative distance of the best possible (0.01 = 1 %). */
  gap: number;
  /** Raised (set to 1) from another thread to stop early with the best rota so far. */
  stop?: Int32Array;
}

export interface RotaProgress {
  seconds: number;
  legal: boolean;
  /** The best rota's score so far (soft-goals.ts), and the proven lower bound on any rota's. */
  score: number;
  bound: number | null;
  gap: number | null;
  source: 'constructive' | 'solver';
}

export interface RotaAssignment {
  shift: string;
  template: string;
  date: string;
  start: string;
  end: string;
  staff: string[];
}

export interface RotaSolution {
  /** 'within_gap': proven within the gap asked for (0: the best); 'time_limit'/'stopped': the best found; 'no_legal_rota': see explanation. */
  status: 'within_gap' | 'time_limit' | 'stopped' | 'no_legal_rota';
  /** Within the gap, proven; for 'no_legal_rota', that no legal rota exists at all (not just none found in time). */
  proven: boolean;
  rota: RotaAssignment[];
  figures: SoftFigures;
  bound: number | null;
  gap: number | null;
  seconds: number;
  violations: Violation[];
  explanation: Explanation | null;
}
