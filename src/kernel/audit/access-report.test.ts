import { describe, expect, it } from 'vitest';
import { toCsv, type AccessRecord } from './access-report.ts';

const BOM = '\uFEFF';
const record: AccessRecord = {
  occurredAt: new Date('2026-07-01T10:05:09.500Z'),
  resourceType: 'child',
  staffId: '5f0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d',
  staffName: 'Åse Øyen',
  role: 'intake_worker',
  unitId: '9a0c6a3e-8a4b-4d47-9a35-0e1f2a3b4c5d',
  unitName: 'Barnevernet i Fjordøy',
  action: 'read',
  purpose: 'Vurdering av melding',
  outcome: 'allowed',
  emergency: false,
};

describe('toCsv', () => {
  it('writes a header and one line per access, in Norwegian local time', () => {
    expect(toCsv([record])).toBe(
      `${BOM}Time,Staff,Role,Unit,Action,Record,Purpose,Outcome,Emergency access\r\n` +
        "2026-07-01 12:05:09,Åse Øyen,intake_worker,Barnevernet i Fjordøy,read,the child's record,Vurdering av melding,allowed,no\r\n",
    );
  });

  it('shows a deleted person and unit by id, and a system job as such', () => {
    const csv = toCsv([
      { ...record, staffName: null, unitName: null },
      { ...record, staffId: null, staffName: null, role: null, unitId: null, unitName: null, emergency: true },
    ]);
    const [, deleted, system] = csv.split('\r\n');
    expect(deleted).toBe(
      `2026-07-01 12:05:09,${record.staffId},intake_worker,${record.unitId},read,the child's record,Vurdering av melding,allowed,no`,
    );
    expect(system).toBe("2026-07-01 12:05:09,System,,,read,the child's record,Vurdering av melding,allowed,yes");
  });

  it('takes translated labels, another time zone and a semicolon', () => {
    const labels = {
      time: 'Tidspunkt',
      staff: 'Medarbejder',
      role: 'Rolle',
      unit: 'Enhed',
      action: 'Handling',
      record: 'Oplysninger',
      purpose: 'Formål',
      outcome: 'Udfald',
      emergency: 'Nødadgang',
      system: 'System',
      yes: 'ja',
      no: 'nej',
    };
    const csv = toCsv([{ ...record, occurredAt: new Date('2026-01-15T23:30:00Z') }], { labels, timeZone: 'UTC', delimiter: ';' });
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      `${BOM}Tidspunkt;Medarbejder;Rolle;Enhed;Handling;Oplysninger;Formål;Udfald;Nødadgang`,
      '2026-01-15 23:30:00;Åse Øyen;intake_worker;Barnevernet i Fjordøy;read;child;Vurdering av melding;allowed;nej',
    ]);
  });

  it('defuses a purpose written to run as a formula', () => {
    expect(toCsv([{ ...record, purpose: '=cmd|"/c calc"!A1' }])).toContain(`,"'=cmd|""/c calc""!A1",`);
  });
});
