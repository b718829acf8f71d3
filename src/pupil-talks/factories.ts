/**
 * Test factories for pupil talks: a pupil's request, a talk (drafted notice or not), and the
 * pools the access-matrix walk takes from for calls that each need a record of their own.
 */
import type { Insertable, Selectable } from 'kysely';
import { addDays, localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Tables } from '../kernel/db/tables.ts';
import { clock } from '../time/clock.ts';

export function buildPupilRequest(
  db: Db,
  fields: Partial<Insertable<Tables['pupil_talk_request']>> & { unit_id: string },
): Promise<Selectable<Tables['pupil_talk_request']>> {
  return db
    .insertInto('pupil_talk_request')
    .values({ first_name: 'Mia', class_group: '6B', free_when: 'break', about: 'friends', source: 'staff', created_at: clock.now(), ...fields })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A talk held yesterday on a new request of the unit; `drafted` gives it a parent notice about `childId`. */
export async function buildPupilTalk(
  db: Db,
  place: { unitId: string; contactId: string; childId: string },
  options: { drafted?: boolean; requestedAt?: Date } = {},
): Promise<Selectable<Tables['pupil_talk']>> {
  const request = await buildPupilRequest(db, { unit_id: place.unitId, ...(options.requestedAt ? { created_at: options.requestedAt } : {}) });
  const yesterday = addDays(localDate(clock.now()), -1);
  return db
    .insertInto('pupil_talk')
    .values({
      request_id: request.id,
      unit_id: place.unitId,
      contact_staff_id: place.contactId,
      held_on: yesterday,
      duration_minutes: 20,
      topic: 'friends',
      follow_up: false,
      note: 'Snakket om friminuttene.',
      created_at: clock.now(),
      ...(options.drafted
        ? { child_id: place.childId, notice_status: 'drafted' as const, notice_locale: 'nb' as const, notice_text: 'Eleven har snakket med nettverkskontakten.' }
        : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** What the access-matrix walk needs of a place's pupil talks. */
export interface PupilTalkPlace {
  /** Requests without a talk; a call that records one takes (pops) its own. */
  pupilRequestPool: string[];
  pupilTalkId: string;
  /** Talks at version 1 without a notice, for drafting or withholding. */
  pupilTalkPool: string[];
  /** Talks at version 1 with a drafted notice, for recording it given. */
  draftedTalkPool: string[];
}

export async function buildPupilTalkPlace(db: Db, place: { unitId: string; contactId: string; childId: string }, poolSize = 24): Promise<PupilTalkPlace> {
  const pool = async (make: () => Promise<{ id: string }>) => {
    const ids: string[] = [];
    for (let i = 0; i < poolSize; i += 1) ids.push((await make()).id);
    return ids;
  };
  return {
    pupilRequestPool: await pool(() => buildPupilRequest(db, { unit_id: place.unitId })),
    pupilTalkId: (await buildPupilTalk(db, place)).id,
    pupilTalkPool: await pool(() => buildPupilTalk(db, place)),
    draftedTalkPool: await pool(() => buildPupilTalk(db, place, { drafted: true })),
  };
}
