import { wellFormed, type ReportColumn } from './report-table.js';

/*
 * The parts of an XLSX package around the sheet (ECMA-376): content types, relationships,
 * workbook, styles, document properties, and the text escaping they share with the sheet.
 */

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters per sheet name. */
const MAX_SHEET_NAME = 31;

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
export const STYLE_HEADER = 1;
export const STYLE_TITLE = 2;

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

/**
 * Controls and non-characters. XML 1.0 carries tab, LF and U+007F..U+009F as they are; CR it
 * carries but every parser turns into LF (end-of-line handling), so CR is escaped too.
 */
const CONTROL = /[\p{Cc}\uFFFE\uFFFF]/gu;
const xmlCarries = (code: number): boolean => code === 0x09 || code === 0x0a || (code >= 0x7f && code <= 0x9f);
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

export interface Styles {
  xml: string;
  /** Style index of each column's data cells. */
  byColumn: number[];
}

export function stylesXml(columns: readonly ReportColumn[]): Styles {
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

export function workbookXml(name: string): string {
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${xmlEscape(name)}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

export const CONTENT_TYPES =
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

export const ROOT_RELS =
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

export const WORKBOOK_RELS =
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

export const APP_PROPS =
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  '<Application>ip-finance-platform</Application></Properties>';

export function coreProps(title: string): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xlsxText(title)}</dc:title></cp:coreProperties>`
  );
}
