import { expect, it } from 'vitest';
import { buildReceivedReport } from '../concern-reports/factories.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildServiceWorld } from './factories.ts';
import { noteReportOutsideOfficeHours } from './report-notice-repo.ts';
import { listCalls } from './service.ts';

const MORNING = new Date('2026-11-24T08:00:00Z');

describeEachEngine('concern reports in the night’s log', (use) => {
  it('lists a report received outside office hours about a municipality of the service, linked only for whoever may open it', async () => {
    const { db } = use();
    const w = await buildServiceWorld(db);
    const receive = async (municipalityId: string, at: string) => {
      const receivedAt = new Date(at);
      const reportId = await buildReceivedReport(db, { reporter_staff_id: w.worker, reporter_unit_id: w.service.id, municipality_id: municipalityId, received_at: receivedAt });
      await db.transaction().execute((trx) => noteReportOutsideOfficeHours(trx, { reportId, municipalityId, receivedAt }));
      return reportId;
    };
    await receive(w.member.id, '2026-11-23T23:10:00Z'); // 00:10 on Tuesday in Oslo: outside office hours
    const aboutHost = await receive(w.host.id, '2026-11-23T19:30:00Z'); // 20:30 on Monday
    await receive(w.member.id, '2026-11-23T10:00:00Z'); // 11:00 on Monday: intake is in
    await receive(w.outside.id, '2026-11-23T22:00:00Z'); // not a municipality of the service

    const night = await listCalls(db, await actor(db, w.worker), w.service.id, '2026-11-23', { now: MORNING });
    expect(night.reports).toEqual([
      { receivedAt: '2026-11-23T19:30:00.000Z', municipality: { id: w.host.id, name: 'Fjordøy' }, reportId: null },
      { receivedAt: '2026-11-23T23:10:00.000Z', municipality: { id: w.member.id, name: 'Sundvik' }, reportId: null },
    ]);
    // The host's leader may open the host's reports at intake, not Sundvik's.
    const asLeader = await listCalls(db, await actor(db, w.hostLeader), w.service.id, '2026-11-23', { now: MORNING });
    expect(asLeader.reports.map((r) => r.reportId)).toEqual([aboutHost, null]);
    expect((await listCalls(db, await actor(db, w.worker), w.service.id, '2026-11-22', { now: MORNING })).reports).toEqual([]);
  });
});
