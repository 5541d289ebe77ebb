import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_ASSETS, demoUserByLogin } from '@app/demo-data';
import type { Page } from 'playwright-core';
import { launchChromium, originOf } from '@app/testing';
import {
  demoToken,
  gitCommit,
  isMain,
  log,
  median,
  numberFlag,
  percentile,
  printJson,
  printTable,
  ROOT,
  round,
  runBench,
  startBenchPlatform,
} from './common.js';

/**
 * The web console's production bundle and first load.
 *
 * Sizes: every file of dist/web (what `npm run build` ships), raw and as the gateway sends it
 * (the build's brotli variant; gzip for browsers without brotli), summed by kind; and the
 * entry (index.html and what it names, fetched on every first load) apart from the pages'
 * own chunks, which are fetched on first visit of each page.
 *
 * First load: a stack of its own (embedded PostgreSQL, demo seed, gateway serving dist/web),
 * headless Chromium (the browser tests' one). Each run opens a fresh browser context (empty
 * cache, nothing kept) and measures, from `page.goto` to the content on screen: the login
 * page (signed out, until the demo users are listed), an SME's "My patents" (signed in:
 * the session is put in local storage before the page loads; until the first patent's title
 * shows, i.e. bundle, session, GraphQL round trip and render), and the program office's
 * dashboard (until its chart is drawn: page chunk, chart library, query). A warm-up run first; then
 * `--runs` of each, interleaved; medians and p95. Also the page's own DOMContentLoaded and
 * the bytes it transferred. Loopback network: the figures are the CPU and round-trip floor,
 * not what a phone on a mobile network sees.
 *
 * node dist/bench/web-console.js [--runs 10]
 */

interface FileSize {
  file: string;
  raw: number;
  /** What the gateway sends a browser that accepts it: the build's .br / .gz variants (raw when none). */
  br: number;
  gzip: number;
}

function bundleFiles(dir: string): FileSize[] {
  const out: FileSize[] = [];
  const variant = (path: string, fallback: number): number => (existsSync(path) ? statSync(path).size : fallback);
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(entry)) {
        const raw = statSync(path).size;
        out.push({ file: relative(dir, path), raw, br: variant(`${path}.br`, raw), gzip: variant(`${path}.gz`, raw) });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

/** The files index.html names: what every first load fetches before any page's own chunk. */
function entryFiles(dir: string, files: readonly FileSize[]): FileSize[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!));
  return files.filter((f) => f.file === 'index.html' || named.has(f.file));
}

const kb = (bytes: number): number => round(bytes / 1024, 1);

interface BrowserPerformance {
  getEntriesByType(type: string): { transferSize?: number; domContentLoadedEventEnd?: number }[];
}

interface LoadTarget {
  name: string;
  path: string;
  /** The stored session (JSON) for a signed-in page; null for the login page. */
  session: string | null;
  ready: (page: Page) => Promise<void>;
}

interface LoadSample {
  contentMs: number;
  domContentLoadedMs: number;
  transferredBytes: number;
}

