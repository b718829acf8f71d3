/** Queries for what a leader oversees: emergency accesses and their review, and whom an access report covers. */
import type { Db } from '../kernel/db/database.ts';

export { locateChild } from '../kernel/policy/locate.ts';

/** The municipality whose leaders review the emergency access, or undefined when there is none. */
export async function municipalityOfEmergencyAccess(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('emergency_access').select('municipality_id').where('id', '=', id).executeTakeFirst();
  return row?.municipality_id;
}

/** The municipality's emergency accesses not yet reviewed, then those reviewed after `reviewedSince`, unreviewed first. */
export function listEmergencyAccesses(db: Db, municipalityId: string, reviewedSince: Date) {
  return db
    .selectFrom('emergency_access as ea')
    .innerJoin('staff as s', 's.id', 'ea.staff_id')
    .innerJoin('unit as u', 'u.id', 'ea.unit_id')
    .where('ea.municipality_id', '=', municipalityId)
    .where((eb) => eb.or([eb('ea.reviewed_at', 'is', null), eb('ea.reviewed_at', '>', reviewedSince)]))
    .select([
      'ea.id',
      's.id as staff_id',
      's.given_name',
      's.family_name',
      'ea.role',
      'u.name as unit_name',
      'ea.resource_id',
      'ea.reason',
      'ea.granted_at',
      'ea.expires_at',
      'ea.review_due_on',
      'ea.reviewed_at',
      'ea.review_note',
    ])
    .orderBy('ea.reviewed_at', (ob) => ob.desc().nullsFirst())
    .orderBy('ea.review_due_on')
    .execute();
}

/** Marks the access reviewed, unless it already is: the first review stands. */
export async function markReviewed(db: Db, id: string, review: { by: string; at: Date; note: string | null }): Promise<void> {
  await db
    .updateTable('emergency_access')
    .set({ reviewed_at: review.at, reviewed_by: review.by, review_note: review.note })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .execute();
}

export function findChildName(db: Db, childId: string) {
  return db.selectFrom('child').select(['given_name', 'family_name']).where('id', '=', childId).executeTakeFirstOrThrow();
}

/** The registers that list the child: a list of many children, so its events name none of them. */
export async function registersListing(db: Db, childId: string) {
  const units = await db.selectFrom('enrolment').select('unit_id').where('child_id', '=', childId).execute();
  return units.map((u) => ({ resourceType: 'register' as const, resourceId: u.unit_id }));
}
