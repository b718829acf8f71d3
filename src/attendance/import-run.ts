/**
 * One import, streamed in batches: each row mapped through the saved mapping, checked against
 * the school year and the school calendar, matched to the register by identity number, and the
 * accepted ones written set-based. Refused rows change nothing and are kept with their line and
 * reason; a dry run does all of it and rolls the writes back.
 */
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import { countImportRows } from '../kernel/metrics/metrics.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { IsoDate } from '../time/dates.ts';
import { isClosed, latestOpenDay, type SchoolCalendar } from '../time/school-calendar.ts';
import { schoolYearOf, schoolYearRange } from '../time/school-year.ts';
import type { CountryCode } from '../time/zone.ts';
import { isRejection, rowMapper, type ColumnMapping, type MappedRow, type Rejection } from './domain/mapping.ts';
import * as repo from './import-repo.ts';
import type { SourceRow } from './read-rows.ts';

const BATCH_ROWS = 5000;

export interface ImportTarget {
  municipalityId: string;
  country: CountryCode;
  /** A school importing its own file: pupils elsewhere are unknown to it. */
  unitId: string | null;
  source: string;
  mapping: ColumnMapping;
  calendar: SchoolCalendar;
  today: IsoDate;
  dryRun: boolean;
  startedBy: string | null;
  /** A daily registration's key (null for a file): a retry answers the first import's report. */
  idempotencyKey: string | null;
}

export type RejectedRow = Rejection & { line: number };

type Pupil = { childId: string; unitId: string };

export interface ImportReport {
  importId: string;
  rowsRead: number;
  accepted: number;
  /** Rows added, changed or (covered by a corrected file) removed. */
  changed: number;
  rejected: RejectedRow[];
  dryRun: boolean;
  /** The answer of an earlier import under the same idempotency key: nothing was imported now. */
  repeated: boolean;
}

export type ImportProgress = (counts: { rowsRead: number; accepted: number; rejected: number }) => void;

/** Runs the import in `trx` (the caller's audited transaction). */
export async function runImport(trx: Trx, target: ImportTarget, rows: AsyncIterable<SourceRow>, onProgress?: ImportProgress): Promise<ImportReport> {
  const claim = await claimImport(trx, target);
  if (!claim.created) return claim.earlier;
  const importId = claim.importId;
  await repo.createHeldKeys(trx);
  const state = new ImportState(target);
  await writeRows(trx, state, importId, rows, onProgress);
  state.changed += await repo.deleteUncovered(trx, target.source, state.coverage);
  await repo.dropHeldKeys(trx);
  state.rejected.sort((a, b) => a.line - b.line);
  await repo.insertRejections(trx, importId, state.rejected);
  const report: ImportReport = { importId, rowsRead: state.rowsRead, accepted: state.accepted, changed: state.changed, rejected: state.rejected, dryRun: target.dryRun, repeated: false };
  await repo.finishImport(trx, importId, { ...report, rejected: report.rejected.length });
  if (target.dryRun) await repo.undoDryRun(trx);
  else countImportRows('attendance', state.accepted, state.rejected.length);
  onProgress?.(state.counts());
  return report;
}

/**
 * Starts the import's record, or — when a concurrent retry of the same registration got there
 * first and committed — answers that one's report. A dry run's record is rolled back with it.
 */
async function claimImport(trx: Trx, target: ImportTarget): Promise<{ created: true; importId: string } | { created: false; earlier: ImportReport }> {
  if (target.dryRun) await repo.beginDryRun(trx);
  const key = target.idempotencyKey;
  const claim = await insertIdempotent(trx, {
    insert: () => repo.insertImport(trx, target),
    findWinner: async () => {
      const winner = key === null ? undefined : await repo.findImportByKey(trx, key);
      return winner?.municipality_id === target.municipalityId && winner.unit_id === target.unitId ? winner.id : undefined;
    },
  });
  if (claim.created) return { created: true, importId: claim.row };
  // Nothing was written since the dry run's savepoint: the failed insert rolled back its own.
  return { created: false, earlier: await earlierReport(trx, claim.winner) };
}

/** An earlier import's report as it was kept, answered to a retry of the same registration. */
export async function earlierReport(trx: Trx, importId: string): Promise<ImportReport> {
  return { importId, ...(await repo.findImportReport(trx, importId)), dryRun: false, repeated: true };
}

/** What the import has seen so far: counts, refused rows, each key's value, each pupil's dates, the pupils and closed days looked up. */
class ImportState {
  rowsRead = 0;
  accepted = 0;
  changed = 0;
  readonly rejected: RejectedRow[] = [];
  /** "pupil|date|lesson" → "minutes|kind", to tell a repeated row from a contradicting one. */
  readonly seen = new Map<string, string>();
  readonly coverage = new Map<string, { from: IsoDate; to: IsoDate }>();
  /** Identity number → the pupil, or null when the register has none here. */
  readonly pupils = new Map<string, Pupil | null>();
  /** Date → whether schools are closed then: a file has few dates and many rows on each. */
  private readonly closed = new Map<IsoDate, boolean>();
  readonly schoolYear: { from: IsoDate; to: IsoDate };
  readonly mapRow: ReturnType<typeof rowMapper>;

