import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The web console's static files, compressed once at build time rather than per request:
 * brotli at its highest quality costs seconds, too much for every response, and the files
 * only change when the console is rebuilt. The gateway picks the variant a browser accepts.
 */
export type ContentEncoding = 'br' | 'gzip';

export const ENCODED_SUFFIX: Readonly<Record<ContentEncoding, string>> = { br: '.br', gzip: '.gz' };

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.map']);

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface PrecompressedFile {
  file: string;
  bytes: number;
  br: number | null;
  gzip: number | null;
}

/**
 * Writes `<file>.br` and `<file>.gz` next to every compressible file under `dir` (recursively),
 * each only when it is smaller than the original; stale variants of a file that no longer
 * compresses are removed. Returns what it wrote, for the build log and the benchmark.
 */
export function precompressDir(dir: string): PrecompressedFile[] {
  const written: PrecompressedFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      written.push(...precompressDir(path));
      continue;
    }
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const raw = readFileSync(path);
    const variants: Record<ContentEncoding, Buffer> = {
      br: brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
      gzip: gzipSync(raw, { level: 9 }),
    };
    const result: PrecompressedFile = { file: path, bytes: raw.length, br: null, gzip: null };
    for (const encoding of ['br', 'gzip'] as const) {
      const target = path + ENCODED_SUFFIX[encoding];
      if (variants[encoding].length < raw.length) {
        writeFileSync(target, variants[encoding]);
        result[encoding] = variants[encoding].length;
      } else {
        rmSync(target, { force: true }); // an earlier build's variant would be served for new bytes
      }
    }
    written.push(result);
  }
  return written;
}

/**
 * The encoding to answer an `Accept-Encoding` header with, of those available: brotli,
 * then gzip, honouring q-values (`br;q=0` refuses brotli) and `*`; null for identity.
 */
export function negotiateEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentEncoding[] = ['br', 'gzip'],
): ContentEncoding | null {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    if (token === '') continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q' && value !== undefined) q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : 0;
    }
    weights.set(token, q);
  }
  const weightOf = (encoding: ContentEncoding): number =>
    weights.get(encoding) ?? (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  let best: ContentEncoding | null = null;
  for (const encoding of available) {
    const q = weightOf(encoding);
    // Ties go to the earlier (smaller) encoding in `available`.
    if (q > 0 && (best === null || q > weightOf(best))) best = encoding;
  }
  return best;
}
