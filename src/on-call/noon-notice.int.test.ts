import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Mailer } from '../calendar/index.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildServiceWorld } from './factories.ts';
import { sendNoonNotices } from './noon-notice.ts';
import type { NewCall } from './schema.ts';
import { logCall, takeOver } from './service.ts';

/** Monday night 23 November 2026; the handover is Tuesday the 24th at 08:00, overdue at 12:00 (11:00 UTC). */
const MORNING = new Date('2026-11-24T07:00:00Z');
const BEFORE_NOON = new Date('2026-11-24T10:59:00Z');
const AFTER_NOON = new Date('2026-11-24T11:05:00Z');
const SUMMARY = 'Politiet meldte krangel i hjemmet. Hjemmebesøk; barna ble hos besteforeldre over natten.';

function aCall(municipalityId: string, fields: Partial<NewCall> = {}): NewCall {
  return {
    municipalityId,
    receivedAt: '2026-11-23T22:40:00Z',
    caller: 'police',
    category: 'conflict_at_home',
    responses: ['home_visit'],
    placement: 'prevented',
    placementMadeAt: null,
    minutesSpent: 90,
    summary: SUMMARY,
    followUp: true,
    workerStaffIds: [],
    idempotencyKey: randomUUID(),
    ...fields,
  };
}

function recordingMailer() {
  const sent: { to: string | string[]; subject: string; text: string }[] = [];
  const mailer: Mailer = { from: 'tidlig@test.example', transport: { sendMail: async (mail: never) => (sent.push(mail), {} as never) } as never };
  return { mailer, sent };
}

describeEachEngine("the leaders' noon message", (use) => {
  it('goes once per handover, to the leaders of the municipality the calls are about, with a count and a link and nothing personal', async () => {
    const { db } = use();
    const w = await buildServiceWorld(db);
    const worker = await actor(db, w.worker);
    await logCall(db, worker, w.service.id, aCall(w.member.id), { now: MORNING });
    await logCall(db, worker, w.service.id, aCall(w.member.id, { receivedAt: '2026-11-24T01:10:00Z' }), { now: MORNING });
    await logCall(db, worker, w.service.id, aCall(w.host.id, { followUp: false }), { now: MORNING });
    expect(await db.selectFrom('on_call_noon_notice').select(['municipality_id', 'handover_date']).where('municipality_id', 'in', [w.member.id, w.host.id]).execute()).toEqual([{ municipality_id: w.member.id, handover_date: '2026-11-24' }]);

    const { mailer, sent } = recordingMailer();
    expect(await sendNoonNotices(db, mailer, 'https://tidlig.example.no/', BEFORE_NOON)).toBe(0);
    expect(await sendNoonNotices(db, mailer, 'https://tidlig.example.no/', AFTER_NOON)).toBe(1);
    expect(await sendNoonNotices(db, mailer, 'https://tidlig.example.no/', AFTER_NOON)).toBe(0);
    expect(sent).toHaveLength(1);
    const leader = await db.selectFrom('staff').select(['email', 'given_name', 'family_name']).where('id', '=', w.memberLeader).executeTakeFirstOrThrow();
    expect(sent[0]!.to).toEqual([leader.email]);
    expect(sent[0]!.subject).toContain('2');
    expect(sent[0]!.text).toMatch(/^Hei!\n\n2 henvendelser .* 2026-11-24 /);
    expect(sent[0]!.text).toMatch(/https:\/\/tidlig\.example\.no\/units\/[0-9a-f-]{36}\/on-call\/handover/);
    const workerRow = await db.selectFrom('staff').select(['given_name', 'family_name']).where('id', '=', w.worker).executeTakeFirstOrThrow();
    for (const secret of [SUMMARY.slice(0, 20), workerRow.family_name, leader.family_name, 'Politi']) expect(sent[0]!.text).not.toContain(secret);
  });

  it('sends nothing when intake took every call over by noon, and retries a mail the server refused', async () => {
    const { db } = use();
    const w = await buildServiceWorld(db);
    const { call } = await logCall(db, await actor(db, w.worker), w.service.id, aCall(w.member.id), { now: MORNING });
    const failing: Mailer = { from: 'x@test.example', transport: { sendMail: () => Promise.reject(new Error('SMTP down')) } };
    await expect(sendNoonNotices(db, failing, undefined, AFTER_NOON)).rejects.toThrow(/SMTP down/);
    expect(await db.selectFrom('on_call_noon_notice').select('sent_at').where('municipality_id', '=', w.member.id).executeTakeFirstOrThrow()).toEqual({ sent_at: null });

    await takeOver(db, await actor(db, w.memberLeader), call.id, call.version, { now: BEFORE_NOON });
    const { mailer, sent } = recordingMailer();
    expect(await sendNoonNotices(db, mailer, undefined, AFTER_NOON)).toBe(0);
    expect(sent).toEqual([]);
    expect((await db.selectFrom('on_call_noon_notice').select('sent_at').where('municipality_id', '=', w.member.id).executeTakeFirstOrThrow()).sent_at).not.toBeNull();
  });
});
