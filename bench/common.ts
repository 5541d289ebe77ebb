import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { issueUserToken } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';
import { demoIdentity, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import { startEmbeddedPostgres, startPlatform, type Platform as RunningPlatform } from '@app/stack';

/** Repository root, from dist/bench/<file>.js. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** True when the module is the process entry point (not imported by run-all). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(resolve(entry)).href === moduleUrl;
}

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  memTotalGiB: number;
  memAvailableGiB: number | null;
  node: string;
  loadavg1m: number;
  platform: string;
}

export function machineInfo(): MachineInfo {
  let memAvailable: number | null = null;
  try {
    const match = /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
    if (match?.[1] !== undefined) memAvailable = Number(match[1]) / 1024 / 1024;
  } catch {
    memAvailable = null;
  }
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memTotalGiB: round(totalmem() / 1024 ** 3, 1),
    memAvailableGiB: memAvailable === null ? null : round(memAvailable, 1),
    node: process.version,
    loadavg1m: round(loadavg()[0] ?? 0, 2),
    platform: `${process.platform}-${process.arch}`,
  };
}

export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The value at fraction `p` (0..1) of the sorted values (nearest rank, rounding down). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/**
 * Runs `work` over `items` with `concurrency` in flight (closed loop); returns the results
 * in item order and the wall seconds.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<{ results: R[]; seconds: number }> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T);
      }
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

/** Prints an aligned text table (first column left-aligned, the rest right-aligned). */
export function printTable(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`${line(cells[0] ?? [])}\n`);
  process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
}

/** The machine-readable result: one JSON object on one line, prefixed so it can be grepped. */
export function printJson(bench: string, payload: Record<string, unknown>): void {
  process.stdout.write(
    `\nBENCH_JSON ${JSON.stringify({ bench, at: new Date().toISOString(), machine: machineInfo(), ...payload })}\n`,
  );
}

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Rejects when the promise does not settle in time (every wait in the benchmarks is bounded). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A fresh temp directory, world-traversable: when the benchmark runs as root, embedded
 * PostgreSQL runs initdb as a separate `postgres` user that must reach the data dir below.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ipfin-bench-${prefix}-`));
  chmodSync(dir, 0o755);
  return dir;
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true, maxRetries: 3 });
}

/** Parses `--name value` / `--name=value` flags (numbers only where asked). */
export function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === `--${name}`) return args[i + 1] ?? fallback;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return fallback;
}

export function numberFlag(name: string, fallback: number, min: number, max: number): number {
  const value = Number(flag(name, String(fallback)));
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`--${name} must be a number in ${min}..${max}`);
  return value;
}

/** `git rev-parse --short HEAD` (or BENCH_COMMIT, for a snapshot outside the checkout), for the record. */
export function gitCommit(): string | null {
  const fromEnv = process.env['BENCH_COMMIT'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 5000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/**
 * Cleanups run on normal exit paths (finally) and on SIGINT/SIGTERM, so an interrupted
 * benchmark does not leave PostgreSQL or app processes behind.
 */
const cleanups: (() => Promise<void> | void)[] = [];
let signalsHooked = false;

export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
  if (signalsHooked) return;
  signalsHooked = true;
  const handler = (signal: NodeJS.Signals): void => {
    log(`${signal}: cleaning up`);
    void runCleanups().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop() as () => Promise<void> | void;
    try {
      await withTimeout(Promise.resolve(fn()), 30000, 'cleanup');
    } catch (error) {
      log(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Runs a benchmark's main function with cleanups and a non-zero exit on failure. */
export function runBench(main: () => Promise<void>): void {
  main()
    .then(runCleanups)
    .then(() => process.exit(process.exitCode ?? 0))
    .catch(async (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      await runCleanups();
      process.exit(1);
    });
}

/** The platform as a benchmark runs it: embedded PostgreSQL in a temp dir, free ports, demo seed. */
export interface BenchPlatform {
  dir: string;
  /** The server's maintenance database URL (…/postgres); the platform uses …/ipfin_bench on it. */
  serverUrl: string;
  databaseUrl: string;
  platform: RunningPlatform;
}

/**
 * Starts PostgreSQL and the platform for a benchmark, registering their cleanups; `env`
 * adds to the apps' environment (the development secrets are always set).
 */
export async function startBenchPlatform(name: string, env: Record<string, string> = {}): Promise<BenchPlatform> {
  const dir = tempDir(name);
  onCleanup(() => removeDir(dir));
  log(`embedded PostgreSQL in ${dir}`);
  const db = await withTimeout(
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false, logFile: join(dir, 'postgres.log') }),
    120000,
    'embedded PostgreSQL start',
  );
  onCleanup(() => db.stop());
  log('platform: migrate, seed, subgraphs, gateway');
  const databaseUrl = db.serverUrl.replace(/\/postgres$/, '/ipfin_bench');
  const platform = await withTimeout(
    startPlatform({
      rootDir: ROOT,
      databaseUrl,
      ports: { gateway: 0, valuation: 0, 'pledge-registry': 0 },
      env: {
        GATEWAY_SHARED_SECRET: DEV_GATEWAY_SHARED_SECRET,
        JWT_SECRET: DEV_JWT_SECRET,
        NODE_ENV: 'development',
        // Load generators send thousands of requests a minute as one user.
        GATEWAY_RATE_LIMIT_PER_MINUTE: '0',
        ...env,
      },
      logDir: join(dir, 'logs'),
      seed: true,
      readyTimeoutMs: 90000,
    }),
    300000,
    'platform start',
  );
  onCleanup(() => platform.stop());
  return { dir, serverUrl: db.serverUrl, databaseUrl, platform };
}

/** A bearer token for a demo user, signed with the development secret. */
export function demoToken(login: string): Promise<string> {
  return issueUserToken(demoIdentity(login), DEV_JWT_SECRET, LOCAL_TOKEN_ISSUER, LOCAL_TOKEN_AUDIENCE);
}

/** POSTs one GraphQL operation with a bearer token; throws with the errors unless data came back. */
export async function benchGql<T>(
  url: string,
  bearer: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 60000,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: { data?: T | null; errors?: unknown[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 || body.errors !== undefined || body.data === null || body.data === undefined)
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 1500)}`);
  return body.data;
}
