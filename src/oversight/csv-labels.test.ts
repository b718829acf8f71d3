import { describe, expect, it } from 'vitest';
import { toCsv, type AccessRecord } from '../kernel/audit/access-report.ts';
import { csvOptionsFor } from './csv-labels.ts';

const BOM = '\uFEFF';
const base: AccessRecord = {
  occurredAt: new Date('2026-11-20T09:15:00Z'),
  resourceType: 'child',
  staffId: '5f0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d',
  staffName: 'Kari Nordmann',
  role: 'staff',
  unitId: '9a0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d',
  unitName: 'Elvestad skole',
  action: 'read',
  purpose: null,
  outcome: 'allowed',
  emergency: false,
};
const records: AccessRecord[] = [
  { ...base, occurredAt: new Date('2026-11-21T13:00:00Z'), role: 'leader', staffName: 'Lise Leder', unitName: 'Elvestad kommune', purpose: 'access report' },
  { ...base, occurredAt: new Date('2026-11-20T10:00:00Z'), resourceType: 'register', action: 'read' },
  { ...base, occurredAt: new Date('2026-11-20T09:15:00Z'), role: 'on_call_worker', action: 'break_glass', outcome: 'denied', emergency: true, purpose: 'Politiet ringte' },
];

// The expected lines are written by hand from what the access report page shows in each
// language, not from the message tables the code reads.
describe('the access report CSV', () => {
  it('writes every coded column in bokmål words, in the order given', () => {
    expect(toCsv(records, csvOptionsFor('nb')).split('\r\n')).toEqual([
      `${BOM}Tidspunkt;Person;Rolle;Enhet;Handling;Gjelder;Formål;Utfall;Nødtilgang`,
      '2026-11-21 14:00:00;Lise Leder;Leder;Elvestad kommune;Åpnet;Barnets opplysninger;Innsyn: hvem har sett opplysningene;Tillatt;Nei',
      '2026-11-20 11:00:00;Kari Nordmann;Ansatt;Elvestad skole;Så en liste der barnet står;En liste der barnet står;;Tillatt;Nei',
      '2026-11-20 10:15:00;Kari Nordmann;Vaktmedarbeider;Elvestad skole;Tok i bruk nødtilgang;Barnets opplysninger;Politiet ringte;Avvist;Ja',
      '',
    ]);
  });

  it('writes Danish words for a Danish leader', () => {
    const [header, first] = toCsv(records.slice(0, 1), csvOptionsFor('da')).split('\r\n');
    expect(header).toBe(`${BOM}Tidspunkt;Person;Rolle;Enhed;Handling;Vedrører;Formål;Udfald;Nødadgang`);
    expect(first).toBe('2026-11-21 14:00:00;Lise Leder;Leder;Elvestad kommune;Åbnede;Barnets oplysninger;Indsigt: hvem har set oplysningerne;Tilladt;Nej');
  });

  it('leaves no raw code in any language', () => {
    for (const locale of ['nb', 'nn', 'da', 'en'] as const) {
      const cells = toCsv(records, csvOptionsFor(locale)).split('\r\n').slice(1).flatMap((line) => line.split(/[;,]/));
      for (const code of ['staff', 'leader', 'on_call_worker', 'read', 'break_glass', 'allowed', 'denied', 'register', 'access report']) {
        expect(cells, `${locale}: ${code}`).not.toContain(code);
      }
    }
  });
});