async function runWebConsoleBench(): Promise<void> {
  const runs = numberFlag('runs', 10, 1, 100);
  const dir = join(ROOT, 'dist', 'web');
  const files = bundleFiles(dir);
  const byKind = new Map<string, { raw: number; br: number; gzip: number; files: number }>();
  const add = (kind: string, f: FileSize): void => {
    const k = byKind.get(kind) ?? { raw: 0, br: 0, gzip: 0, files: 0 };
    byKind.set(kind, { raw: k.raw + f.raw, br: k.br + f.br, gzip: k.gzip + f.gzip, files: k.files + 1 });
  };
  for (const f of files) add(extname(f.file).slice(1) || 'other', f);
  for (const f of entryFiles(dir, files)) add('entry (every first load)', f);
  printTable(
    'dist/web by kind (KiB)',
    ['kind', 'files', 'raw', 'brotli', 'gzip'],
    [...byKind.entries()].map(([kind, k]) => [kind, k.files, kb(k.raw), kb(k.br), kb(k.gzip)]),
  );

  const bench = await startBenchPlatform('web-console');
  const origin = originOf(bench.platform.urls.gateway);
  const sessionOf = async (login: string): Promise<string> => {
    const user = demoUserByLogin(login);
    return JSON.stringify({
      token: await demoToken(login),
      user: { login: user.login, displayName: user.displayName, roles: [...user.roles] },
    });
  };
  const firstTitle = DEMO_ASSETS.find((a) => a.owners.some((o) => o.partyKey === 'lianxin'))?.title ?? '';
  /** Each page measured until its content is on screen (signed-in pages: session stored before load). */
  const pages: LoadTarget[] = [
    { name: 'login', path: '/login', session: null, ready: (page) => page.locator('[data-login="sme"]').waitFor() },
    {
      name: 'my patents',
      path: '/patents',
      session: await sessionOf('sme'),
      ready: (page) => page.getByText(firstTitle, { exact: true }).waitFor(),
    },
    {
      // The program office's dashboard: its page chunk, the chart's ECharts chunk, the
      // dashboard query, and the chart drawn (bars and lines in the SVG).
      name: 'dashboard',
      path: '/dashboard',
      session: await sessionOf('program'),
      ready: async (page) => {
        await page.waitForFunction(() => document.querySelectorAll('[data-chart="volume"] svg path').length >= 4);
      },
    },
  ];
  const browser = await launchChromium();
  try {
    const load = async (target: LoadTarget): Promise<LoadSample> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        if (target.session !== null) {
          await context.addInitScript(
            (value: string) => window.localStorage.setItem('ipfin.session', value),
            target.session,
          );
        }
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(`${origin}${target.path}`);
        await target.ready(page);
        const contentMs = performance.now() - started;
        const timing = await page.evaluate(() => {
          // Runs in the page: the browser's Performance API (the bench's tsconfig has no DOM types).
          const perf = (globalThis as unknown as { performance: BrowserPerformance }).performance;
          const [nav] = perf.getEntriesByType('navigation');
          const resources = perf.getEntriesByType('resource');
          return {
            domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
            transferredBytes: (nav?.transferSize ?? 0) + resources.reduce((s, r) => s + (r.transferSize ?? 0), 0),
          };
        });
        return { contentMs, ...timing };
      } finally {
        await context.close();
      }
    };
    log('warm-up');
    for (const target of pages) await load(target);
    const samples = new Map<string, LoadSample[]>(pages.map((t) => [t.name, []]));
    for (let i = 0; i < runs; i++) for (const target of pages) samples.get(target.name)!.push(await load(target));
    const summary = (xs: LoadSample[]) => ({
      contentP50Ms: round(median(xs.map((x) => x.contentMs)), 1),
      contentP95Ms: round(
        percentile(
          xs.map((x) => x.contentMs),
          0.95,
        ),
        1,
      ),
      domContentLoadedP50Ms: round(median(xs.map((x) => x.domContentLoadedMs)), 1),
      transferredKiB: kb(median(xs.map((x) => x.transferredBytes))),
    });
    const firstLoad = Object.fromEntries(pages.map((t) => [t.name, summary(samples.get(t.name)!)]));
    printTable(
      `first load, fresh context each, ${runs} runs (ms)`,
      ['page', 'content p50', 'content p95', 'DOMContentLoaded p50', 'transferred KiB'],
      Object.entries(firstLoad).map(([name, x]) => [
        name,
        x.contentP50Ms,
        x.contentP95Ms,
        x.domContentLoadedP50Ms,
        x.transferredKiB,
      ]),
    );
    printJson('web-console', {
      commit: gitCommit(),
      runs,
      bundle: Object.fromEntries([...byKind.entries()].map(([kind, k]) => [kind, { ...k }])),
      largestFiles: files.slice(0, 5),
      firstLoad,
    });
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta.url)) runBench(runWebConsoleBench);
