/**
 * Report export: a typed table model and exact CSV and XLSX writers, shared by every report
 * that offers a download. A report builds a {@link ReportTable} (usually with {@link tableOf})
 * and calls {@link renderReport}; the app wraps the bytes for its API. Decimals are written
 * with the digits they were given, never through a JS float.
 * @packageDocumentation
 */
export {
  assertTable,
  cellText,
  isoDateDays,
  ReportTableError,
  tableOf,
  wellFormed,
  type ColumnOf,
  type ColumnType,
  type ReportColumn,
  type ReportTable,
  type ReportValue,
} from './report-table.js';
export { csvTextField, writeCsv } from './csv.js';
export { columnLetters, excelSerial, writeXlsx, XLSX_PARTS } from './xlsx.js';
export { columnFormat, sheetName, xlsxText } from './xlsx-parts.js';
export { isoDateOfSerial, readXlsx, type XlsxCell, type XlsxSheet } from './xlsx-read.js';
export { CONTENT_TYPES, ExportFormat, renderReport, reportFilename, type RenderedReport } from './render.js';
