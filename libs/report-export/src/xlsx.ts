import { strToU8, zipSync, type Zippable } from 'fflate';
import { assertTable, cellText, isoDateDays, ReportTableError, type ReportTable } from './report-table.js';
import {
  APP_PROPS,
  CONTENT_TYPES,
  coreProps,
  MAIN_NS,
  REL_NS,
  ROOT_RELS,
  sheetName,
  STYLE_HEADER,
  STYLE_TITLE,
  stylesXml,
  workbookXml,
  WORKBOOK_RELS,
  XML_HEAD,
  xlsxText,
  type Styles,
} from './xlsx-parts.js';

/*
 * A minimal SpreadsheetML (ECMA-376) writer: one sheet, inline strings, a style per number
 * format. Written here rather than taken from a spreadsheet library because those take cell
 * values as JS numbers, and a float cannot hold 12345678901234.5678: here a numeric cell's
 * <v> is the decimal string itself. The zip container comes from fflate.
 */

/** Excel's limit of text per cell. */
const MAX_CELL_TEXT = 32_767;
/** Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus's phantom 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25_569;
/** A fixed zip timestamp: the same table always gives the same bytes. */
const ZIP_MTIME = new Date(2000, 0, 1);

/** Serial day number of an ISO date in Excel's 1900 date system. */
export function excelSerial(iso: string): number {
  const days = isoDateDays(iso);
  if (days === null) throw new ReportTableError(`not a date: ${iso}`);
  return days + EXCEL_EPOCH_OFFSET;
}

/** Column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** CJK and other wide characters, which take two character cells. */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Display width in character cells, for the column widths. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function textCell(ref: string, text: string, style: number): string {
  if (text.length > MAX_CELL_TEXT) {
    throw new ReportTableError(`cell ${ref} has ${text.length} characters; Excel holds at most ${MAX_CELL_TEXT}`);
  }
  const s = style === 0 ? '' : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xlsxText(text)}</t></is></c>`;
}

function numberCell(ref: string, value: string, style: number): string {
  return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
}

/** Rows: 1 = title, 2 = header, data from 3 (header frozen). */
const HEADER_ROW = 2;

function sheetXml(table: ReportTable, styles: Styles): string {
  const width = table.columns.map((c) => displayWidth(c.header));
  const rows: string[] = [
    `<row r="1">${textCell('A1', table.title, STYLE_TITLE)}</row>`,
    `<row r="${HEADER_ROW}">${table.columns
      .map((c, i) => textCell(`${columnLetters(i)}${HEADER_ROW}`, c.header, STYLE_HEADER))
      .join('')}</row>`,
  ];
  table.rows.forEach((row, r) => {
    const rowNumber = HEADER_ROW + 1 + r;
    const cells = table.columns.map((column, i) => {
      const text = cellText(column, row[i]);
      if (text === null) return '';
      const ref = `${columnLetters(i)}${rowNumber}`;
      const style = styles.byColumn[i] ?? 0;
      width[i] = Math.max(width[i] ?? 0, displayWidth(text));
      switch (column.type) {
        case 'text':
          return textCell(ref, text, style);
        case 'date':
          return numberCell(ref, String(excelSerial(text)), style);
        case 'integer':
        case 'decimal':
        case 'percent':
          return numberCell(ref, text, style);
      }
    });
    rows.push(`<row r="${rowNumber}">${cells.join('')}</row>`);
  });
  const lastRow = Math.max(HEADER_ROW, HEADER_ROW + table.rows.length);
  const cols = width
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, w + 2))}" customWidth="1"/>`)
    .join('');
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${columnLetters(table.columns.length - 1)}${lastRow}"/>` +
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${HEADER_ROW}" topLeftCell="A${HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/>` +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    '</worksheet>'
  );
}

/** The zip entries of an XLSX package, in the order they are written. */
export const XLSX_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/core.xml',
  'docProps/app.xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
] as const;

/**
 * The table as an XLSX workbook of one sheet: title in row 1, bold header in row 2 (frozen),
 * data below. Numbers are stored with exactly the table's digits and shown with the column's
 * format (`#,##0.00` money, `0.00%` ratios, `yyyy-mm-dd` dates); text is always a string cell,
 * never a formula. Same table, same bytes.
 */
export function writeXlsx(table: ReportTable): Uint8Array {
  assertTable(table);
  const styles = stylesXml(table.columns);
  const parts: Record<(typeof XLSX_PARTS)[number], string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'docProps/core.xml': coreProps(table.title),
    'docProps/app.xml': APP_PROPS,
    'xl/workbook.xml': workbookXml(sheetName(table.sheetName ?? table.title)),
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/styles.xml': styles.xml,
    'xl/worksheets/sheet1.xml': sheetXml(table, styles),
  };
  const zippable: Zippable = {};
  for (const name of XLSX_PARTS) zippable[name] = strToU8(parts[name]);
  return zipSync(zippable, { level: 6, mtime: ZIP_MTIME });
}
