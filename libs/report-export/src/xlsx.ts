import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  assertTable,
  cellText,
  isoDateDays,
  ReportTableError,
  wellFormed,
  type ReportColumn,
  type ReportTable,
} from './report-table.js';

/*
 * A minimal SpreadsheetML (ECMA-376) writer: one sheet, inline strings, a style per number
 * format. Written here rather than taken from a spreadsheet library because those take cell
 * values as JS numbers, and a float cannot hold 12345678901234.5678: here a numeric cell's
 * <v> is the decimal string itself. The zip container comes from fflate.
 */

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limits: text per cell, characters per sheet name. */
const MAX_CELL_TEXT = 32_767;
const MAX_SHEET_NAME = 31;
/** Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus's phantom 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25_569;
/** A fixed zip timestamp: the same table always gives the same bytes. */
const ZIP_MTIME = new Date(2000, 0, 1);

/** Built-in number formats (ECMA-376 part 1, 18.8.30) the writer uses by id. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  '0': 1,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};
const FIRST_CUSTOM_FORMAT = 164;

/** Style indexes fixed by {@link stylesXml}; number formats follow from index 3. */
const STYLE_HEADER = 1;
const STYLE_TITLE = 2;

/** The number format code a column's cells are shown with (null = General). */
export function columnFormat(column: ReportColumn): string | null {
  const places = column.places ?? 2;
  const fraction = places === 0 ? '' : `.${'0'.repeat(places)}`;
  switch (column.type) {
    case 'text':
      return null;
    case 'integer':
      return '0';
    case 'decimal':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'date':
      return 'yyyy-mm-dd';
  }
}

/** Serial day number of an ISO date in Excel's 1900 date system. */
export function excelSerial(iso: string): number {
  const days = isoDateDays(iso);
  if (days === null) throw new ReportTableError(`not a date: ${iso}`);
  return days + EXCEL_EPOCH_OFFSET;
}

/** Controls and non-characters; of these XML 1.0 carries only tab, LF, CR and U+007F..U+009F. */
const CONTROL = /[\p{Cc}\uFFFE\uFFFF]/gu;
const xmlCarries = (code: number): boolean =>
  code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x7f && code <= 0x9f);
const ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * Text as SpreadsheetML stores it: characters XML cannot carry become `_xHHHH_` escapes, and
 * a literal `_xHHHH_` in the text has its underscore escaped (`_x005F_`) so it reads back as
 * written; then XML escaping.
 */
export function xlsxText(text: string): string {
  return xmlEscape(
    wellFormed(text)
      .replace(ESCAPE_LOOKALIKE, '_x005F_$1')
      .replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return xmlCarries(code) ? c : `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
      }),
  );
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

/** Excel refuses sheet names with []:*?/\, longer than 31 characters, empty or quote-edged. */
export function sheetName(name: string): string {
  const cleaned = wellFormed(name)
    .replace(/[[\]:*?/\\\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = Array.from(cleaned)
    .slice(0, MAX_SHEET_NAME)
    .join('')
    .replace(/^'+|'+$/g, '')
    .trim();
  return cut.length === 0 ? 'Report' : cut;
}

/** Display width in character cells: CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

interface Styles {
  xml: string;
  /** Style index of each column's data cells. */
  byColumn: number[];
}

function stylesXml(columns: readonly ReportColumn[]): Styles {
  const formatIds = new Map<string, number>();
  const custom: string[] = [];
  const xfs: number[] = [];
  const byColumn = columns.map((column) => {
    const code = columnFormat(column);
    if (code === null) return 0;
    let id = BUILTIN_FORMATS[code] ?? formatIds.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + custom.length;
      custom.push(`<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    }
    formatIds.set(code, id);
    let xf = xfs.indexOf(id);
    if (xf === -1) xf = xfs.push(id) - 1;
    return STYLE_TITLE + 1 + xf;
  });
  const xml =
    XML_HEAD +
    `<styleSheet xmlns="${MAIN_NS}">` +
    (custom.length === 0 ? '' : `<numFmts count="${custom.length}">${custom.join('')}</numFmts>`) +
    '<fonts count="3">' +
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>' +
    '</fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${3 + xfs.length}">` +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    xfs
      .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
      .join('') +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  return { xml, byColumn };
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

function workbookXml(name: string): string {
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${xmlEscape(name)}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

const CONTENT_TYPES =
  XML_HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const ROOT_RELS =
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const WORKBOOK_RELS =
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

const APP_PROPS =
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  '<Application>ip-finance-platform</Application></Properties>';

function coreProps(title: string): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xlsxText(title)}</dc:title></cp:coreProperties>`
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
