import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv.ts';

const BOM = '\uFEFF';

describe('formatCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(formatCsv([['a', 'b'], ['1', '2']])).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it.each([
    ['a comma', 'Fjordøy, skole', '"Fjordøy, skole"'],
    ['a double quote', 'sa "hei"', '"sa ""hei"""'],
    ['a line break', 'linje 1\nlinje 2', '"linje 1\nlinje 2"'],
    ['a carriage return', 'a\r\nb', '"a\r\nb"'],
    ['Norwegian and Danish letters', 'Ærlig Øygarden Åsane', 'Ærlig Øygarden Åsane'],
    ['an empty cell', '', ''],
  ])('quotes a cell with %s only when it must (RFC 4180)', (_title, cell, written) => {
    expect(formatCsv([[cell, 'x']])).toBe(`${BOM}${written},x\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","klikk")', `"'=HYPERLINK(""http://evil.example"",""klikk"")"`],
    ['+47 99 99 99 99', "'+47 99 99 99 99"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a=1', 'a=1'],
  ])('keeps %j from running as a formula', (cell, written) => {
    expect(formatCsv([[cell]])).toBe(`${BOM}${written}\r\n`);
  });

  it('splits on semicolons for Nordic Excel when asked, quoting cells that hold one', () => {
    expect(formatCsv([['a;b', 'c,d']], ';')).toBe(`${BOM}"a;b";c,d\r\n`);
  });
});
