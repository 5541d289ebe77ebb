import { writeCsv } from './csv.js';
import type { ReportTable } from './report-table.js';
import { writeXlsx } from './xlsx.js';

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  [ExportFormat.CSV]: 'csv',
  [ExportFormat.XLSX]: 'xlsx',
};

/** Longest file name stem, in characters (names stay well inside every file system's 255 bytes). */
const MAX_STEM = 80;

/**
 * A file name from parts, e.g. `['program-dashboard', 'Suzhou', 2026]` -> `program-dashboard-Suzhou-2026.xlsx`.
 * Empty parts are left out; characters file systems or shells trip on (/ \ : * ? " < > | and
 * controls) are dropped, whitespace becomes `-` and dot runs one dot. Letters of any script stay (苏州 is kept).
 */
export function reportFilename(parts: readonly (string | number | null | undefined)[], format: ExportFormat): string {
  const stem = parts
    .filter((p): p is string | number => p !== null && p !== undefined && String(p).trim() !== '')
    .map((p) =>
      String(p)
        .normalize('NFC')
        .replace(/[/\\:*?"<>|\p{Cc}]/gu, '')
        .trim()
        .replace(/\s+/g, '-'),
    )
    .filter((p) => p.length > 0)
    .join('-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  const cut = Array.from(stem)
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[-.]+$/, '');
  return `${cut.length === 0 ? 'report' : cut}.${EXTENSIONS[format]}`;
}

export interface RenderedReport {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  /** Data rows (the header not counted). */
  rows: number;
}

/** Writes the table in the format and names the file. */
export function renderReport(
  table: ReportTable,
  format: ExportFormat,
  nameParts: readonly (string | number | null | undefined)[],
): RenderedReport {
  const bytes = format === ExportFormat.CSV ? writeCsv(table) : writeXlsx(table);
  return {
    filename: reportFilename(nameParts, format),
    contentType: CONTENT_TYPES[format],
    bytes,
    rows: table.rows.length,
  };
}
