import type { Decimal } from '@app/money';

/**
 * What a column holds. Numeric kinds (integer, decimal, percent) and dates are checked
 * against strict patterns, so a numeric cell can never carry text (or a formula).
 * - `text`: any string.
 * - `integer`: a safe integer, a bigint or a string of digits.
 * - `decimal`: an exact decimal string ("1234.5600") or a `Decimal`; never a JS float.
 * - `percent`: a fraction as a decimal (0.2 = 20 %); XLSX shows it with a `%` format.
 * - `date`: an ISO calendar date `YYYY-MM-DD`.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

export interface ReportColumn {
  header: string;
  type: ColumnType;
  /**
   * Decimal places the XLSX number format shows for decimal and percent columns (default 2:
   * `#,##0.00` for money, `0.00%` for ratios). Display only: the stored value is never rounded.
   */
  places?: number;
}

/** A cell as a report hands it over; `null` is an empty cell. */
export type ReportValue = string | number | bigint | Decimal | null;

/** One rectangular table: what a CSV file or an XLSX sheet holds. */
export interface ReportTable {
  /** Shown above the header in XLSX (and as the document title); CSV carries header and rows only. */
  title: string;
  /** XLSX sheet name; defaults to the title, cleaned and cut to Excel's 31 characters. */
  sheetName?: string;
  columns: readonly ReportColumn[];
  rows: readonly (readonly ReportValue[])[];
}

/** A column that reads its value from a report's item, for {@link tableOf}. */
export interface ColumnOf<R> extends ReportColumn {
  value: (item: R) => ReportValue;
}

/** Builds a table from items and column accessors: how a report adopts export in a few lines. */
export function tableOf<R>(
  title: string,
  columns: readonly ColumnOf<R>[],
  items: Iterable<R>,
  sheetName?: string,
): ReportTable {
  const rows: ReportValue[][] = [];
  for (const item of items) rows.push(columns.map((c) => c.value(item)));
  return {
    title,
    ...(sheetName === undefined ? {} : { sheetName }),
    columns: columns.map(({ header, type, places }) => ({ header, type, ...(places === undefined ? {} : { places }) })),
    rows,
  };
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A column definition error or a value that does not fit its column: a programming error. */
export class ReportTableError extends Error {
  override readonly name = 'ReportTableError';
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${String(value)}`;
}

function isDecimal(value: unknown): value is Decimal {
  return typeof value === 'object' && value !== null && typeof (value as Decimal).toFixed === 'function';
}

/** Days since 1970-01-01 of an ISO date, or null when the date does not exist (2023-02-29). */
export function isoDateDays(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

/**
 * The canonical text of a cell (null for empty), checked against its column type. Decimals
 * keep the exact digits they were given ("20000000.00" stays so); a `Decimal` is written
 * in plain notation with all its digits. Throws {@link ReportTableError} on a mismatch.
 */
export function cellText(column: ReportColumn, value: ReportValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const fail = (expected: string): never => {
    throw new ReportTableError(`column "${column.header}" (${column.type}) needs ${expected}, got ${shown(value)}`);
  };
  switch (column.type) {
    case 'text':
      return typeof value === 'string' ? value : fail('a string');
    case 'integer':
      if (typeof value === 'bigint') return value.toString();
      if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : fail('a safe integer');
      return typeof value === 'string' && INTEGER.test(value) ? value : fail('an integer');
    case 'decimal':
    case 'percent':
      // A float is refused outright: its digits are not the amount's (0.1 + 0.2).
      if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : fail('a decimal string');
      if (typeof value === 'string') return DECIMAL.test(value) ? value : fail('a decimal string');
      if (isDecimal(value)) return value.isFinite() ? value.toFixed() : fail('a finite decimal');
      return fail('a decimal string');
    case 'date':
      return typeof value === 'string' && isoDateDays(value) !== null ? value : fail('a YYYY-MM-DD date');
  }
}

/** Checks the table's shape: at least one column, headers present, each row as wide as the header. */
export function assertTable(table: ReportTable): void {
  if (table.columns.length === 0) throw new ReportTableError(`report "${table.title}" has no columns`);
  for (const column of table.columns) {
    if (column.header.length === 0) throw new ReportTableError(`report "${table.title}" has a column without header`);
    const places = column.places;
    if (places !== undefined && (!Number.isInteger(places) || places < 0 || places > 10)) {
      throw new ReportTableError(`column "${column.header}": places must be 0..10`);
    }
  }
  table.rows.forEach((row, i) => {
    if (row.length !== table.columns.length) {
      throw new ReportTableError(
        `report "${table.title}" row ${i + 1} has ${row.length} cells for ${table.columns.length} columns`,
      );
    }
  });
}

/** Lone UTF-16 surrogates cannot be encoded; they become U+FFFD, as a UTF-8 encoder would make them. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
