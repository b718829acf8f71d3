/**
 * Server-side sessions. The browser holds a random token in an httpOnly cookie; the
 * database holds its hash, the person, the unit they act for, and when it ends.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { membershipColumns, toActor } from './actor-repo.ts';
import { absoluteExpiry, needsTouch, sessionState } from './session-rules.ts';
import { clock } from '../../time/clock.ts';

export interface SessionRecord {
  staffId: string;
  currentUnitId: string | null;
  via: 'oidc' | 'demo';
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session and returns the token for the cookie (the only place it exists). */
export async function createSession(db: Db, staffId: string, via: SessionRecord['via'], now = clock.now()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('session')
    .values({
      token_hash: hashToken(token),
      staff_id: staffId,
      via,
      created_at: now,
      last_seen_at: now,
      expires_at: absoluteExpiry(now),
    })
    .execute();
  return token;
}

/** The live session for a token, or undefined; an expired one is deleted on sight. */
export async function findSession(db: Db, token: string, now = clock.now()): Promise<SessionRecord | undefined> {
  return (await findSessionWithActor(db, token, now))?.session;
}

/**
 * The live session for a token and the person behind it as the policy sees them, in one
 * query: every authenticated request starts here. An expired session is deleted on sight;
 * a live one is touched at most once a minute.
 */
export async function findSessionWithActor(db: Db, token: string, now = clock.now()): Promise<{ session: SessionRecord; actor: Actor } | undefined> {
  const tokenHash = hashToken(token);
  const rows = await db
    .selectFrom('session as s')
    .innerJoin('staff as st', 'st.id', 's.staff_id')
    .leftJoin('membership as ms', 'ms.staff_id', 's.staff_id')
    .leftJoin('unit as u', 'u.id', 'ms.unit_id')
    .where('s.token_hash', '=', tokenHash)
    .select(['s.staff_id', 's.current_unit_id', 's.via', 's.last_seen_at', 's.expires_at', 'st.municipality_id as staff_municipality_id'])
    .select(membershipColumns)
    .orderBy('u.name')
    .orderBy('ms.role')
    .execute();
  const row = rows[0];
  if (!row) return undefined;
  if (sessionState(now, new Date(row.last_seen_at), new Date(row.expires_at)) !== 'active') {
    await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
    return undefined;
  }
  if (needsTouch(now, new Date(row.last_seen_at))) {
    await db.updateTable('session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  }
  const session: SessionRecord = { staffId: row.staff_id, currentUnitId: row.current_unit_id, via: row.via };
  return { session, actor: toActor({ id: row.staff_id, municipality_id: row.staff_municipality_id }, rows, row.current_unit_id) };
}

export async function setCurrentUnit(db: Db, token: string, unitId: string): Promise<void> {
  await db.updateTable('session').set({ current_unit_id: unitId }).where('token_hash', '=', hashToken(token)).execute();
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', hashToken(token)).execute();
}

/** "Log out everywhere": every session of the person, on every device. */
export async function deleteAllSessionsOf(db: Db, staffId: string): Promise<number> {
  const result = await db.deleteFrom('session').where('staff_id', '=', staffId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
