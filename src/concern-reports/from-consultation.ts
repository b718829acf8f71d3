/**
 * Starting a concern report from a consultation (issue 6): the writer ticks what to carry
 * over, and only that goes into the new draft, which remembers the consultation it came from.
 * One withAccess: the consultation is located, the decision made, a retry's earlier draft
 * found by its key, the draft written and the audit event (naming the draft and the consultation, never the child) added in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { consultationRecording, consultationToCarry, type ConsultationToCarry } from '../consultations/index.ts';
import { localDate, type IsoDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import type { Locale } from '../kernel/db/tables.ts';
import { commonMessages } from '../kernel/ui/messages.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import type { UnitScope } from '../kernel/policy/locate.ts';
import { emptyContent } from './content-schema.ts';
import { carryOver, type CarrySource, type CarryTexts } from './domain/carry-over.ts';
import { toDraft } from './present.ts';
import * as repo from './repo.ts';
import type { Draft, FromConsultationRequest } from './schema.ts';
import { concernMessages } from './web/messages.ts';
import { clock } from '../time/clock.ts';

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/**
 * A new draft from the consultation with the ticked items carried over. A retry with the same
 * idempotency key returns the first draft (`created: false`). A consented consultation whose
 * consent no longer runs gives nothing (409 consent_not_valid): its details are no longer used.
 */
export async function createDraftFromConsultation(
  db: Db,
  actor: Actor,
  consultationId: string,
  request: FromConsultationRequest,
  now = clock.now(),
): Promise<{ draft: Draft; created: boolean }> {
  const today = localDate(now);
  // The id of a new draft. A retry is audited under the draft it returns (found by its key
  // inside the door, after the decision), so the trail names no id that never existed.
  const id = randomUUID();
  let returned: string | undefined;
  let scope: UnitScope | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'concern.from_consultation',
      action: 'create',
      resourceType: 'concern_report',
      resourceId: id,
      auditedId: () => returned,
      purpose: `started from consultation ${consultationId}`,
      locate: async (trx) => (scope = await locateDerivable(trx, actor, consultationId, today)),
    },
    async (trx): Promise<{ draft: Draft; created: boolean } | RuleViolation> => {
      const country = scope!.countryCode;
      const earlier = await repo.findReportByCreateKey(trx, request.idempotencyKey);
      returned = earlier?.id;
      if (earlier) return replay(earlier, actor, consultationId, country);

      const consultation = (await consultationToCarry(trx, consultationId, today))!;
      if (!consultation.usable) {
        return new RuleViolation(409, 'consent_not_valid', 'The consent behind the consultation no longer runs; nothing can be carried over.');
      }
      const [staff, unit, source] = await Promise.all([
        repo.findStaff(trx, actor.staffId),
        repo.findUnitName(trx, consultation.unitId),
        sourceOf(trx, consultation, request.locale),
      ]);
      const reporter = { name: `${staff.given_name} ${staff.family_name}`, email: staff.email, phone: staff.phone ?? '', workplace: unit.name };
      const content = carryOver(emptyContent(reporter), source, request.carry, textsOf(request.locale, consultation.heldOn));

      const inserted = await insertIdempotent(trx, {
        insert: () =>
          repo.insertDraft(trx, {
            id,
            reporterStaffId: actor.staffId,
            reporterUnitId: consultation.unitId,
            content,
            createKey: request.idempotencyKey,
            fromConsultationId: consultationId,
          }),
        findWinner: () => repo.findReportByCreateKey(trx, request.idempotencyKey),
      });
      // A concurrent retry of this very request won the race: answer with its draft.
      returned = inserted.created ? id : inserted.winner.id;
      if (!inserted.created) return replay(inserted.winner, actor, consultationId, country);
      return { draft: toDraft((await repo.findReport(trx, id))!, country), created: true };
    },
  );
}

/**
 * The consultation's unit, for those who may start a report from it: whoever reads the unit's
 * consultations, and the person who recorded it on the day they did. Anyone else gets a scope
 * with no unit, so the decision denies and the attempt is audited and answered as not found.
 */
async function locateDerivable(trx: Trx, actor: Actor, consultationId: string, today: IsoDate): Promise<UnitScope | undefined> {
  const recording = await consultationRecording(trx, consultationId);
  if (!recording) return undefined;
  const scope = (await repo.locateUnit(trx, recording.unitId))!;
  const recordedToday = recording.recordedBy === actor.staffId && localDate(recording.recordedAt) === today;
  if (recordedToday || decide(actor, 'consultation.read', scope).allow) return scope;
  return { ...scope, unitIds: [], districtIds: [] };
}

function replay(earlier: repo.ReportRow, actor: Actor, consultationId: string, country: 'NO' | 'DK') {
  if (earlier.reporter_staff_id !== actor.staffId || earlier.from_consultation_id !== consultationId) {
    return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
  }
  return { draft: toDraft(earlier, country), created: false };
}

async function sourceOf(trx: Trx, consultation: ConsultationToCarry, locale: Locale): Promise<CarrySource> {
  const child =
    consultation.mode === 'consented' && consultation.childId
      ? await repo.findChildToCarry(trx, consultation.childId)
      : undefined;
  return {
    child: child ? { nationalId: child.national_id, givenName: child.given_name, familyName: child.family_name } : null,
    categoryLabel: commonMessages[locale].concernCategory[consultation.category],
    description: consultation.description,
    advice: consultation.advice,
    followUps: consultation.followUps.map((f) => ({ text: f.text, owner: `${f.owner.givenName} ${f.owner.familyName}`, dueOn: f.dueOn })),
  };
}

function textsOf(locale: Locale, heldOn: IsoDate | string): CarryTexts {
  const m = concernMessages[locale].fromConsultation.text;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return {
    category: (category) => fill(m.category, { category }),
    advice: (advice) => fill(m.advice, { date: date(heldOn), advice }),
    followUp: (f) => fill(m.followUp, { text: f.text, owner: f.owner, date: date(f.dueOn) }),
  };
}
