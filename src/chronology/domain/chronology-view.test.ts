import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionKinds } from '../../concern-reports/domain/feedback.ts';
import type { Role } from '../../kernel/db/tables.ts';
import { reportAnswerFor, showsReferral, showsTalk, type ChronologyViewer, type ReportFacts, type TalkFacts } from './chronology-view.ts';

const school = 'school';
const kindergarten = 'kindergarten';
const oslo = 'oslo';
const bergen = 'bergen';

const viewer = (role: Role, unitId = school, municipalityId = oslo): ChronologyViewer => ({ role, unitId, municipalityId });
const intake = viewer('intake_worker', 'intake-unit');
const contact = viewer('network_contact');
const leader = viewer('unit_leader');

const report = (overrides: Partial<ReportFacts> = {}): ReportFacts => ({
  reporterUnitId: school,
  municipalityId: oslo,
  country: 'NO',
  decision: 'acute_measure',
  decidedOn: '2026-11-20',
  ...overrides,
});

describe('reportAnswerFor', () => {
  it.each([
    ['intake, own queue', intake, report(), { seen: 'decision', decision: 'acute_measure', decidedOn: '2026-11-20' }],
    ['intake, undecided', intake, report({ decision: null, decidedOn: null }), { seen: 'decision', decision: null, decidedOn: null }],
    ['intake, another municipality’s queue', intake, report({ municipalityId: bergen }), null],
    ['network contact, own unit’s report, acute measure', contact, report(), { seen: 'feedback', investigationOpened: true }],
    ['unit leader, own unit’s report, closed', leader, report({ decision: 'closed_after_review' }), { seen: 'feedback', investigationOpened: false }],
    ['unit leader, undecided', leader, report({ decision: null, decidedOn: null }), { seen: 'feedback', investigationOpened: null }],
    ['Danish network contact, investigation', contact, report({ country: 'DK', decision: 'investigation_opened' }), { seen: 'feedback', investigationOpened: true }],
    ['network contact, another unit’s report', contact, report({ reporterUnitId: kindergarten }), null],
  ] as const)('%s', (_title, who, facts, expected) => {
    expect(reportAnswerFor(who, facts)).toEqual(expected);
  });

  it('never tells anyone but intake the decision itself', () => {
    const role = fc.constantFrom<Role>('network_contact', 'unit_leader', 'staff', 'leader', 'on_call_worker');
    const facts = fc.record({
      reporterUnitId: fc.constantFrom(school, kindergarten),
      municipalityId: fc.constantFrom(oslo, bergen),
      country: fc.constantFrom('NO' as const, 'DK' as const),
      decision: fc.option(fc.constantFrom(...decisionKinds), { nil: null }),
      decidedOn: fc.option(fc.constant('2026-11-20'), { nil: null }),
    });
    fc.assert(
      fc.property(role, facts, (r, f) => {
        const answer = reportAnswerFor(viewer(r), f);
        expect(answer === null || answer.seen === 'feedback').toBe(true);
      }),
    );
  });
});

describe('showsTalk and showsReferral', () => {
  const talk = (noticeStatus: TalkFacts['noticeStatus'], unitId = school, municipalityId = oslo): TalkFacts => ({ unitId, municipalityId, noticeStatus });

  it.each([
    ['network contact, notice given at own unit', contact, talk('given'), true],
    ['unit leader, notice given at own unit', leader, talk('given'), true],
    ['network contact, notice given at another unit', contact, talk('given', kindergarten), false],
    ['intake, notice given in its municipality', intake, talk('given', kindergarten), true],
    ['intake, notice given in another municipality', intake, talk('given', school, bergen), false],
    ['network contact, notice withheld', contact, talk('withheld'), false],
    ['unit leader, notice withheld', leader, talk('withheld'), false],
    ['intake, notice withheld (shown as the referral instead)', intake, talk('withheld'), false],
    ['network contact, notice drafted', contact, talk('drafted'), false],
    ['intake, no notice yet', intake, talk('none'), false],
  ] as const)('%s: %s', (_title, who, facts, expected) => {
    expect(showsTalk(who, facts)).toBe(expected);
  });

  it.each([
    ['intake of the municipality', intake, oslo, true],
    ['intake of another municipality', intake, bergen, false],
    ['network contact', contact, oslo, false],
    ['unit leader', leader, oslo, false],
  ] as const)('referral, %s: %s', (_title, who, municipalityId, expected) => {
    expect(showsReferral(who, { municipalityId })).toBe(expected);
  });

  it('never shows a withheld notice to anyone outside intake, in any form', () => {
    const role = fc.constantFrom<Role>('network_contact', 'unit_leader', 'staff', 'leader', 'on_call_worker');
    fc.assert(
      fc.property(role, fc.constantFrom(school, kindergarten), fc.constantFrom(oslo, bergen), (r, unitId, municipalityId) => {
        const reader = viewer(r, unitId, municipalityId);
        expect(showsTalk(reader, talk('withheld', unitId, municipalityId))).toBe(false);
        expect(showsReferral(reader, { municipalityId })).toBe(false);
      }),
    );
  });
});
