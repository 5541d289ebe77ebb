import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding, precompressDir } from '@app/static-assets';

describe('static assets', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=1.0, gzip;q=1', 'br'],
    ['identity', null],
    ['*', 'br'],
    ['*;q=0', null],
    ['x-gzip', 'gzip'],
    ['BR', 'br'],
    ['br;q=2', null],
    ['deflate', null],
  ])('Accept-Encoding %p -> %p', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('uses only the encodings a file has', () => {
    expect(negotiateEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(negotiateEncoding('br', ['gzip'])).toBeNull();
  });

  it('writes brotli and gzip variants that decode to the file, only where they are smaller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      mkdirSync(join(dir, 'assets'));
      const script = 'export const greeting = "hello";\n'.repeat(200);
      writeFileSync(join(dir, 'assets', 'app-abc.js'), script);
      writeFileSync(join(dir, 'tiny.txt'), 'x');
      writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096));
      // A variant left from an earlier build of a file that no longer compresses goes away.
      writeFileSync(join(dir, 'tiny.txt.br'), 'stale');

      const written = precompressDir(dir);

      const js = join(dir, 'assets', 'app-abc.js');
      expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
      expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
      const entry = written.find((f) => f.file === js);
      expect(entry?.bytes).toBe(script.length);
      expect(entry?.br).toBeLessThan(entry?.gzip ?? 0);
      expect(existsSync(join(dir, 'tiny.txt.br'))).toBe(false);
      expect(existsSync(join(dir, 'tiny.txt.gz'))).toBe(false);
      expect(existsSync(join(dir, 'logo.png.br'))).toBe(false);
      expect(written.map((f) => f.file).sort()).toEqual([js, join(dir, 'tiny.txt')].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
