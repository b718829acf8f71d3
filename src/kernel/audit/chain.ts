/**
 * The hash chain that makes the audit log tamper-evident. Pure: no database, no clock.
 *
 * Each event's hash is the SHA-256 of its canonical content, and that content includes the
 * hash of the event before it. Changing any field of any event changes its hash; removing or
 * moving an event leaves the next one pointing at a hash that is no longer before it. What
 * linkage alone cannot see is the removal of the newest events (the chain simply ends
 * earlier) or a rewrite of everything from some event onwards: an `anchor` (a hash noted
 * outside the database earlier) covers both up to the point it was noted.
 */
import { createHash } from 'node:crypto';

/** The `prev_hash` of the first event: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** Versions the serialisation, so that a later format can be told apart from this one. */
const FORMAT = 'tidlig-audit/1';

/** The fields an event's hash covers: everything except its id and the hashes themselves. */
export interface AuditContent {
  /** Millisecond precision: the database stores it truncated to milliseconds. */
  occurredAt: Date;
  actorStaffId: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  purpose: string | null;
  outcome: string;
  emergency: boolean;
  /** The child the event concerns; null when none (and for every event written before it existed). */
  childId: string | null;
}

/** An event as stored: its content, its place in the log, and its link to the one before. */
export interface ChainedEvent extends AuditContent {
  /** The int8 id as text, to name a broken event; the chain's order is its position. */
  id: string;
  prevHash: string;
  hash: string;
  /**
   * Chained by the sealer (migration 0029), whose hash covers the second format; false for an
   * event chained in its own request before that, which keeps the first.
   */
  sealed: boolean;
}

/**
 * The exact text that is hashed: JSON with the keys in a fixed order and the time in ISO 8601
 * UTC with three decimals, so the same event always serialises to the same bytes, on any
 * machine, in any time zone.
 */
export function canonicalise(prevHash: string, content: AuditContent): string {
  return JSON.stringify({
    format: FORMAT,
    prevHash,
    occurredAt: content.occurredAt.toISOString(),
    actorStaffId: content.actorStaffId,
    actorRole: content.actorRole,
    actorUnitId: content.actorUnitId,
    action: content.action,
    resourceType: content.resourceType,
    resourceId: content.resourceId,
    purpose: content.purpose,
    outcome: content.outcome,
    emergency: content.emergency,
    // Added after the first events were written: only an event that names a child carries the
    // key, so every older event serialises, and verifies, exactly as it did.
    ...(content.childId !== null && { childId: content.childId }),
  });
}

/** The hash an event with this content must carry when it follows `prevHash`: lower-case SHA-256 hex. */
export function hashEvent(prevHash: string, content: AuditContent): string {
  return sha256(canonicalise(prevHash, content));
}

/**
 * The second format, which the sealer writes in SQL (audit_canonical_sealed in migration 0029):
 * the fields as one JSON array, in a fixed order, every one present. An array, not an object,
 * because PostgreSQL's JSON functions and JSON.stringify write an array's elements identically.
 */
export function canonicaliseSealed(prevHash: string, content: AuditContent): string {
  return JSON.stringify([
    SEALED_FORMAT,
    prevHash,
    content.occurredAt.toISOString(),
    content.actorStaffId,
    content.actorRole,
    content.actorUnitId,
    content.action,
    content.resourceType,
    content.resourceId,
    content.purpose,
    content.outcome,
    content.emergency,
    content.childId,
  ]);
}

const SEALED_FORMAT = 'tidlig-audit/2';

/** The hash the sealer gives an event with this content after `prevHash`. */
export function hashSealedEvent(prevHash: string, content: AuditContent): string {
  return sha256(canonicaliseSealed(prevHash, content));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Why a chain is not intact. */
export type ChainBreakReason =
  /** The event does not follow the one before it: an event was removed, inserted or moved. */
  | 'prev_mismatch'
  /** The event's content no longer matches its hash: it was changed after it was written. */
  | 'hash_mismatch'
  /** Every link holds, but the anchor is not in the chain: events were removed from the end, or the log replaced. */
  | 'anchor_missing'
  /** Committed, and still unsealed a full sealing delay later: the sealer has stopped or lags. */
  | 'unsealed';

/** The outcome of checking a chain; `count` is the number of events found intact before any break. */
export type ChainVerdict =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; reason: Exclude<ChainBreakReason, 'anchor_missing'>; brokenAt: string }
  | { ok: false; count: number; reason: 'anchor_missing'; brokenAt: null };

export interface VerifyOptions {
  /** A hash that was in the chain when it was noted (outside the database); it must still be. */
  anchor?: string;
}

/**
 * Checks events given in chain order, oldest first, and stops at the first broken one. Takes an
 * async iterable so that a log of millions of events can be checked page by page. Gaps in the
 * positions are not a break (the events chained before sealing keep their ids, which a
 * rolled-back transaction left gaps in); the linkage shows removals.
 */
export async function verifyChain(
  events: Iterable<ChainedEvent> | AsyncIterable<ChainedEvent>,
  options: VerifyOptions = {},
): Promise<ChainVerdict> {
  let head = GENESIS_HASH;
  let count = 0;
  let anchorSeen = options.anchor === undefined || options.anchor === GENESIS_HASH;
  for await (const event of events) {
    if (event.prevHash !== head) return { ok: false, count, reason: 'prev_mismatch', brokenAt: event.id };
    if ((event.sealed ? hashSealedEvent : hashEvent)(event.prevHash, event) !== event.hash) {
      return { ok: false, count, reason: 'hash_mismatch', brokenAt: event.id };
    }
    head = event.hash;
    count += 1;
    if (head === options.anchor) anchorSeen = true;
  }
  if (!anchorSeen) return { ok: false, count, reason: 'anchor_missing', brokenAt: null };
  return { ok: true, count, head };
}
