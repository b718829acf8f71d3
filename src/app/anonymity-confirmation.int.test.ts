/**
 * The guard's second level over HTTP, on every route that saves text which must stay anonymous:
 * a quasi-identifier without the writer's confirmation is refused with 400 `needs_confirmation`
 * and each warning's kind and span (and field) but never the text, and nothing is stored; the
 * same save with `anonymityConfirmed: true` goes ahead and its audit event records that the
 * warnings were confirmed, with their kinds.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import { addDays } from '../time/dates.ts';
import { buildAppServer } from './server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { buildConsultationHour } from '../presence/factories.ts';
import { buildPupilRequest } from '../pupil-talks/factories.ts';
import { buildTeamMeeting } from '../teams/factories.ts';
import { buildConsultation } from '../consultations/factories.ts';
import { CONFIRMED_PURPOSE } from '../anonymity/confirmation.ts';

// Spans written by hand: "den eneste jenta i 4B" and "høreapparat".
const TEXT = 'Hun er den eneste jenta i 4B med høreapparat, og hun blir holdt utenfor.';
const SINGLING_OUT = { kind: 'singling_out', start: 7, end: 28 };
const RARE_TRAIT = { kind: 'rare_trait', start: 33, end: 44 };

describeEachEngine('anonymity confirmation on every route that saves anonymous text', (use, engine) => {
  let app: FastifyInstance;
  const ids = {} as Record<'school' | 'contact' | 'teacher' | 'leader' | 'hour' | 'meeting', string>;

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const person = (role: 'network_contact' | 'staff' | 'unit_leader') => buildPerson(db, role, school);
    Object.assign(ids, {
      school: school.id,
      contact: await person('network_contact'),
      teacher: await person('staff'),
      leader: await person('unit_leader'),
    });
    ids.hour = (await buildConsultationHour(db, { unit_id: school.id, contact_staff_id: ids.contact, from_date: TEST_TODAY, to_date: addDays(TEST_TODAY, 120) })).id;
    ids.meeting = await buildTeamMeeting(db, school.id, addDays(TEST_TODAY, 10));
    app = await buildAppServer({ db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());

  const as = (staffId: string, method: 'POST' | 'PUT', url: string, payload: object) => injectAs(app, use().db, staffId, { method, url, payload });

  const count = async (table: 'consultation' | 'agenda_item' | 'booking' | 'pupil_talk' | 'activity_entry') =>
    Number((await use().db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** The outcomes and purposes of the audit events of an action on a resource, oldest first. */
  const purposes = async (action: string, resourceType: string, resourceId: string) =>
    (
      await use()
        .db.withTables<AuditTables>()
        .selectFrom('audit_event')
        .select(['outcome', 'purpose'])
        .where('action', '=', action as never)
        .where('resource_type', '=', resourceType)
        .where('resource_id', '=', resourceId)
        .orderBy('id')
        .execute()
    ).map((row) => [row.outcome, row.purpose]);

  /**
   * Saves without confirmation (refused, nothing stored), with `anonymityConfirmed: false`
   * (the same), then with it (saved). Returns the confirmed answer.
   */
  async function refusedThenConfirmed(
    save: (confirmed: boolean | undefined) => ReturnType<typeof as>,
    table: Parameters<typeof count>[0],
    field: string,
    storedAfter: 'same' | 'one more',
  ) {
    const before = await count(table);
    for (const confirmed of [undefined, false]) {
      const refused = await save(confirmed);
      expect(refused.statusCode).toBe(400);
      const answer = refused.json() as { code: string; warnings: object[] };
      expect(answer.code).toBe('needs_confirmation');
      const withField = (warning: object) => ({ field, ...warning });
      expect(answer.warnings).toEqual([withField(SINGLING_OUT), withField(RARE_TRAIT)]);
      expect(refused.body).not.toContain('eneste');
      expect(refused.body).not.toContain('høreapparat');
      expect(await count(table)).toBe(before);
    }
    const saved = await save(true);
    expect(saved.statusCode, saved.body).toBeLessThan(300);
    expect(await count(table)).toBe(storedAfter === 'same' ? before : before + 1);
    return saved;
  }

  const CONFIRMED = `${CONFIRMED_PURPOSE}: singling_out, rare_trait`;
  // The refused attempts are audited too (access was allowed, the rule refused), with the refusal's code.
  const REFUSED = ['refused', 'refused: needs_confirmation'];
  const REFUSED_TWICE_THEN_CONFIRMED = [REFUSED, REFUSED, ['allowed', CONFIRMED]];

  describe('consultations', () => {
    const record = (fields: object) => ({
      mode: 'anonymous',
      childId: null,
      groupLabel: null,
      category: 'wellbeing',
      heldOn: TEST_TODAY,
      description: 'En elev i 4. trinn trekker seg unna.',
      advice: '',
      outcome: 'handled_by_unit',
      followUps: [],
      ...fields,
    });

    it('create: refuses unconfirmed warnings in the description, stores nothing, and audits the confirmed save', async () => {
      const saved = await refusedThenConfirmed(
        (anonymityConfirmed) =>
          as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, record({ description: TEXT, anonymityConfirmed, idempotencyKey: 'confirm-create-1' })),
        'consultation',
        'description',
        'one more',
      );
      // Each refused attempt was audited under an id of its own that was never stored.
      const { id } = saved.json() as { id: string };
      expect(await purposes('create', 'consultation', id)).toEqual([['allowed', CONFIRMED]]);
    });

    it('create: names the field of a warning in a follow-up, and a group label', async () => {
      const followUps = [{ text: TEXT, ownerStaffId: ids.contact, dueOn: addDays(TEST_TODAY, 7) }];
      const inFollowUp = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, record({ followUps, idempotencyKey: 'confirm-create-2' }));
      expect(inFollowUp.statusCode).toBe(400);
      expect(inFollowUp.json()).toMatchObject({ code: 'needs_confirmation', warnings: [{ field: 'followUps.0.text', ...SINGLING_OUT }, { field: 'followUps.0.text', ...RARE_TRAIT }] });
      const groupLabel = 'Jentene i 6C med diabetes';
      const inLabel = await as(ids.teacher, 'POST', `/api/units/${ids.school}/consultations`, record({ mode: 'group', groupLabel, idempotencyKey: 'confirm-create-3' }));
      expect(inLabel.statusCode).toBe(400);
      expect(inLabel.json()).toMatchObject({ code: 'needs_confirmation', warnings: [{ field: 'groupLabel', kind: 'diagnosis', start: groupLabel.indexOf('diabetes') }] });
      expect(inLabel.body).not.toContain('diabetes');
    });

    it('edit: refuses unconfirmed warnings, leaves the record as it was, and audits the confirmed edit', async () => {
      const id = await buildConsultation(use().db, { unit_id: ids.school, held_on: TEST_TODAY });
      const before = await use().db.selectFrom('consultation').select(['description', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      await refusedThenConfirmed(
        async (anonymityConfirmed) => {
          const answer = await as(ids.contact, 'PUT', `/api/consultations/${id}`, { ...record({ description: TEXT, anonymityConfirmed }), version: 1 });
          if (answer.statusCode === 400) {
            const unchanged = await use().db.selectFrom('consultation').select(['description', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
            expect(unchanged).toEqual(before);
          }
          return answer;
        },
        'consultation',
        'description',
        'same',
      );
      const after = await use().db.selectFrom('consultation').select(['description', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(after).toEqual({ description: TEXT, version: 2 });
      expect(await purposes('update', 'consultation', id)).toEqual(REFUSED_TWICE_THEN_CONFIRMED);
    });

    it("edit: audits the confirmation of the warning in a group record's label, which the edit keeps", async () => {
      const id = await buildConsultation(use().db, { unit_id: ids.school, held_on: TEST_TODAY, mode: 'group', group_label: 'Jentene i 6C med diabetes' });
      const edit = (anonymityConfirmed: boolean | undefined) => as(ids.contact, 'PUT', `/api/consultations/${id}`, { ...record({ anonymityConfirmed }), version: 1 });
      const refused = await edit(undefined);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'needs_confirmation', warnings: [{ field: 'groupLabel', kind: 'diagnosis' }] });
      expect((await edit(true)).statusCode).toBe(200);
      expect(await purposes('update', 'consultation', id)).toEqual([REFUSED, ['allowed', `${CONFIRMED_PURPOSE}: diagnosis`]]);
    });
  });

  it('team meetings: refuses an unconfirmed anonymous case on the agenda, and audits the confirmed one', async () => {
    await refusedThenConfirmed(
      (anonymityConfirmed) =>
        as(ids.leader, 'POST', `/api/units/${ids.school}/team/meetings/${ids.meeting}/agenda-items`, { kind: 'anonymous_case', text: TEXT, anonymityConfirmed, idempotencyKey: 'confirm-agenda-1' }),
      'agenda_item',
      'text',
      'one more',
    );
    expect(await purposes('create', 'agenda_item', ids.meeting)).toEqual(REFUSED_TWICE_THEN_CONFIRMED);
  });

  it('bookings: refuses an unconfirmed purpose, and audits the confirmed booking', async () => {
    // The hour is on Tuesdays; the first one after the test's Monday.
    const booking = { consultationHourId: ids.hour, date: addDays(TEST_TODAY, 1), start: '12:00', topic: 'wellbeing', purpose: TEXT };
    const saved = await refusedThenConfirmed(
      (anonymityConfirmed) => as(ids.teacher, 'POST', '/api/bookings', { ...booking, anonymityConfirmed, idempotencyKey: 'confirm-booking-1' }),
      'booking',
      'purpose',
      'one more',
    );
    // A refused booking has no id of its own and names the hour; the one made is audited as itself.
    expect(await purposes('create', 'booking', ids.hour)).toEqual([REFUSED, REFUSED]);
    const { id } = saved.json() as { id: string };
    expect(await purposes('create', 'booking', id)).toEqual([['allowed', CONFIRMED]]);
  });

  it('pupil talks: refuses an unconfirmed note, and audits the confirmed talk', async () => {
    const request = await buildPupilRequest(use().db, { unit_id: ids.school });
    const talk = { heldOn: TEST_TODAY, durationMinutes: 20, topic: 'friends', followUp: false, note: TEXT };
    await refusedThenConfirmed(
      (anonymityConfirmed) => as(ids.contact, 'POST', `/api/pupil-requests/${request.id}/talk`, { ...talk, anonymityConfirmed }),
      'pupil_talk',
      'note',
      'one more',
    );
    expect(await purposes('create', 'pupil_talk', request.id)).toEqual(REFUSED_TWICE_THEN_CONFIRMED);
  });

  it('activity log: refuses an unconfirmed note, and audits the confirmed entry', async () => {
    const entry = { unitId: ids.school, kind: 'staff_guidance', heldOn: TEST_TODAY, minutes: 30, people: 2, note: TEXT };
    const saved = await refusedThenConfirmed(
      (anonymityConfirmed) => as(ids.contact, 'POST', '/api/activities', { ...entry, anonymityConfirmed, idempotencyKey: 'confirm-activity-1' }),
      'activity_entry',
      'note',
      'one more',
    );
    // Each refused attempt was audited under an id of its own that was never stored.
    const { id } = saved.json() as { id: string };
    expect(await purposes('create', 'activity_entry', id)).toEqual([['allowed', CONFIRMED]]);
  });
});