  constructor(readonly target: ImportTarget) {
    this.mapRow = rowMapper(target.mapping, target.country);
    // Until the new school year's first day, figures still belong to the year that just ended.
    this.schoolYear = schoolYearRange(schoolYearOf(latestOpenDay(target.calendar, target.today)));
  }

  counts() {
    return { rowsRead: this.rowsRead, accepted: this.accepted, rejected: this.rejected.length };
  }

  reject(line: number, rejection: Rejection) {
    this.rejected.push({ line, ...rejection });
  }

  isClosed(date: IsoDate): boolean {
    let closed = this.closed.get(date);
    if (closed === undefined) this.closed.set(date, (closed = isClosed(this.target.calendar, date)));
    return closed;
  }

  cover(childId: string, date: IsoDate) {
    const range = this.coverage.get(childId);
    if (!range) this.coverage.set(childId, { from: date, to: date });
    else if (date < range.from) range.from = date;
    else if (date > range.to) range.to = date;
  }
}

/**
 * Writes the rows in batches, each one's progress reported once it is written. The next batch is
 * read while the one before it is written, so parsing the file and the database's work overlap
 * (the statements themselves take turns: one transaction is one connection).
 */
async function writeRows(trx: Trx, state: ImportState, importId: string, rows: AsyncIterable<SourceRow>, onProgress?: ImportProgress): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  let batch: SourceRow[] = [];
  try {
    for await (const row of rows) {
      batch.push(row);
      if (batch.length < BATCH_ROWS) continue;
      await writing;
      writing = writeBatch(trx, state, importId, batch).then(() => onProgress?.(state.counts()));
      // Awaited before the next batch or after the last row; a failure meanwhile is not unhandled.
      writing.catch(() => undefined);
      batch = [];
    }
  } finally {
    // A file that breaks off ends the import only once the write in flight is done.
    await writing.catch(() => undefined);
  }
  await writing;
  await writeBatch(trx, state, importId, batch);
}

async function writeBatch(trx: Trx, state: ImportState, importId: string, batch: SourceRow[]): Promise<void> {
  if (batch.length === 0) return;
  state.rowsRead += batch.length;
  const mapped = mapAndCheckDates(state, batch);
  const pupils = await findPupils(trx, state, mapped);
  const accepted: repo.AbsenceInput[] = [];
  for (const { line, row } of mapped) {
    const pupil = pupils.get(row.nationalId);
    if (!pupil) {
      state.reject(line, { reason: 'unknown_pupil', column: state.target.mapping.columns.nationalId });
      continue;
    }
    const key = `${pupil.childId}|${row.date}|${row.lesson}`;
    const value = `${row.minutes}|${row.kind}`;
    const earlier = state.seen.get(key);
    if (earlier !== undefined && earlier !== value) {
      state.reject(line, { reason: 'duplicate_different', column: null });
      continue;
    }
    state.accepted += 1;
    if (earlier !== undefined) continue;
    state.seen.set(key, value);
    state.cover(pupil.childId, row.date);
    accepted.push({ childId: pupil.childId, unitId: pupil.unitId, date: row.date, lesson: row.lesson, minutes: row.minutes, kind: row.kind });
  }
  state.changed += await repo.upsertAbsences(trx, state.target.municipalityId, state.target.source, importId, accepted);
}

/** The batch's pupils, each looked up once per import: a file by date names the same pupils in every batch. */
async function findPupils(trx: Trx, state: ImportState, mapped: { row: MappedRow }[]): Promise<Map<string, Pupil | null>> {
  const unseen = new Set<string>();
  for (const { row } of mapped) if (!state.pupils.has(row.nationalId)) unseen.add(row.nationalId);
  const found = await repo.findPupils(trx, state.target.municipalityId, state.target.unitId, [...unseen]);
  for (const nationalId of unseen) state.pupils.set(nationalId, found.get(nationalId) ?? null);
  return state.pupils;
}

/** The rows that map and fall on an open school day of this school year so far; the rest refused. */
function mapAndCheckDates(state: ImportState, batch: SourceRow[]): { line: number; row: MappedRow }[] {
  const { mapping, today } = state.target;
  const kept: { line: number; row: MappedRow }[] = [];
  for (const { line, record } of batch) {
    const row = state.mapRow(record);
    if (isRejection(row)) {
      state.reject(line, row);
    } else if (row.date < state.schoolYear.from || row.date > today) {
      state.reject(line, { reason: 'outside_school_year', column: mapping.columns.date });
    } else if (state.isClosed(row.date)) {
      state.reject(line, { reason: 'closed_day', column: mapping.columns.date });
    } else {
      kept.push({ line, row });
    }
  }
  return kept;
}
