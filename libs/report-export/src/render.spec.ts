import { ExportFormat, renderReport, reportFilename } from './render.js';

describe('reportFilename', () => {
  it.each([
    [['program-dashboard', 'Suzhou', 2026], ExportFormat.XLSX, 'program-dashboard-Suzhou-2026.xlsx'],
    [['program-dashboard', '苏州', null, 2026], ExportFormat.CSV, 'program-dashboard-苏州-2026.csv'],
    [
      ['program-dashboard', 'Suzhou', 'Gusu District', 2026],
      ExportFormat.CSV,
      'program-dashboard-Suzhou-Gusu-District-2026.csv',
    ],
    [['loans', '../../etc/passwd'], ExportFormat.CSV, 'loans-.etcpasswd.csv'],
    [['a:b*c?"d"<e>|f'], ExportFormat.CSV, 'abcdef.csv'],
    [['', '  ', undefined], ExportFormat.XLSX, 'report.xlsx'],
    [['x'.repeat(200)], ExportFormat.CSV, `${'x'.repeat(80)}.csv`],
    [
      ['pledge-statistics', '2026-01-01', '2026-03-31'],
      ExportFormat.CSV,
      'pledge-statistics-2026-01-01-2026-03-31.csv',
    ],
  ] as const)('%j as %s is %s', (parts, format, name) => {
    expect(reportFilename(parts, format)).toBe(name);
  });
});

describe('renderReport', () => {
  const table = { title: 'T', columns: [{ header: 'A', type: 'integer' as const }], rows: [[1], [2]] };

  it('names, types and counts a CSV', () => {
    const file = renderReport(table, ExportFormat.CSV, ['t', 2026]);
    expect({ ...file, bytes: new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes) }).toEqual({
      filename: 't-2026.csv',
      contentType: 'text/csv; charset=utf-8',
      bytes: '\uFEFFA\r\n1\r\n2\r\n',
      rows: 2,
    });
  });

  it('names and types an XLSX', () => {
    const file = renderReport(table, ExportFormat.XLSX, ['t']);
    expect(file.filename).toBe('t.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.rows).toBe(2);
  });
});
