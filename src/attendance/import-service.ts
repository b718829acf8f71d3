/**
 * Importing absence: a school coordinator's file from the web (their school's pupils only), a
 * school admin system's day sent as JSON (the daily registration API, the same school's pupils),
 * or municipal IT's nightly batch from the command line (the whole municipality). Each is one
 * transaction with one audit event, and the municipality's flags recomputed after it.
 */
import { recordAudit } from '../kernel/audit/record.ts';
import type { Db } from '../kernel/db/database.ts';
import { OperatorError, RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { locateUnit } from '../kernel/policy/locate.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import type { Guideline } from './domain/guideline.ts';
import type { ColumnMapping } from './domain/mapping.ts';
import { defaultDayMinutes } from './domain/presets.ts';
import { recomputeFlags, recomputeFlagsAfterImport } from './flags.ts';
import * as repo from './import-repo.ts';
import { earlierReport, runImport, type ImportProgress, type ImportReport } from './import-run.ts';
import type { SourceRow } from './read-rows.ts';
import { registrationMapping, registrationRows } from './registration-rows.ts';
import type { RegistrationRequest } from './schema.ts';

/** Thrown when nothing can be read: no such municipality, or no saved mapping for the source. */
export class ImportSetupError extends OperatorError {}

export interface ImportOptions {
  source: string;
  dryRun?: boolean;
  onProgress?: ImportProgress;
  now?: Date;
}

/** A school's own file, imported by its coordinator: pupils of other schools are refused as unknown. */
export async function importForUnit(db: Db, actor: Actor, unitId: string, rows: AsyncIterable<SourceRow>, options: ImportOptions): Promise<ImportReport> {
  return withAccess(db, actor, unitImportAccess(unitId), async (trx) => {
    const scope = (await locateUnit(trx, unitId))!;
    const mapping = await repo.findMapping(trx, scope.municipalityId, options.source);
    if (!mapping) return new RuleViolation(400, 'no_mapping', 'No column mapping is saved for this source.');
    return importInto(trx, { municipalityId: scope.municipalityId, country: scope.countryCode, unitId, mapping, startedBy: actor.staffId, idempotencyKey: null }, rows, options);
  });
}

/**
 * A school's day of absence sent as JSON by its admin system (or someone at the school): the
 * rows go through the import like a file's, with the same permission and the same refusals,
 * each naming the row's index and field. A retry with the same idempotency key answers the first
 * call's report and imports nothing; the key used at another school is refused (409).
 */
export async function registerForUnit(db: Db, actor: Actor, unitId: string, request: RegistrationRequest, { now }: { now?: Date } = {}): Promise<ImportReport> {
  return withAccess(db, actor, { ...unitImportAccess(unitId), purpose: `daily registration from ${request.source}` }, async (trx) => {
    const scope = (await locateUnit(trx, unitId))!;
    const earlier = await repo.findImportByKey(trx, request.idempotencyKey);
    if (earlier) {
      if (earlier.unit_id !== unitId) return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key was used for another request.');
      return earlierReport(trx, earlier.id);
    }
    const dayMinutes = (await repo.findDayMinutes(trx, scope.municipalityId)) ?? defaultDayMinutes(scope.countryCode);
    const target = {
      municipalityId: scope.municipalityId,
      country: scope.countryCode,
      unitId,
      mapping: registrationMapping(scope.countryCode, dayMinutes),
      startedBy: actor.staffId,
      idempotencyKey: request.idempotencyKey,
    };
    return importInto(trx, target, registrationRows(request.rows), { source: request.source, now });
  });
}

/** Importing at a school: its leader (or the municipality's administrator) with attendance.import there. */
function unitImportAccess(unitId: string) {
  return {
    permission: 'attendance.import' as const,
    action: 'create' as const,
    resourceType: 'attendance_import' as const,
    resourceId: unitId,
    locate: (trx: Trx) => locateUnit(trx, unitId),
  };
}

/** Municipal IT's batch for the whole municipality (`tidlig attendance import`), audited as the system. */
export async function importForMunicipality(db: Db, municipalityCode: string, rows: AsyncIterable<SourceRow>, options: ImportOptions): Promise<ImportReport> {
  const municipality = await repo.findMunicipalityByCode(db, municipalityCode);
  if (!municipality) throw new ImportSetupError(`no municipality has the code ${municipalityCode}.`);
  const mapping = await repo.findMapping(db, municipality.id, options.source);
  if (!mapping) throw new ImportSetupError(`no column mapping is saved for the source ${options.source} in municipality ${municipalityCode}.`);
  return db.transaction().execute(async (trx) => {
    const report = await importInto(trx, { municipalityId: municipality.id, country: municipality.country_code, unitId: null, mapping, startedBy: null, idempotencyKey: null }, rows, options);
    await recordAudit(trx, {
      actor: null,
      action: 'create',
      resourceType: 'attendance_import',
      resourceId: report.importId,
      outcome: 'allowed',
      purpose: `nightly import from ${options.source}${report.dryRun ? ' (dry run)' : ''}`,
    });
    return report;
  });
}

/** Saves a source's column mapping for a municipality (`tidlig attendance mapping`). */
export async function saveMappingForMunicipality(db: Db, municipalityCode: string, source: string, mapping: ColumnMapping): Promise<void> {
  const municipality = await repo.findMunicipalityByCode(db, municipalityCode);
  if (!municipality) throw new ImportSetupError(`no municipality has the code ${municipalityCode}.`);
  await repo.saveMapping(db, municipality.id, source, mapping);
}

interface Target {
  municipalityId: string;
  country: 'NO' | 'DK';
  unitId: string | null;
  mapping: ColumnMapping;
  startedBy: string | null;
  idempotencyKey: string | null;
}

async function importInto(trx: Trx, target: Target, rows: AsyncIterable<SourceRow>, options: ImportOptions): Promise<ImportReport> {
  const today = localDate(options.now ?? clock.now());
  const calendar = { country: target.country, holidays: await repo.listSchoolHolidays(trx, target.municipalityId) };
  const dryRun = options.dryRun ?? false;
  const report = await runImport(trx, { ...target, source: options.source, calendar, today, dryRun }, rows, options.onProgress);
  if (!dryRun && !report.repeated) await recomputeFlagsAfterImport(trx, target.municipalityId, report.importId, today);
  return report;
}

/** Sets a municipality's guideline (`tidlig attendance guideline`) and recomputes its flags on `today`. */
export async function setGuidelineForMunicipality(db: Db, municipalityCode: string, guideline: Guideline, now = clock.now()): Promise<number> {
  const municipality = await repo.findMunicipalityByCode(db, municipalityCode);
  if (!municipality) throw new ImportSetupError(`no municipality has the code ${municipalityCode}.`);
  return db.transaction().execute(async (trx) => {
    await repo.saveGuideline(trx, municipality.id, guideline);
    return recomputeFlags(trx, municipality.id, localDate(now));
  });
}
