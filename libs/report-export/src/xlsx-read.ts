import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads back the workbooks {@link writeXlsx} writes (one sheet, inline or shared strings,
 * numeric cells), for tests and for checking a downloaded file. Parses the XML itself, apart
 * from the writer, so a round trip compares what a spreadsheet program would see. It is not
 * a general XLSX reader (no formulas, rich text runs or multiple sheets).
 */

export interface XlsxCell {
  /** `number` cells hold the <v> text exactly as stored (never converted to a float). */
  type: 'text' | 'number';
  value: string;
  /** The number format code of the cell's style; null for General. */
  format: string | null;
}

export interface XlsxSheet {
  sheetName: string;
  /** Zip entry names, in archive order. */
  parts: string[];
  /** Rows from row 1; a missing cell is null. */
  rows: (XlsxCell | null)[][];
}

const BUILTIN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  14: 'm/d/yyyy',
  49: '@',
};

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function xmlUnescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9A-Fa-f]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'amp':
        return '&';
      default:
        return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** SpreadsheetML's `_xHHHH_` escapes (ECMA-376 part 1, 22.9.2.19), after XML unescaping. */
function ooxmlUnescape(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** What an XML parser does to line ends before anything else: CR LF and a bare CR become LF. */
function xmlLineEnds(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}

function stringText(xml: string): string {
  const runs = [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => m[1] ?? '');
  return ooxmlUnescape(xmlUnescape(xmlLineEnds(runs.join(''))));
}

function cellFormats(styles: string | undefined): (string | null)[] {
  if (styles === undefined) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\s[^>]*\/>/g)) {
    custom.set(Number(attr(m[0], 'numFmtId')), xmlUnescape(attr(m[0], 'formatCode') ?? ''));
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\s[^>]*?\/?>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? '0');
    return id === 0 ? null : (custom.get(id) ?? BUILTIN[id] ?? `#${id}`);
  });
}

/** 'C12' -> 2 (0-based column). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function readXlsx(bytes: Uint8Array): XlsxSheet {
  const files = unzipSync(bytes);
  const text = (name: string): string | undefined => {
    const data = files[name];
    return data === undefined ? undefined : strFromU8(data);
  };
  const workbook = text('xl/workbook.xml');
  const sheet = text('xl/worksheets/sheet1.xml');
  if (workbook === undefined || sheet === undefined)
    throw new Error('not a workbook: xl/workbook.xml or sheet1 missing');
  const sheetTag = /<sheet\s[^>]*\/>/.exec(workbook)?.[0] ?? '';
  const formats = cellFormats(text('xl/styles.xml'));
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    stringText(m[1] ?? ''),
  );

  const rows: (XlsxCell | null)[][] = [];
  for (const row of sheet.matchAll(/<row\s[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(row[0].slice(0, row[0].indexOf('>') + 1), 'r'));
    const cells: (XlsxCell | null)[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const open = ` ${c[1] ?? ''}`;
      const body = c[2] ?? '';
      const ref = attr(open, 'r') ?? '';
      const t = attr(open, 't') ?? 'n';
      const format = formats[Number(attr(open, 's') ?? '0')] ?? null;
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let cell: XlsxCell | null;
      if (t === 'inlineStr') cell = { type: 'text', value: stringText(body), format };
      else if (t === 's') cell = { type: 'text', value: shared[Number(v)] ?? '', format };
      else if (t === 'str') cell = { type: 'text', value: ooxmlUnescape(xmlUnescape(xmlLineEnds(v ?? ''))), format };
      else if (t === 'n') cell = v === undefined ? null : { type: 'number', value: v, format };
      else throw new Error(`cell ${ref}: unsupported cell type ${t}`);
      cells[columnIndex(ref)] = cell;
    }
    rows[r - 1] = Array.from(cells, (cell) => cell ?? null);
  }
  return {
    sheetName: xmlUnescape(attr(sheetTag, 'name') ?? ''),
    parts: Object.keys(files),
    rows: Array.from(rows, (row) => row ?? []),
  };
}

/** The ISO date of an Excel 1900-system serial day number (for serials after 1900-02-28). */
export function isoDateOfSerial(serial: number): string {
  return new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);
}
