import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalise, canonicaliseSealed, hashEvent, hashSealedEvent, verifyChain, type AuditContent, type ChainedEvent } from './chain.ts';

const sample: AuditContent = {
  occurredAt: new Date('2026-11-23T08:15:30.120Z'),
  actorStaffId: '5f0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d',
  actorRole: 'intake_worker',
  actorUnitId: null,
  action: 'read',
  resourceType: 'child',
  resourceId: 'c-42',
  purpose: 'Bekymringsmelding fra skolen – vurdering',
  outcome: 'allowed',
  emergency: false,
  childId: null,
};

/**
 * Links contents into a chain with ids 1, 2, 3, …: the first `legacy` the way requests chained
 * them before sealing, the rest the way the sealer does (a log that was migrated holds both).
 */
function chainOf(contents: readonly AuditContent[], legacy = Math.ceil(contents.length / 2)): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prevHash = GENESIS_HASH;
  contents.forEach((content, index) => {
    const sealed = index >= legacy;
    const hash = (sealed ? hashSealedEvent : hashEvent)(prevHash, content);
    events.push({ ...content, id: String(index + 1), prevHash, hash, sealed });
    prevHash = hash;
  });
  return events;
}

describe('canonicalise and hashEvent', () => {
  it('serialise to a pinned form, so that a code change cannot silently break stored chains', () => {
    // Written by hand; the digest comes from `printf '%s' <this text> | sha256sum`.
    const text =
      '{"format":"tidlig-audit/1","prevHash":"' +
      GENESIS_HASH +
      '","occurredAt":"2026-11-23T08:15:30.120Z","actorStaffId":"5f0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d",' +
      '"actorRole":"intake_worker","actorUnitId":null,"action":"read","resourceType":"child","resourceId":"c-42",' +
      '"purpose":"Bekymringsmelding fra skolen – vurdering","outcome":"allowed","emergency":false}';
    expect(canonicalise(GENESIS_HASH, sample)).toBe(text);
    expect(hashEvent(GENESIS_HASH, sample)).toBe('31ecaf582e6906ea8ed767682d8eff552688e10aa396d1fc2ec2a6cfad0b8144');
  });

  it('add the child after every other field only when the event names one, so events written before the column still verify', () => {
    const child = '0b7c9d2e-1f3a-4c5b-8d6e-7f8091a2b3c4';
    const text =
      '{"format":"tidlig-audit/1","prevHash":"' +
      GENESIS_HASH +
      '","occurredAt":"2026-11-23T08:15:30.120Z","actorStaffId":"5f0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d",' +
      '"actorRole":"intake_worker","actorUnitId":null,"action":"read","resourceType":"child","resourceId":"c-42",' +
      `"purpose":"Bekymringsmelding fra skolen – vurdering","outcome":"allowed","emergency":false,"childId":"${child}"}`;
    expect(canonicalise(GENESIS_HASH, { ...sample, childId: child })).toBe(text);
    expect(hashEvent(GENESIS_HASH, { ...sample, childId: child })).toBe('fd780738322bbb50c1df2fb3f6f54a4ed9c1106de08bb9143cf445544e9a4b0e');
  });

  it('serialise a sealed event to a pinned array, every field present, as PostgreSQL writes it', () => {
    // Written by hand; the digest comes from `printf '%s' <this text> | sha256sum`.
    const text =
      '["tidlig-audit/2","' +
      GENESIS_HASH +
      '","2026-11-23T08:15:30.120Z","5f0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d","intake_worker",null,"read","child","c-42",' +
      '"Bekymringsmelding fra skolen – vurdering","allowed",false,null]';
    expect(canonicaliseSealed(GENESIS_HASH, sample)).toBe(text);
    expect(hashSealedEvent(GENESIS_HASH, sample)).toBe('5ab9239844d8312235cffc00c045e75772ef38d5df8238eae31007ef16db3e34');
  });

  it('verify a sealed event only by the sealed format, and an earlier one only by the first', async () => {
    const [legacy, sealed] = chainOf([sample, { ...sample, resourceId: 'c-43' }], 1);
    if (!legacy || !sealed) throw new Error('two events');
    expect(await verifyChain([legacy, sealed])).toMatchObject({ ok: true, count: 2 });
    expect(await verifyChain([{ ...legacy, sealed: true }, sealed])).toMatchObject({ ok: false, reason: 'hash_mismatch', brokenAt: '1' });
    expect(await verifyChain([legacy, { ...sealed, sealed: false }])).toMatchObject({ ok: false, reason: 'hash_mismatch', brokenAt: '2' });
  });

  it('do not depend on the order the caller built the object in, nor on the time zone of the Date', () => {
    const reordered: AuditContent = Object.fromEntries(Object.entries(sample).reverse()) as unknown as AuditContent;
    expect(hashEvent(GENESIS_HASH, reordered)).toBe(hashEvent(GENESIS_HASH, sample));
    const sameInstant = new Date(Date.parse('2026-11-23T09:15:30.120+01:00'));
    expect(hashEvent(GENESIS_HASH, { ...sample, occurredAt: sameInstant })).toBe(hashEvent(GENESIS_HASH, sample));
  });

  it('tell null from an empty string, and the previous hash matters', () => {
    expect(hashEvent(GENESIS_HASH, { ...sample, purpose: '' })).not.toBe(hashEvent(GENESIS_HASH, { ...sample, purpose: null }));
    expect(hashEvent('f'.repeat(64), sample)).not.toBe(hashEvent(GENESIS_HASH, sample));
  });
});

