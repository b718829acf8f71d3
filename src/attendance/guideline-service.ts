/**
 * The municipality's guideline on the page: read with the presets it can start from, and saved
 * whole (a preset, possibly edited, or the municipality's own rules) by its administrator or a
 * leader. A save names the version it read (409 conflict when someone saved since) and carries
 * the form's idempotency key (a retry answers the saved guideline); the flags are recomputed in
 * the same transaction, as when the command line sets a guideline. One decision and one audit
 * event per call; the guideline names no child.
 */
import type { Db } from '../kernel/db/database.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import type { CountryCode } from '../time/zone.ts';
import { isKindOf, kindsOf } from './domain/absence.ts';
import type { Guideline } from './domain/guideline.ts';
import { PRESETS } from './domain/presets.ts';
import * as repo from './guideline-repo.ts';
import type { GuidelineBody, GuidelineSetting, SaveGuidelineRequest } from './guideline-schema.ts';
import { recomputeFlags } from './flags.ts';
import { attendanceGuidelineMessages } from './web/guideline-messages.ts';

export interface Clock {
  /** The instant of the request; tests pass their own. */
  now?: Date;
}

/** What a save answers: the setting as saved, and how many flags the recompute raised. */
export type SavedGuideline = GuidelineSetting & { raised: number };

export function getGuideline(db: Db, actor: Actor, municipalityId: string): Promise<GuidelineSetting> {
  return withAccess(db, actor, access(municipalityId, 'read'), (trx, _, scope) => readSetting(trx, municipalityId, scope.countryCode));
}

export function saveGuideline(db: Db, actor: Actor, municipalityId: string, request: SaveGuidelineRequest, { now = clock.now() }: Clock = {}): Promise<SavedGuideline> {
  return withAccess(db, actor, access(municipalityId, 'update'), async (trx, _, scope): Promise<SavedGuideline | RuleViolation> => {
    const foreign = foreignKinds(request.guideline, scope.countryCode);
    if (foreign.length > 0) return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: foreign });
    const stored = await repo.findGuidelineRow(trx, municipalityId);
    if (stored && stored.saved_key === request.idempotencyKey) return { ...(await readSetting(trx, municipalityId, scope.countryCode)), raised: 0 };
    if (!(await repo.saveGuidelineAt(trx, municipalityId, request.version, request.guideline, request.idempotencyKey))) {
      return new RuleViolation(409, 'conflict', 'Someone else has saved the guideline since it was read; reload and try again.');
    }
    const raised = await recomputeFlags(trx, municipalityId, localDate(now));
    return { ...(await readSetting(trx, municipalityId, scope.countryCode)), raised };
  });
}

function access(municipalityId: string, action: 'read' | 'update') {
  return {
    permission: 'attendance.guideline' as const,
    action,
    resourceType: 'attendance_guideline' as const,
    resourceId: municipalityId,
    locate: (trx: Trx) => repo.locateMunicipality(trx, municipalityId),
  };
}

/** A Danish kind in a Norwegian guideline (or the other way) would count nothing the schools record: refused, field by field. */
function foreignKinds(guideline: Guideline, country: CountryCode): { path: string; code: string }[] {
  return guideline.rules.flatMap((rule, index) => (rule.kinds.every((kind) => isKindOf(country, kind)) ? [] : [{ path: `body/guideline/rules/${index}/kinds`, code: 'kind_not_of_country' }]));
}

async function readSetting(trx: Trx, municipalityId: string, country: CountryCode): Promise<GuidelineSetting> {
  const stored = await repo.findGuidelineRow(trx, municipalityId);
  return {
    municipalityId,
    country,
    kinds: [...kindsOf(country)],
    version: stored?.version ?? 0,
    guideline: stored ? body(stored.guideline) : null,
    presets: presetsFor(country),
  };
}

/** The presets whose every rule counts kinds the country's schools record: Norway's five, or Denmark's. */
function presetsFor(country: CountryCode): GuidelineSetting['presets'] {
  return Object.values(PRESETS)
    .filter((preset) => preset.rules.every((rule) => rule.kinds.every((kind) => isKindOf(country, kind))))
    .map((preset) => ({
      id: preset.id,
      names: {
        nb: presetName('nb', preset.id),
        nn: presetName('nn', preset.id),
        da: presetName('da', preset.id),
        en: presetName('en', preset.id),
      },
      guideline: body(preset),
    }));
}

/** The stored guideline as the API's shape, whose lists are the page's to edit. */
function body(guideline: Guideline): GuidelineBody {
  return { ...guideline, rules: guideline.rules.map((rule) => ({ ...rule, kinds: [...rule.kinds], triggers: [...rule.triggers] })) };
}

function presetName(language: keyof typeof attendanceGuidelineMessages, id: string): string {
  return (attendanceGuidelineMessages[language].preset as Record<string, string>)[id] ?? id;
}
