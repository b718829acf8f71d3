import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSyntheticNorwegianId } from '../../kernel/national-id/norwegian.ts';
import type { ReportContent } from '../content-schema.ts';
import { buildContent } from '../factories.ts';
import ksExample from '../fiks-io/offentligBekymringsmeldingV2.json' with { type: 'json' };
import { validateFiksMessage } from '../fiks-io/validate.ts';
import { checkCompleteness, isSubmittable } from './completeness.ts';
import { toFiksMessage } from './fiks-export.ts';

const municipality = { code: '3199', name: 'Heimvik' };
const sentAt = new Date('2026-11-23T09:15:00Z');

describe('the schema copy', () => {
  it("accepts KS's own example once its send time names a time zone, as RFC 3339 date-time requires", () => {
    expect(validateFiksMessage({ ...ksExample, sendingstidspunkt: '2020-03-16T13:29:33+01:00' })).toEqual([]);
    expect(validateFiksMessage(ksExample)).toEqual([{ path: '/sendingstidspunkt', keyword: 'format' }]);
  });

  it('refuses a message without guardians or with a line break in a name', () => {
    const message = toFiksMessage({ content: buildContent(), municipality, sentAt });
    expect(validateFiksMessage({ ...message, foresatte: [] })).toEqual([{ path: '/foresatte', keyword: 'minItems' }]);
    const broken = { ...message, offentligMelder: { ...message.offentligMelder, personnavn: 'Kari\nLærer' } };
    expect(validateFiksMessage(broken)).toEqual([{ path: '/offentligMelder/personnavn', keyword: 'pattern' }]);
  });
});

describe('toFiksMessage', () => {
  it('maps every section to its field', () => {
    const message = toFiksMessage({ content: buildContent(), municipality, sentAt });
    expect(validateFiksMessage(message)).toEqual([]);
    expect(message).toMatchObject({
      kommunenummer: '3199',
      kommunenavn: 'Heimvik',
      offentligMelder: { personnavn: 'Kari Lærer', rolle: 'Kontaktlærer', telefonnummer: '+47 900 00 000' },
      offentligBarn: [{ ufoedt: false, personnavn: 'Ola Testesen', orientert: false }],
      foresatte: [{ personnavn: 'Mor Testesen', orientert: false, orientertGrunn: 'Mistanke om vold i hjemmet.' }],
      sendingstidspunkt: '2026-11-23T09:15:00.000Z',
    });
    expect(message.melding.melding).toBe(
      '2026-11-16: Eleven kom på skolen med blåmerker på begge overarmene og ville ikke ta av jakken.\n' +
        'Barnets egne ord: «Pappa blir så sint når jeg søler.»',
    );
  });

  it('sends an unborn child without an identity number', () => {
    const content = buildContent((c) => void Object.assign(c.child, { unborn: true, nationalId: '', givenName: '', familyName: '' }));
    const message = toFiksMessage({ content, municipality, sentAt });
    expect(message.offentligBarn[0]).toMatchObject({ fnr: '', ufoedt: true });
    expect(validateFiksMessage(message)).toEqual([]);
  });

  it('exports every complete report so that it validates against the schema', () => {
    const line = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    const prose = fc.string({ unit: 'grapheme', maxLength: 200 });
    const told = fc.record({ told: fc.boolean(), notToldReason: line });
    const digits = fc.stringMatching(/^[0-9]{1,4}$/);
    const phone = fc.tuple(fc.boolean(), fc.array(digits, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-', '  '));
    const emailPart = fc.stringMatching(/^[a-zæøå0-9_-]{1,10}$/);
    const arbitraryContent = fc.record({
      child: fc.record({
        unborn: fc.boolean(),
        nationalId: fc.integer({ min: 0, max: 3000 }).map((n) => makeSyntheticNorwegianId('2015-02-03', 500 + (n % 250)) ?? ''),
        givenName: line,
        familyName: line,
        address: fc.record({ line1: line, postalCode: digits, postalTown: prose }),
        told,
      }),
      guardians: fc.array(fc.record({ name: line, phone: prose, told }), { minLength: 1, maxLength: 2 }),
      observations: fc.array(fc.record({ date: fc.constantFrom('', '2026-11-02'), what: line, childsWords: prose }), {
        minLength: 1,
        maxLength: 3,
      }),
      duration: line,
      actionsTaken: line,
      interpreter: prose,
      otherAgencies: prose,
      reporter: fc.record({
        name: line,
        role: line,
        phone,
        email: fc.tuple(emailPart, emailPart, fc.constantFrom('no', 'dk', 'kommune.no')),
        workplace: line,
        orgNumber: prose,
        workplaceAddress: fc.record({ line1: line, postalCode: digits, postalTown: prose }),
      }),
    });
    fc.assert(
      fc.property(arbitraryContent, (a) => {
        const content: ReportContent = {
          ...a,
          child: { ...a.child, told: a.child.told.told, notToldReason: a.child.told.notToldReason },
          guardians: a.guardians.map((g) => ({ ...g, told: g.told.told, notToldReason: g.told.notToldReason })),
          reporter: {
            ...a.reporter,
            phone: `${a.reporter.phone[0] ? '+' : ''}${a.reporter.phone[1].join(a.reporter.phone[2])}`,
            email: `${a.reporter.email[0]}@${a.reporter.email[1]}.${a.reporter.email[2]}`,
          },
        };
        fc.pre(isSubmittable(checkCompleteness(content, 'NO')));
        return validateFiksMessage(toFiksMessage({ content, municipality, sentAt })).length === 0;
      }),
      { numRuns: 300 },
    );
  });
});
