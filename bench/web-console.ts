import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DEMO_ASSETS, demoUserByLogin } from '@app/demo-data';
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
 * Sizes: every file of dist/web (what `npm run build` ships), raw and gzip (level 6, what a
 * reverse proxy typically sends), summed by kind.
 *
 * First load: a stack of its own (embedded PostgreSQL, demo seed, gateway serving dist/web),
 * headless Chromium (the browser tests' one). Each run opens a fresh browser context (empty
 * cache, nothing kept) and measures, from `page.goto` to the content on screen: the login
 * page (signed out, until the demo users are listed) and an SME's "My patents" (signed in:
 * the session is put in local storage before the page loads; until the first patent's title
 * shows, i.e. bundle, session, GraphQL round trip and render). A warm-up run first; then
 * `--runs` of each, interleaved; medians and p95. Also the page's own DOMContentLoaded and
 * the bytes it transferred. Loopback network: the figures are the CPU and round-trip floor,
 * not what a phone on a mobile network sees.
 *
 * node dist/bench/web-console.js [--runs 10]
 */

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function bundleFiles(dir: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        out.push({ file: relative(dir, path), raw: content.length, gzip: gzipSync(content, { level: 6 }).length });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

const kb = (bytes: number): number => round(bytes / 1024, 1);

interface BrowserPerformance {
  getEntriesByType(type: string): { transferSize?: number; domContentLoadedEventEnd?: number }[];
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
  const byKind = new Map<string, { raw: number; gzip: number; files: number }>();
  for (const f of files) {
    const kind = extname(f.file).slice(1) || 'other';
    const k = byKind.get(kind) ?? { raw: 0, gzip: 0, files: 0 };
    byKind.set(kind, { raw: k.raw + f.raw, gzip: k.gzip + f.gzip, files: k.files + 1 });
  }
  printTable(
    'dist/web by kind (KiB)',
    ['kind', 'files', 'raw', 'gzip'],
    [...byKind.entries()].map(([kind, k]) => [kind, k.files, kb(k.raw), kb(k.gzip)]),
  );

  const bench = await startBenchPlatform('web-console');
  const origin = originOf(bench.platform.urls.gateway);
  const sme = demoUserByLogin('sme');
  const session = JSON.stringify({
    token: await demoToken('sme'),
    user: { login: sme.login, displayName: sme.displayName, roles: [...sme.roles] },
  });
  const firstTitle = DEMO_ASSETS.find((a) => a.owners.some((o) => o.partyKey === 'lianxin'))?.title ?? '';
  const browser = await launchChromium();
  try {
    const load = async (kind: 'login' | 'patents'): Promise<LoadSample> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        if (kind === 'patents') {
          await context.addInitScript((value: string) => window.localStorage.setItem('ipfin.session', value), session);
        }
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(`${origin}/${kind === 'login' ? 'login' : 'patents'}`);
        if (kind === 'login') await page.locator('[data-login="sme"]').waitFor();
        else await page.getByText(firstTitle, { exact: true }).waitFor();
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
    await load('login');
    await load('patents');
    const samples: Record<'login' | 'patents', LoadSample[]> = { login: [], patents: [] };
    for (let i = 0; i < runs; i++) {
      samples.login.push(await load('login'));
      samples.patents.push(await load('patents'));
    }
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
    const login = summary(samples.login);
    const patents = summary(samples.patents);
    printTable(
      `first load, fresh context each, ${runs} runs (ms)`,
      ['page', 'content p50', 'content p95', 'DOMContentLoaded p50', 'transferred KiB'],
      [
        ['login', login.contentP50Ms, login.contentP95Ms, login.domContentLoadedP50Ms, login.transferredKiB],
        [
          'my patents',
          patents.contentP50Ms,
          patents.contentP95Ms,
          patents.domContentLoadedP50Ms,
          patents.transferredKiB,
        ],
      ],
    );
    printJson('web-console', {
      commit: gitCommit(),
      runs,
      bundle: Object.fromEntries([...byKind.entries()].map(([kind, k]) => [kind, { ...k }])),
      largestFiles: files.slice(0, 5),
      firstLoad: { login, patents },
    });
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta.url)) runBench(runWebConsoleBench);
