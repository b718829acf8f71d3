import { describe, expect, it } from 'vitest';
import type { FindingKind } from './finding.ts';
import { findNationalIds } from './national-ids.ts';

// The numbers are the kernel's own test numbers (control digits computed independently there).
describe('findNationalIds', () => {
  it.each<[string, string, FindingKind]>([
    ['Fnr. 01019012480 ble oppgitt.', '01019012480', 'national_id'],
    ['Fødselsnummer 010190 12480 står i skjemaet.', '010190 12480', 'national_id'],
    ['Nummeret 010190-12480 var skrive feil.', '010190-12480', 'national_id'],
    ['Jenta har nr 010 190 124 80.', '010 190 124 80', 'national_id'],
    ['Eleven (15058545640) flyttet.', '15058545640', 'national_id'],
    ['D-nummer: 41019012393.', '41019012393', 'd_number'],
    ['H-nummeret 01509012330 frå helsestasjonen.', '01509012330', 'national_id'],
    ['Testperson 01819012365 i demoen.', '01819012365', 'national_id'],
    ['CPR 010190-1234 er noteret.', '010190-1234', 'cpr'],
    ['Barnets cpr-nr. er 0101901234.', '0101901234', 'cpr'],
    ['cpr 010190 1234 og mere', '010190 1234', 'cpr'],
    ['cpr 01 01 90 1234', '01 01 90 1234', 'cpr'],
    ['Personnummer: 01 01 90 12480', '01 01 90 12480', 'national_id'],
    ['Fnr 010190 124 80 ble brukt.', '010190 124 80', 'national_id'],
    ['Erstatningsnummer 6101901234 fra sygehuset.', '6101901234', 'cpr'],
    ['Født 29. februar: 2902004123.', '2902004123', 'cpr'],
  ])('finds the number in %j', (text, number, kind) => {
    const start = text.indexOf(number);
    expect(findNationalIds(text)).toEqual([{ kind, start, end: start + number.length, text: number }]);
  });

  it.each([
    ['a wrong second control digit', 'Fnr. 01019012481 ble oppgitt.'],
    ['a wrong first control digit', 'Fnr. 01019012490 ble oppgitt.'],
    ['an invalid date (31 April)', 'Nummeret 31049012392 er feil.'],
    ['a CPR day that does not exist', 'cpr 3213901234'],
    ['a CPR month that does not exist', 'cpr 0113901234'],
    ['a CPR number split oddly', 'nr 0101 90 1234'],
    ['twelve digits', 'Kontonummer 010190124800.'],
    ['a number glued to letters', 'ref01019012480x'],
    ['an account number', 'Konto 1503 12 34567 i banken.'],
    ['an account number that passes the checks of an identity number', 'Konto 1085 29 86137 i banken.'],
    ['a room number and a date that pass the checks side by side', 'Møtet i rom 235 2024-08-10 gikk bra.'],
    ['a number split oddly', 'Koden 0101 9012 480 virker ikke.'],
    ['a number with mixed joiners', 'Nummeret 010190-124 80 er skrevet rart.'],
    ['a date', 'Møtet var 01.01.1990 kl. 12.34.'],
    ['an ISO date with a serial', 'Sak 2025-03-12-1234 er lukket.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(findNationalIds(text)).toEqual([]);
  });
});
