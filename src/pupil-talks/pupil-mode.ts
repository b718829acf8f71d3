/**
 * Pupil mode: a school device where a pupil asks to talk with the network contact by
 * themself. A staff member switches the device into pupil mode for their unit; that ends
 * their own session on the device in the same transaction, so what stays behind is only a
 * pupil-mode token (httpOnly cookie, its SHA-256 in the database, like sessions) that can do
 * one thing: file a request at that unit. Leaving pupil mode takes a staff member logging in
 * again; a pupil who wanders off the page finds the login page, not anyone's session.
 *
 * A request filed in pupil mode is done under the access of the staff member who opened it
 * (they answer for the device): withAccess decides on their membership of the unit as it is
 * now, so a device opened by someone who has since left the unit stops taking requests.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { loadActor } from '../kernel/auth/actor-repo.ts';
import { deleteSession } from '../kernel/auth/sessions.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import type { Trx } from '../kernel/policy/access.ts';
import * as repo from './repo.ts';
import type { PupilMode, pupilRequestSchema } from './schema.ts';
import { notASchool, storeRequest } from './service.ts';
import { withAccess } from '../kernel/policy/access.ts';
import { clock } from '../time/clock.ts';

/** A school day: a device left in pupil mode overnight stops taking requests. */
export const PUPIL_MODE_HOURS = 10;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Switches the caller's device into pupil mode for the unit and ends the caller's session
 * (`sessionToken`). Returns the pupil-mode token for the device's cookie (the only place it exists).
 */
export function openPupilMode(db: Db, actor: Actor, unitId: string, sessionToken: string, now = clock.now()): Promise<{ token: string; mode: PupilMode }> {
  return withAccess(
    db,
    actor,
    { permission: 'pupil_request.create', action: 'create', resourceType: 'pupil_mode', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      if (!(await repo.isSchool(trx, unitId))) return notASchool();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + PUPIL_MODE_HOURS * 3_600_000);
      await repo.insertPupilMode(trx, { token_hash: hashToken(token), unit_id: unitId, opened_by_staff_id: actor.staffId, expires_at: expiresAt });
      await deleteSession(trx, sessionToken);
      return { token, mode: { unit: await repo.unitName(trx, unitId), expiresAt: expiresAt.toISOString() } };
    },
  );
}

async function findMode(db: Db, token: string | undefined, now: Date) {
  if (!token) return undefined;
  return repo.findPupilMode(db, hashToken(token), now);
}

/** The unit the device is in pupil mode for (its name only: nothing personal), or null without a live token. */
export async function readPupilMode(db: Db, token: string | undefined, now = clock.now()): Promise<PupilMode | null> {
  const mode = await findMode(db, token, now);
  return mode ? { unit: { id: mode.unit_id, name: mode.unit_name }, expiresAt: new Date(mode.expires_at).toISOString() } : null;
}

/** A pupil's own request, filed on a device in pupil mode; not found without a live token. */
export async function requestInPupilMode(
  db: Db,
  token: string | undefined,
  request: z.output<typeof pupilRequestSchema>,
  now = clock.now(),
): Promise<{ id: string }> {
  const mode = await findMode(db, token, now);
  const actor = mode && (await loadActor(db, mode.opened_by_staff_id, mode.unit_id));
  if (!mode || !actor) throw new NotFoundError('pupil_mode');
  return withAccess(
    db,
    actor,
    {
      permission: 'pupil_request.create',
      action: 'create',
      resourceType: 'pupil_talk_request',
      resourceId: mode.unit_id,
      locate: (trx) => repo.locateUnit(trx, mode.unit_id),
      purpose: 'filed by a pupil in pupil mode',
    },
    (trx) => storeRequest(trx, mode.unit_id, request, { source: 'pupil_mode', staffId: null }),
  );
}

/**
 * Ends every device in pupil mode that the person opened: when they log out everywhere, a
 * device they left in a classroom stops taking requests in their name too.
 */
export async function endPupilModesOpenedBy(trx: Trx, { staffId }: { staffId: string }): Promise<void> {
  await repo.deletePupilModesOpenedBy(trx, staffId);
}

/** Ends pupil mode on the device (a staff member, logged in again, leaves it). Nothing to end is fine. */
export async function endPupilMode(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  await repo.deletePupilMode(db, hashToken(token));
}
