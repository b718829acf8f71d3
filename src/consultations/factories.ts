/** Test factories for guardians, consents and consultations (see organisation/factories.ts). */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import { schoolYearOf } from '../time/school-year.ts';
import type { ConsentScope } from './domain/kinds.ts';
import type { ConsultationTable } from './tables.ts';
import { clock } from '../time/clock.ts';

export async function buildGuardianOf(db: Db, childId: string, fields: { given_name?: string; family_name?: string } = {}) {
  const guardian = await db
    .insertInto('guardian')
    .values({ given_name: fields.given_name ?? 'Kari', family_name: fields.family_name ?? 'Foresattsen', national_id: null, national_id_synthetic: true, phone: null, email: null, street_address: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('child_guardian').values({ child_id: childId, guardian_id: guardian.id, relation: 'mother' }).execute();
  return guardian;
}

export async function buildConsent(
  db: Db,
  fields: { child_id: string; guardian_id: string; registered_by: string; given_on?: string; expires_on?: string; withdrawn_on?: string | null; scopes?: ConsentScope[] },
): Promise<string> {
  const id = randomUUID();
  const scopes = fields.scopes ?? ['consultation'];
  await db
    .insertInto('consent')
    .values({
      id,
      child_id: fields.child_id,
      guardian_id: fields.guardian_id,
      registered_by: fields.registered_by,
      scopes: sql`${`{${scopes.join(',')}}`}::text[]` as never,
      given_on: fields.given_on ?? '2026-09-01',
      expires_on: fields.expires_on ?? '2027-06-30',
      withdrawn_on: fields.withdrawn_on ?? null,
    })
    .execute();
  return id;
}

/** An anonymous consultation unless told otherwise. */
export async function buildConsultation(db: Db, fields: Partial<Insertable<ConsultationTable>> & { unit_id: string }): Promise<string> {
  const id = randomUUID();
  const heldOn = fields.held_on ?? '2026-09-21';
  await db
    .insertInto('consultation')
    .values({
      mode: 'anonymous',
      category: 'wellbeing',
      description: 'En elev virker lei seg.',
      advice: 'Snakk med eleven.',
      outcome: 'handled_by_unit',
      child_id: null,
      consent_id: null,
      group_label: null,
      recorded_by_staff_id: null,
      idempotency_key: null,
      created_at: clock.now(),
      ...fields,
      id,
      held_on: heldOn,
      school_year: schoolYearOf(heldOn),
    })
    .execute();
  return id;
}

/** What the access-matrix test needs about consultations at a place. */
export interface ConsultationPlace {
  /** A guardian of the place's child. */
  guardianId: string;
  /** A consent of that guardian; withdrawing it again changes nothing, so every role can try. */
  consentId: string;
  /** An anonymous consultation at the unit. */
  consultationId: string;
  /** Consultations at version 1, one for each successful versioned edit. */
  consultationPool: string[];
}

export async function buildConsultationPlace(db: Db, unitId: string, childId: string, staffId: string, poolSize = 12): Promise<ConsultationPlace> {
  const guardian = await buildGuardianOf(db, childId);
  const consentId = await buildConsent(db, { child_id: childId, guardian_id: guardian.id, registered_by: staffId, given_on: '2026-01-01', expires_on: '2026-12-31' });
  const consultationPool: string[] = [];
  for (let i = 0; i < poolSize; i += 1) consultationPool.push(await buildConsultation(db, { unit_id: unitId }));
  return { guardianId: guardian.id, consentId, consultationId: await buildConsultation(db, { unit_id: unitId }), consultationPool };
}
