import { jest } from '@jest/globals';
import { base64ToBytes, reportBlob, saveReportFile } from '@web/pages/program/download';

const CSV = 'figure,amount\r\ntotal,1500000.00\r\n';
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('report file download', () => {
  it('decodes base64 to the exact bytes, including non-ASCII text', () => {
    const text = '区,amount\r\n苏州工业园区,1.00\r\n';
    expect(Buffer.from(base64ToBytes(base64(text))).toString('utf8')).toBe(text);
    expect(base64ToBytes('')).toHaveLength(0);
  });

  it('makes a blob of the file type', () => {
    const blob = reportBlob({ filename: 'x.csv', contentType: 'text/csv; charset=utf-8', content: base64(CSV) });
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(blob.size).toBe(CSV.length);
  });

  it('rejects content that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });

  it('clicks a link named with the server file name', () => {
    const created: string[] = [];
    URL.createObjectURL = () => {
      created.push('blob:1');
      return 'blob:1';
    };
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    saveReportFile({ filename: 'program-dashboard-Suzhou-2026.csv', contentType: 'text/csv', content: base64(CSV) });
    expect(names).toEqual(['program-dashboard-Suzhou-2026.csv']);
    expect(created).toHaveLength(1);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    click.mockRestore();
  });
});
