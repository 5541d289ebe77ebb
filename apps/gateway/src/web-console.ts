import { existsSync, readFile } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

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
