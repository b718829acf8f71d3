/**
 * CSV for people who open it in a spreadsheet: RFC 4180 quoting and CRLF line ends, a
 * byte order mark so Excel reads æ, ø and å as UTF-8, and no cell that a spreadsheet would
 * run as a formula (CSV injection). Pure.
 */

const BOM = '\uFEFF';
// A spreadsheet treats a cell starting with one of these as a formula (tab and CR too, by OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats rows (the first one the header) as CSV text. Excel in a Norwegian or Danish locale
 * splits columns on `;` when the file is opened by double-click; pass `';'` for that audience.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return BOM + rows.map((row) => row.map((cell) => quote(defuse(cell), delimiter)).join(delimiter) + '\r\n').join('');
}

/** A leading single quote makes a spreadsheet show the cell as text instead of evaluating it. */
function defuse(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