describe('verifyChain', () => {
  const events = chainOf([
    sample,
    { ...sample, action: 'update', resourceId: 'c-43' },
    { ...sample, actorStaffId: null, actorRole: null, action: 'login_failed', resourceType: 'session', resourceId: null },
    { ...sample, emergency: true, action: 'break_glass', purpose: 'Akutt: politiet ringte' },
  ]);
  const at = (index: number) => events[index] as ChainedEvent;

  it.each<[string, () => Iterable<ChainedEvent>, unknown]>([
    ['an empty log', () => [], { ok: true, count: 0, head: GENESIS_HASH }],
    ['an intact log', () => events, { ok: true, count: 4, head: at(3).hash }],
    [
      'a changed purpose',
      () => events.map((e, i) => (i === 1 ? { ...e, purpose: 'endret' } : e)),
      { ok: false, count: 1, reason: 'hash_mismatch', brokenAt: '2' },
    ],
    [
      'a changed event whose hash was recomputed to match',
      () => events.map((e, i) => (i === 1 ? { ...e, purpose: 'endret', hash: hashEvent(e.prevHash, { ...e, purpose: 'endret' }) } : e)),
      { ok: false, count: 2, reason: 'prev_mismatch', brokenAt: '3' },
    ],
    ['a removed middle event', () => events.filter((_, i) => i !== 1), { ok: false, count: 1, reason: 'prev_mismatch', brokenAt: '3' }],
    ['a removed first event', () => events.slice(1), { ok: false, count: 0, reason: 'prev_mismatch', brokenAt: '2' }],
    ['two events swapped', () => [at(0), at(2), at(1), at(3)], { ok: false, count: 1, reason: 'prev_mismatch', brokenAt: '3' }],
    ['a gap in the ids alone', () => events.map((e, i) => ({ ...e, id: String(i * 10) })), { ok: true, count: 4, head: at(3).hash }],
  ])('judges %s', async (_title, input, verdict) => {
    expect(await verifyChain(input())).toEqual(verdict);
  });

  it('cannot see a removed newest event by linkage, but an anchor noted before can', async () => {
    const anchor = at(3).hash;
    expect(await verifyChain(events.slice(0, 3))).toMatchObject({ ok: true, count: 3 });
    expect(await verifyChain(events.slice(0, 3), { anchor })).toEqual({
      ok: false,
      count: 3,
      reason: 'anchor_missing',
      brokenAt: null,
    });
    expect(await verifyChain(events, { anchor: at(1).hash })).toMatchObject({ ok: true, count: 4 });
    expect(await verifyChain([], { anchor: GENESIS_HASH })).toMatchObject({ ok: true, count: 0 });
  });

  it('reads an async iterable, page by page', async () => {
    async function* pages() {
      yield* events;
    }
    expect(await verifyChain(pages())).toEqual({ ok: true, count: 4, head: at(3).hash });
  });
});

