import { describe, expect, it } from 'vitest';
import { findIdentifying } from './guard.ts';

// Written by hand from how teachers write birth dates in each language; the expected span is
// the date itself.
describe('birth dates', () => {
  it.each([
    ['nb', 'Født 29.02.2020, går i 1A.', '29.02.2020'],
    ['nb', 'Jenta er født den 3. mars 2019.', '3. mars 2019'],
    ['nb', 'Fødselsdato: 2019-03-03.', '2019-03-03'],
    ['nb', 'Gutten (f. 12.11.18) har mye fravær.', '12.11.18'],
    ['nn', 'Ho er fødd 7/4-2018 og bur med mor.', '7/4-2018'],
    ['nn', 'Guten vart fødd i 14. desember 2017.', '14. desember 2017'],
    ['da', 'Barnet er født d. 29/2-2020.', '29/2-2020'],
    ['da', 'Pigen, født 1. maj 2016, går i 4.b.', '1. maj 2016'],
    ['da', 'Fødselsdag 05.06.2015, klasse 3A.', '05.06.2015'],
    ['en', 'Born 29.02.2020, the only girl in 1A.', '29.02.2020'],
    ['en', 'Date of birth: February 29, 2020.', 'February 29, 2020'],
  ])('refuses a %s birth date: %j', (_language, text, date) => {
    expect(findIdentifying(text).map((f) => [f.kind, f.text])).toEqual([['birth_date', date]]);
  });

  it.each([
    ['nb', 'Møte 29.02.2028 kl. 14.00 i rom 2.14.'],
    ['nb', 'Hun er født i 2020 og går i 1A.'],
    ['nb', 'Bursdagen er 29. februar, og vi feirer i klassen.'],
    ['nb', 'Fraværet startet 12.03.2025; neste møte er 2025-04-02.'],
    ['nn', 'Møtet er flytta til 3. mars 2026, f.eks. i rom 12.'],
    ['nn', 'Ho vart fødd i 2019, og skulestart var 19.08.2025.'],
    ['da', 'Mødet den 29/2-2028 er aflyst.'],
    ['da', 'Barnet blev født for tidligt. Samtalen var 4. maj 2026.'],
    ['da', 'Født 31.02.2020 er ikke en rigtig dato.'],
  ])('lets a %s date without birth context through: %j', (_language, text) => {
    expect(findIdentifying(text)).toEqual([]);
  });
});
