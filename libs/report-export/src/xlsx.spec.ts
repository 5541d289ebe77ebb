import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { Decimal } from '@app/money';
import { cellText, type ReportTable } from './report-table.js';
import { columnLetters, excelSerial, writeXlsx, XLSX_PARTS } from './xlsx.js';
import { sheetName } from './xlsx-parts.js';
import { isoDateOfSerial, readXlsx, type XlsxCell } from './xlsx-read.js';

const TABLE: ReportTable = {
  title: 'Program dashboard: 苏州 2026 <&>',
  columns: [
    { header: 'Figure', type: 'text' },
    { header: 'Registrations', type: 'integer' },
    { header: 'Amount (CNY)', type: 'decimal' },
    { header: 'Rate', type: 'percent', places: 4 },
    { header: 'Share', type: 'percent' },
    { header: 'Registered on', type: 'date' },
  ],
  rows: [
    ['total', 3, '12345678901234.5678', '0.04875', '0.6667', '2026-03-31'],
    ['=1+2 stays text, & < > " \' kept', 9007199254740991n, '-0.0001', '0', '1', '1900-03-01'],
    ['控制\u0001字符 _x0041_ tab\tand\nnewline', '0', new Decimal('1e-10'), null, '-0.25', '2024-02-29'],
    [null, null, '20000000.00', null, null, null],
    ['  spaces kept  ', 12, 42, '0.2', '0.123456789012345678901', '2099-12-31'],
    ['CR\r\nLF\n\u0085\u00A0', 1, '1', '1', '1', '2026-01-01'],
  ],
};

/** What each data cell must read back as: the exact digits, the column's format, text as text. */
function expectedRow(table: ReportTable, row: readonly unknown[]): (XlsxCell | null)[] {
  const formats: Record<string, string | null> = {
    text: null,
    integer: '0',
    decimal: '#,##0.00',
    percent: '0.00%',
    date: 'yyyy-mm-dd',
  };
  return table.columns.map((column, i) => {
    const text = cellText(column, row[i] as string);
    if (text === null) return null;
    const format = column.type === 'percent' && column.places === 4 ? '0.0000%' : (formats[column.type] ?? null);
    if (column.type === 'text') return { type: 'text', value: text, format };
    if (column.type === 'date') return { type: 'number', value: String(excelSerial(text)), format };
    return { type: 'number', value: text, format };
  });
}

/** Trailing empty cells are not written; compare rows without them. */
const trimmed = (row: (XlsxCell | null)[]): (XlsxCell | null)[] => {
  const copy = [...row];
  while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
  return copy;
};

describe('writeXlsx', () => {
  it('is a zip holding the SpreadsheetML parts, content types first', () => {
    const bytes = writeXlsx(TABLE);
    expect(strFromU8(bytes.slice(0, 4), true)).toBe('PK\u0003\u0004');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([...XLSX_PARTS]);
    const types = strFromU8(files['[Content_Types].xml']!);
    for (const part of ['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/styles.xml', '/docProps/core.xml']) {
      expect(types).toContain(`PartName="${part}"`);
    }
    expect(strFromU8(files['_rels/.rels']!)).toContain('Target="xl/workbook.xml"');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels']!)).toContain('Target="worksheets/sheet1.xml"');
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      '<dc:title>Program dashboard: 苏州 2026 &lt;&amp;&gt;</dc:title>',
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<dimension ref="A1:F8"/>');
    // XML parsers turn a bare CR into LF: it is stored escaped.
    expect(sheet).toContain('CR_x000D_\nLF');
    expect(sheet).not.toContain('<f>');
    // The decimal's digits are the stored value itself, not a float's.
    expect(sheet).toContain('<v>12345678901234.5678</v>');
    expect(sheet).toContain('<v>0.123456789012345678901</v>');
  });

  it('reads back cell for cell: title, header, exact decimals, formats, dates, text', () => {
    const read = readXlsx(writeXlsx(TABLE));
    expect(read.sheetName).toBe('Program dashboard 苏州 2026 <&>');
    expect(read.rows[0]).toEqual([{ type: 'text', value: TABLE.title, format: null }]);
    expect(read.rows[1]).toEqual(TABLE.columns.map((c) => ({ type: 'text', value: c.header, format: null })));
    expect(read.rows.slice(2).map(trimmed)).toEqual(TABLE.rows.map((row) => trimmed(expectedRow(TABLE, row))));
    expect(read.rows[2]?.[2]?.value).toBe('12345678901234.5678');
    expect(read.rows[4]?.[0]?.value).toBe('控制\u0001字符 _x0041_ tab\tand\nnewline');
    expect(read.rows[4]?.[2]?.value).toBe('0.0000000001');
    expect(isoDateOfSerial(Number(read.rows[2]?.[5]?.value))).toBe('2026-03-31');
  });

  it('gives the same bytes for the same table', () => {
    expect(Buffer.from(writeXlsx(TABLE)).equals(Buffer.from(writeXlsx(TABLE)))).toBe(true);
  });

  it('round-trips any decimal and any text exactly', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
      .map(([units, scale]) => {
        const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
        return `${units < 0n ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
      });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 30 }), decimal), { minLength: 1, maxLength: 8 }),
        (pairs) => {
          const table: ReportTable = {
            title: 'Round trip',
            columns: [
              { header: 'Text', type: 'text' },
              { header: 'Amount', type: 'decimal' },
            ],
            rows: pairs,
          };
          const read = readXlsx(writeXlsx(table));
          expect(read.rows.slice(2).map((r) => [r[0]?.value ?? null, r[1]?.value ?? null])).toEqual(pairs);
        },
      ),
    );
  });

  it('writes a header-only sheet for an empty report', () => {
    const read = readXlsx(writeXlsx({ title: 'Empty', columns: [{ header: 'A', type: 'text' }], rows: [] }));
    expect(read.rows).toEqual([
      [{ type: 'text', value: 'Empty', format: null }],
      [{ type: 'text', value: 'A', format: null }],
    ]);
  });
});

describe('xlsx helpers', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it.each([
    ['Loans', 'Loans'],
    ['a/b\\c:d*e?f[g]h', 'a b c d e f g h'],
    ["'quoted'", 'quoted'],
    ['', 'Report'],
    ['x'.repeat(40), 'x'.repeat(31)],
    ['项目看板'.repeat(10), '项目看板'.repeat(7) + '项目看'],
  ])('sheet name %j becomes %j', (name, cleaned) => {
    expect(sheetName(name)).toBe(cleaned);
  });

  it.each([
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2026-01-01', 46023],
    ['2024-02-29', 45351],
  ])('%s is Excel day %i', (iso, serial) => {
    expect(excelSerial(iso)).toBe(serial);
    expect(isoDateOfSerial(serial)).toBe(iso);
  });
});
