import { describe, expect, it } from 'vitest';
import { findPhones } from './phones.ts';

describe('findPhones', () => {
  it.each([
    ['Mor kan nås på 91234567.', '91234567'],
    ['Ring far på 912 34 567 etter kl. 16.', '912 34 567'],
    ['Telefon: 91 23 45 67', '91 23 45 67'],
    ['Kontoret har 22 33 44 55 som nummer.', '22 33 44 55'],
    ['Bestemor (tlf +47 91234567) hentar.', '+47 91234567'],
    ['Nummeret er +47 912 34 567.', '+47 912 34 567'],
    ['Far svarer på +4741234567', '+4741234567'],
    ['Ring 0047 41234567 i kveld', '0047 41234567'],
    ['Mor: +45 20 12 34 56.', '+45 20 12 34 56'],
    ['Faren har 0045 2012 3456.', '0045 2012 3456'],
    ['Skolen ringede til 20 12 34 56 i går.', '20 12 34 56'],
    ['Moster på 004520123456!', '004520123456'],
    ['Mobil 98765432, fast 55 66 77 88', '98765432'],
    ['Ho har nummeret 912\u00A034\u00A0567.', '912\u00A034\u00A0567'],
    ['Ring 912-34-567 etter skoletid.', '912-34-567'],
    ['Tlf. 22-33-44-55.', '22-33-44-55'],
    ['Mor (tlf. 22.33.44.55) svarer.', '22.33.44.55'],
    ['Ring 912.34.567 i dag.', '912.34.567'],
    ['Far: +47 912.34.567', '+47 912.34.567'],
    ['Mobil (+47) 912 34 567.', '(+47) 912 34 567'],
    ['Mobil (+45) 20123456.', '(+45) 20123456'],
  ])('finds the phone number in %j', (text, phone) => {
    const start = text.indexOf(phone);
    expect(findPhones(text)[0]).toEqual({ kind: 'phone', start, end: start + phone.length, text: phone });
  });

  it('finds two numbers written next to each other', () => {
    expect(findPhones('Tlf 22 33 44 55 / 91234567').map((finding) => finding.text)).toEqual(['22 33 44 55', '91234567']);
  });

  it.each([
    ['an amount grouped in threes', 'Huset kostet 12 500 000 i fjor.'],
    ['an amount grouped in threes from 2', 'Budsjettet er 22 500 000 for hele kommunen.'],
    ['an unsplit amount with kr after', 'Tilskuddet var 22500000 kr.'],
    ['an unsplit amount with kr before', 'Tilskuddet var kr 22500000.'],
    ['an unsplit amount with kroner', 'Tilskuddet var 45000000 kroner totalt.'],
    ['an amount written with ,-', 'Prisen var 35000000,- samlet.'],
    ['an amount in DKK', 'Bevillingen er DKK 25000000 i år.'],
    ['a school-year range', 'Skoleåret 2024 2025 var travelt.'],
    ['an unsplit date', 'Filen heter rapport 20250312.'],
    ['a dotted date', 'Møtet 22.03.2025 ble flyttet.'],
    ['a dashed date', 'Møtet 2025-03-22 ble flyttet.'],
    ['a number starting with 1', 'Saken har nummer 12345678.'],
    ['a number starting with 0', 'Kunde 01234567 er registrert.'],
    ['seven digits', 'Det er 9123456 av dem.'],
    ['nine digits', 'Organisasjonsnummer 912 345 678.'],
    ['an eleven-digit identity number', 'Fnr 01019012480.'],
    ['a phone number glued to letters', 'Koden er A91234567B.'],
    ['a decimal', 'Snittet var 91234567,5 poeng.'],
    ['two dates with hyphens', 'Ferien varer 22-03 24-05.'],
    ['a list of weeks', 'Hun var borte i uke 22 23 24 25 26, og i uge 33 34 35 36.'],
    ['a dotted date', 'Innen 22.03.2025 må vi svare.'],
    ['a dotted version number', 'Versjon 22.33.44 er installert.'],
    ['dotted groups in a longer number', 'Koden 1.22.33.44.55 virker ikke.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(findPhones(text)).toEqual([]);
  });
});
