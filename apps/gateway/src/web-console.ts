import { existsSync, readFile, stat } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CONTENT_TYPES, ENCODED_SUFFIX, negotiateEncoding, type ContentEncoding } from '@app/static-assets';

/** Paths the console never shadows: the API, health checks and the local login. */
const SERVER_PATHS = /^\/(graphql|health|auth)(\/|$)/;
/** Vite puts content-hashed files here: a changed file gets a new name. */
const HASHED_ASSETS = /^\/assets\//;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built web console (dist/web) at `/`: hashed assets cached for a year,
 * index.html and other unhashed files revalidated on every load, and index.html for any
 * other GET of a path without a file extension, so client routes survive a reload.
 * Returns false (and mounts nothing) when the console was not built.
 */
export function mountWebConsole(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(precompressedAssets(dir));
  app.useStaticAssets(dir, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (res: ServerResponse, path: string) => {
      const url = `/${relative(dir, path).split(sep).join('/')}`;
      res.setHeader('cache-control', HASHED_ASSETS.test(url) ? IMMUTABLE : REVALIDATE);
    },
  });
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const clientRoute =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !SERVER_PATHS.test(path) &&
      !HASHED_ASSETS.test(path) &&
      !/\.[a-z0-9]+$/i.test(path);
    if (!clientRoute) {
      next();
      return;
    }
    // Read per request (a few hundred bytes): a rebuilt console is served without a restart.
    readFile(index, (err, html) => {
      if (err !== null) {
        next();
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', REVALIDATE);
      res.end(req.method === 'HEAD' ? undefined : html);
    });
  });
  return true;
}

/**
 * Answers a GET of a hashed asset with the build's brotli or gzip variant when the browser
 * accepts one (`npm run build` writes them next to the file); anything else falls through
 * to the plain static handler. `Vary` tells caches the answer depends on Accept-Encoding.
 */
function precompressedAssets(dir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !HASHED_ASSETS.test(path)) {
      next();
      return;
    }
    const type = CONTENT_TYPES[extname(path)];
    let file: string;
    try {
      file = normalize(join(dir, decodeURIComponent(path)));
    } catch {
      next();
      return;
    }
    if (type === undefined || !file.startsWith(join(dir, 'assets') + sep)) {
      next();
      return;
    }
    res.setHeader('vary', 'accept-encoding');
    const header = req.headers['accept-encoding'];
    const encoding = negotiateEncoding(Array.isArray(header) ? header.join(',') : header);
    if (encoding === null) {
      next();
      return;
    }
    sendVariant(req, res, file + ENCODED_SUFFIX[encoding], encoding, type, next);
  };
}

function sendVariant(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  encoding: ContentEncoding,
  type: string,
  next: () => void,
): void {
  stat(file, (statError, info) => {
    // No variant (the file did not compress, or the build skipped it): the plain handler serves it.
    if (statError !== null || !info.isFile()) {
      next();
      return;
    }
    readFile(file, (readError, body) => {
      if (readError !== null) {
        next();
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-type', type);
      res.setHeader('content-encoding', encoding);
      res.setHeader('content-length', body.length);
      res.setHeader('cache-control', IMMUTABLE);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
}
