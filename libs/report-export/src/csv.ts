import { assertTable, cellText, wellFormed, type ReportColumn, type ReportTable } from './report-table.js';

/** UTF-8 byte order mark: without it Excel reads a CSV in the local ANSI code page and garbles Chinese. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"):
 * = + - @, and tab / carriage return, which some programs strip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One text field, RFC 4180 escaped: a leading formula character is neutralised with a
 * single quote (the cell shows `'=1+2` as text, never evaluates it), and a field holding a
 * quote, comma, CR or LF is quoted with inner quotes doubled.
 */
export function csvTextField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Numeric and date cells passed {@link cellText}'s strict patterns (digits, one minus, one
 * point, dashes of a date), so they are written bare: a negative amount stays the number
 * -12.50 rather than the text '-12.50.
 */
function field(column: ReportColumn, text: string | null): string {
  if (text === null) return '';
  return column.type === 'text' ? csvTextField(wellFormed(text)) : text;
}

/**
 * The table as CSV bytes: RFC 4180 (comma, CRLF after every record, header first), UTF-8 with a
 * BOM. Decimals are written with exactly the digits the table holds; percent columns hold the
 * fraction (0.25), since CSV has no number formats.
 */
export function writeCsv(table: ReportTable): Uint8Array {
  assertTable(table);
  const lines = [table.columns.map((c) => csvTextField(wellFormed(c.header))).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((column, i) => field(column, cellText(column, row[i]))).join(','));
  }
  return new TextEncoder().encode(BOM + lines.join(CRLF) + CRLF);
}
