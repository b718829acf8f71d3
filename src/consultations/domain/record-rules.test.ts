import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecord, type RecordContext, type RecordDraft } from './record-rules.ts';

const CHILD = '11111111-1111-4111-8111-111111111111';
const names = ['Emma', 'Hansen', 'Nora'];
const consent = { givenOn: '2026-09-01', expiresOn: '2027-06-30', withdrawnOn: null, scopes: ['consultation'] as const };
const context: RecordContext = { names, consent: null, today: '2026-11-23' };

const draft = (overrides: Partial<RecordDraft> = {}): RecordDraft => ({
  mode: 'anonymous',
  childId: null,
  groupLabel: null,
  description: 'En elev på 5. trinn virker lei seg og er mye alene.',
  advice: 'Snakk med eleven og kontakt helsesykepleier.',
  followUps: [{ text: 'Kontaktlærer følger opp i to uker.' }],
  ...overrides,
});

describe('checkRecord', () => {
  it.each([
    ['a clean anonymous record', draft(), context, null],
    ['an anonymous record with a child', draft({ childId: CHILD }), context, 'child_not_allowed'],
    ['an anonymous record with a group label', draft({ groupLabel: '5B' }), context, 'group_label_not_allowed'],
    ['an anonymous record naming a child', draft({ description: 'Emma er lei seg.' }), context, 'identifying_text'],
    ['a group concern without a label', draft({ mode: 'group', groupLabel: ' ' }), context, 'group_label_required'],
    ['a group concern', draft({ mode: 'group', groupLabel: 'Jentegruppa i 7A' }), context, null],
    ['a group label with a name', draft({ mode: 'group', groupLabel: 'Noras venner' }), context, 'identifying_text'],
    ['a consented record without a child', draft({ mode: 'consented' }), context, 'child_required'],
    ['a consented record without a consent', draft({ mode: 'consented', childId: CHILD }), context, 'consent_not_valid'],
    ['a consented record under a valid consent', draft({ mode: 'consented', childId: CHILD, description: 'Emma er lei seg.' }), { ...context, consent }, null],
    ['a consented record under a withdrawn consent', draft({ mode: 'consented', childId: CHILD }), { ...context, consent: { ...consent, withdrawnOn: '2026-11-01' } }, 'consent_not_valid'],
    ['a consented record under a consent for meetings only', draft({ mode: 'consented', childId: CHILD }), { ...context, consent: { ...consent, scopes: ['team_meeting'] as const } }, 'consent_not_valid'],
  ] as const)('%s → %s', (_name, input, ctx, code) => {
    expect(checkRecord(input, ctx)?.code ?? null).toBe(code);
  });

  it('names the field and the exact span of each finding', () => {
    const problem = checkRecord(draft({ advice: 'Ring 912 34 567.', followUps: [{ text: 'Møte med Hansen' }] }), context);
    expect(problem).toEqual({
      code: 'identifying_text',
      findings: [
        { field: 'advice', kind: 'phone', start: 5, end: 15 },
        { field: 'followUps.0.text', kind: 'name', start: 9, end: 15 },
      ],
    });
  });

  it('refuses any anonymous text that holds a register name, wherever it stands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (name, before, after) => {
        const text = `${before.replace(/\p{L}/gu, '')} ${name} ${after.replace(/\p{L}/gu, '')}`;
        const problem = checkRecord(draft({ description: text }), context);
        expect(problem?.code).toBe('identifying_text');
      }),
    );
  });
});