describe('verifyChain properties', () => {
  const nullable = (text: fc.Arbitrary<string>) => fc.option(text, { nil: null });
  const content: fc.Arbitrary<AuditContent> = fc.record({
    occurredAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    actorStaffId: nullable(fc.uuid()),
    actorRole: nullable(fc.constantFrom('staff', 'leader', 'intake_worker')),
    actorUnitId: nullable(fc.uuid()),
    action: fc.constantFrom('read', 'create', 'update', 'delete', 'export'),
    resourceType: fc.constantFrom('child', 'case', 'family'),
    resourceId: nullable(fc.string({ minLength: 1 })),
    purpose: nullable(fc.string({ unit: 'grapheme' })),
    outcome: fc.constantFrom('allowed', 'denied', 'failed'),
    emergency: fc.boolean(),
    childId: nullable(fc.uuid()),
  });
  const chain = fc.array(content, { minLength: 1, maxLength: 12 }).map(chainOf);

  type Field = Exclude<keyof ChainedEvent, 'id'>;
  const fields: Field[] = [
    'occurredAt',
    'actorStaffId',
    'actorRole',
    'actorUnitId',
    'action',
    'resourceType',
    'resourceId',
    'purpose',
    'outcome',
    'emergency',
    'childId',
    'prevHash',
    'hash',
  ];
  /** A different value of the same kind. */
  function changed(event: ChainedEvent, field: Field): ChainedEvent {
    const value = event[field];
    if (value instanceof Date) return { ...event, [field]: new Date(value.getTime() + 1) };
    if (typeof value === 'boolean') return { ...event, [field]: !value };
    if (value === null) return { ...event, [field]: '' };
    if (field === 'prevHash' || field === 'hash') return { ...event, [field]: (value.startsWith('a') ? 'b' : 'a') + value.slice(1) };
    return { ...event, [field]: `${value}x` };
  }

  it('accepts every chain built by linking', async () => {
    await fc.assert(
      fc.asyncProperty(chain, async (events) => {
        expect(await verifyChain(events)).toEqual({ ok: true, count: events.length, head: events.at(-1)?.hash });
      }),
    );
  });

  it('names the event when any one field of any one event changes', async () => {
    const input = chain.chain((events) => fc.tuple(fc.constant(events), fc.nat(events.length - 1), fc.constantFrom(...fields)));
    await fc.assert(
      fc.asyncProperty(input, async ([events, index, field]) => {
        const tampered = events.map((e, i) => (i === index ? changed(e, field) : e));
        expect(await verifyChain(tampered)).toMatchObject({ ok: false, brokenAt: String(index + 1) });
      }),
    );
  });

  it('names the next event when any event but the newest is removed', async () => {
    const input = fc
      .array(content, { minLength: 2, maxLength: 12 })
      .map(chainOf)
      .chain((events) => fc.tuple(fc.constant(events), fc.nat(events.length - 2)));
    await fc.assert(
      fc.asyncProperty(input, async ([events, index]) => {
        const verdict = await verifyChain(events.filter((_, i) => i !== index));
        expect(verdict).toEqual({ ok: false, count: index, reason: 'prev_mismatch', brokenAt: String(index + 2) });
      }),
    );
  });

  it('catches a removed newest event given the earlier head as anchor', async () => {
    await fc.assert(
      fc.asyncProperty(chain, async (events) => {
        const anchor = events.at(-1)?.hash;
        expect(await verifyChain(events.slice(0, -1), { anchor })).toMatchObject({ ok: false, reason: 'anchor_missing' });
      }),
    );
  });

  it('catches any reordering', async () => {
    const input = fc
      .array(content, { minLength: 2, maxLength: 12 })
      .map(chainOf)
      .chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })))
      .filter(([events, shuffled]) => shuffled.some((e, i) => e !== events[i]));
    await fc.assert(
      fc.asyncProperty(input, async ([, shuffled]) => {
        expect(await verifyChain(shuffled)).toMatchObject({ ok: false, reason: 'prev_mismatch' });
      }),
    );
  });
});
