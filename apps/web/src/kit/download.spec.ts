import { jest } from '@jest/globals';
import { base64ToBlob, base64ToBytes, downloadBase64File } from '@web/kit/download';

/** `\uFEFFPledgor,城市\r\n` as UTF-8, base64: a BOM, a comma, Chinese and CRLF. */
const CSV_TEXT = '\uFEFFPledgor,城市\r\n';
const CSV_BASE64 = Buffer.from(CSV_TEXT, 'utf8').toString('base64');

describe('base64 file download', () => {
  it('decodes base64 into the exact bytes, multi-byte characters included', () => {
    const bytes = base64ToBytes(CSV_BASE64);
    expect(Buffer.from(bytes).toString('utf8')).toBe(CSV_TEXT);
    expect(bytes.length).toBe(Buffer.byteLength(CSV_TEXT));
  });

  it('ignores line breaks inside the base64 text', () => {
    const wrapped = `${CSV_BASE64.slice(0, 8)}\n${CSV_BASE64.slice(8)}`;
    expect(Buffer.from(base64ToBytes(wrapped)).toString('utf8')).toBe(CSV_TEXT);
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });

  it('makes a Blob of the server content type and size', () => {
    const blob = base64ToBlob({ content: CSV_BASE64, contentType: 'text/csv; charset=utf-8' });
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(blob.size).toBe(Buffer.byteLength(CSV_TEXT));
  });

  it('clicks a link to the Blob under the server file name, then removes it and frees the URL', () => {
    jest.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    // jsdom has no object URLs: the test provides them and puts back whatever was there.
    const saved = {
      createObjectURL: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
      revokeObjectURL: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
    };
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:report-1';
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
    };
    const clicks: { href: string; download: string; attached: boolean }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
    });
    try {
      downloadBase64File({ content: CSV_BASE64, contentType: 'text/csv', filename: 'pledge-register-2026-11-21.csv' });
      expect(clicks).toEqual([{ href: 'blob:report-1', download: 'pledge-register-2026-11-21.csv', attached: true }]);
      expect(created[0]?.type).toBe('text/csv');
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revoked).toEqual([]);
      jest.runAllTimers();
      expect(revoked).toEqual(['blob:report-1']);
    } finally {
      click.mockRestore();
      for (const [name, descriptor] of Object.entries(saved)) {
        if (descriptor === undefined) Reflect.deleteProperty(URL, name);
        else Object.defineProperty(URL, name, descriptor);
      }
      jest.useRealTimers();
    }
  });
});
