import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { Decimal } from '@app/money';
import { csvTextField, writeCsv } from './csv.js';
import { ReportTableError, tableOf, type ReportTable } from './report-table.js';

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** An independent RFC 4180 reader (csv-parse) sees the same cells. */
function cellsOf(bytes: Uint8Array): string[][] {
  const records: string[][] = parse(Buffer.from(bytes), { bom: true, record_delimiter: '\r\n' });
  return records;
}

const textTable = (values: string[]): ReportTable => ({
  title: 't',
  columns: [{ header: 'Text', type: 'text' }],
  rows: values.map((v) => [v]),
});

describe('writeCsv', () => {
  it('writes a BOM, the header, CRLF after every record and numbers with their exact digits', () => {
    const table: ReportTable = {
      title: 'Volumes',
      columns: [
        { header: 'City', type: 'text' },
        { header: 'Registrations', type: 'integer' },
        { header: 'Amount (CNY)', type: 'decimal' },
        { header: 'Share', type: 'percent' },
        { header: 'Registered on', type: 'date' },
      ],
      rows: [
        ['苏州', 3, '12345678901234.5678', '0.6667', '2026-03-31'],
        ['Wuxi', 0n, new Decimal('-12.5'), null, null],
        [null, '12', '20000000.00', '1', '2024-02-29'],
      ],
    };
    const bytes = writeCsv(table);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe(
      '\uFEFF' +
        'City,Registrations,Amount (CNY),Share,Registered on\r\n' +
        '苏州,3,12345678901234.5678,0.6667,2026-03-31\r\n' +
        'Wuxi,0,-12.5,,\r\n' +
        ',12,20000000.00,1,2024-02-29\r\n',
    );
  });

  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+2', "'=1+2"],
    ['+86 512 1234', "'+86 512 1234"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=a,b', `"'=a,b"`],
    ['a=1', 'a=1'],
    ['苏州工业园区', '苏州工业园区'],
  ])('escapes text %j as %j', (text, field) => {
    expect(csvTextField(text)).toBe(field);
    const bytes = writeCsv(textTable([text]));
    expect(decode(bytes)).toBe(`\uFEFFText\r\n${field}\r\n`);
  });

  it('neutralises formula characters in headers too', () => {
    const bytes = writeCsv({ title: 't', columns: [{ header: '=cmd', type: 'text' }], rows: [] });
    expect(decode(bytes)).toBe("\uFEFF'=cmd\r\n");
  });

  it('keeps an empty string and a missing value apart only by quoting nothing: both are empty fields', () => {
    expect(decode(writeCsv(textTable(['', 'x'])))).toBe('\uFEFFText\r\n\r\nx\r\n');
  });

  it('reads back through an independent parser: any text, formula characters behind a quote', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 5 }), (texts) => {
        const rows = cellsOf(writeCsv(textTable(texts)));
        expect(rows[0]).toEqual(['Text']);
        const expected = texts.map((t) => [/^[=+\-@\t\r]/.test(t) ? `'${t}` : t]);
        // A record of one empty field is an empty line, which parsers skip or keep as [''].
        expect(rows.slice(1).filter((r) => !(r.length === 1 && r[0] === ''))).toEqual(
          expected.filter((r) => r[0] !== ''),
        );
      }),
    );
  });

  it('writes decimals of any size with exactly their digits', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 12 }),
        (units, scale) => {
          const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
          const text = `${units < 0n ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
          const rows = cellsOf(
            writeCsv({ title: 't', columns: [{ header: 'Amount', type: 'decimal' }], rows: [[text]] }),
          );
          expect(rows).toEqual([['Amount'], [text]]);
        },
      ),
    );
  });
});

describe('cell checks', () => {
  const one =
    (type: 'text' | 'integer' | 'decimal' | 'percent' | 'date', value: unknown): (() => Uint8Array) =>
    () =>
      writeCsv({ title: 't', columns: [{ header: 'C', type }], rows: [[value as string]] });

  it.each([
    ['decimal', 0.1],
    ['decimal', '1e5'],
    ['decimal', '1,000.00'],
    ['decimal', '=1+2'],
    ['percent', Number.NaN],
    ['decimal', new Decimal(Infinity)],
    ['integer', 1.5],
    ['integer', '12.0'],
    ['integer', 2 ** 53],
    ['date', '2023-02-29'],
    ['date', '2026-1-5'],
    ['text', 12],
  ] as const)('refuses a %s cell holding %p', (type, value) => {
    expect(one(type, value)).toThrow(ReportTableError);
  });

  it('accepts safe integers in decimal columns (exact) and refuses rows of the wrong width', () => {
    expect(decode(one('decimal', 42)())).toBe('\uFEFFC\r\n42\r\n');
    expect(() => writeCsv({ title: 't', columns: [{ header: 'A', type: 'text' }], rows: [['a', 'b']] })).toThrow(
      /row 1 has 2 cells for 1 columns/,
    );
    expect(() => writeCsv({ title: 't', columns: [], rows: [] })).toThrow(/no columns/);
  });

  it('builds tables from items with tableOf', () => {
    const table = tableOf(
      'People',
      [
        { header: 'Name', type: 'text', value: (p: { name: string; n: number }) => p.name },
        { header: 'N', type: 'integer', value: (p) => p.n },
      ],
      [
        { name: 'a', n: 1 },
        { name: 'b', n: 2 },
      ],
    );
    expect(table).toEqual({
      title: 'People',
      columns: [
        { header: 'Name', type: 'text' },
        { header: 'N', type: 'integer' },
      ],
      rows: [
        ['a', 1],
        ['b', 2],
      ],
    });
  });
});
