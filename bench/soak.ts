import { join } from 'node:path';
import {
  databaseConnections,
  E2E_ENV,
  heapAfterGc,
  INSPECT_ON_SIGNAL,
  prepareSoak,
  rssBytes,
  runSoak,
  type HeapFigures,
} from '@app/testing';
import {
  gitCommit,
  isMain,
  log,
  numberFlag,
  printJson,
  printTable,
  ROOT,
  round,
  runBench,
  startBenchPlatform,
} from './common.js';

/**
 * Bounded soak: the realistic mix of @app/testing's runSoak (reads: ipAssets with their
 * valuations, pledgeRegister, programDashboard, repaymentSchedule, securitizationPools,
 * listings; writes: enterprises, and patents listed and offered on) through the gateway
 * with N closed-loop clients, against a stack it boots itself. Records requests and errors
 * (must be 0), each app's resident memory and live heap after a forced GC once warmed up
 * and at the end (growth at most 20 %), and the subgraphs' PostgreSQL connections every few
 * seconds (pg_stat_activity; must stay flat). Exits non-zero when a bound is broken.
 *
 * node dist/bench/soak.js [--minutes 5] [--clients 8] [--warmup-seconds 30]
 */

const MAX_GROWTH = 0.2;
const MAX_CONNECTION_SPREAD = 6;
const SUBGRAPHS = ['pledge-registry', 'valuation'];

async function main(): Promise<void> {
  const minutes = numberFlag('minutes', 5, 0.1, 120);
  const clients = numberFlag('clients', 8, 1, 64);
  const warmUpSeconds = numberFlag('warmup-seconds', 30, 0, 600);
  const bench = await startBenchPlatform('soak', { NODE_OPTIONS: INSPECT_ON_SIGNAL, LOG_LEVEL: 'warn' });
  const { platform } = bench;
  const logDir = join(bench.dir, 'logs');
  const pids = Object.fromEntries(Object.entries(platform.processes).map(([app, p]) => [app, p.child.pid as number]));
  // The fixtures of @app/testing find the platform through the e2e variables.
  Object.assign(process.env, {
    [E2E_ENV.gatewayUrl]: platform.urls.gateway,
    [E2E_ENV.registryUrl]: platform.urls['pledge-registry'],
    [E2E_ENV.valuationUrl]: platform.urls.valuation,
    [E2E_ENV.databaseUrl]: bench.databaseUrl,
    [E2E_ENV.logDir]: logDir,
    [E2E_ENV.rootDir]: ROOT,
    [E2E_ENV.processIds]: JSON.stringify(pids),
  });
  const memory = async (): Promise<Record<string, HeapFigures>> =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(pids).map(async ([app, pid]) => [app, await heapAfterGc(pid, join(logDir, `${app}.log`))]),
      ),
    );
  const connections = async (): Promise<number> => {
    const byApp = await databaseConnections(bench.databaseUrl);
    return SUBGRAPHS.reduce((sum, app) => sum + (byApp[app] ?? 0), 0);
  };

  const workload = await prepareSoak();
  log(`warm-up ${warmUpSeconds} s, ${clients} clients`);
  const warmUp = await runSoak({ workload, clients, durationMs: warmUpSeconds * 1000 });
  const start = await memory();
  const samples: { at: number; connections: number; rss: Record<string, number> }[] = [];
  const sample = async (): Promise<void> => {
    samples.push({
      at: Date.now(),
      connections: await connections(),
      rss: Object.fromEntries(Object.entries(pids).map(([app, pid]) => [app, rssBytes(pid)])),
    });
  };
  await sample();
  log(`soak ${minutes} min, ${clients} clients`);
  const report = await runSoak({
    workload,
    clients,
    durationMs: minutes * 60_000,
    sampleEveryMs: 5000,
    onSample: sample,
  });
  await sample();
  const end = await memory();

  const mib = (bytes: number): number => round(bytes / 1048576, 1);
  const growth = (a: number, b: number): number => round((b / a - 1) * 100, 1);
  const perApp = Object.keys(pids).map((app) => {
    const s = start[app] as HeapFigures;
    const e = end[app] as HeapFigures;
    const rssSeen = samples.map((x) => x.rss[app] as number);
    return {
      app,
      rssStartMiB: mib(s.rss),
      rssEndMiB: mib(e.rss),
      rssGrowthPct: growth(s.rss, e.rss),
      rssPeakMiB: mib(Math.max(...rssSeen)),
      heapStartMiB: mib(s.heapUsed),
      heapEndMiB: mib(e.heapUsed),
      heapGrowthPct: growth(s.heapUsed, e.heapUsed),
    };
  });
  const conns = samples.map((x) => x.connections);
  const result = {
    minutes,
    clients,
    warmUpRequests: warmUp.requests,
    requests: report.requests,
    errors: report.errors + warmUp.errors,
    errorSamples: [...warmUp.errorSamples, ...report.errorSamples],
    requestsPerSecond: round(report.requests / report.seconds, 1),
    p99Ms: report.p99Ms,
    maxMs: report.maxMs,
    byOperation: report.byOperation,
    memory: perApp,
    connections: { min: Math.min(...conns), max: Math.max(...conns), samples: conns.length },
    commit: gitCommit(),
  };

  printTable(
    `Soak: ${minutes} min, ${clients} clients, ${result.requests} requests, ${result.errors} errors`,
    ['operation', 'requests', 'errors', 'max ms'],
    Object.entries(report.byOperation).map(([name, o]) => [name, o.requests, o.errors, Math.round(o.maxMs)]),
  );
  printTable(
    'Memory after a forced GC (MiB), after warm-up -> end',
    ['app', 'RSS start', 'RSS end', 'RSS %', 'RSS peak', 'heap start', 'heap end', 'heap %'],
    perApp.map((m) => [
      m.app,
      m.rssStartMiB,
      m.rssEndMiB,
      m.rssGrowthPct,
      m.rssPeakMiB,
      m.heapStartMiB,
      m.heapEndMiB,
      m.heapGrowthPct,
    ]),
  );
  process.stdout.write(
    `\nPostgreSQL connections of the subgraphs: min ${result.connections.min}, max ${result.connections.max} ` +
      `(${conns.length} samples)\n`,
  );
  printJson('soak', result);

  const broken: string[] = [];
  if (result.errors > 0) broken.push(`${result.errors} errors: ${result.errorSamples.join(' | ').slice(0, 2000)}`);
  for (const m of perApp) {
    if (m.rssGrowthPct > MAX_GROWTH * 100) broken.push(`${m.app} RSS grew ${m.rssGrowthPct} %`);
    if (m.heapGrowthPct > MAX_GROWTH * 100) broken.push(`${m.app} heap grew ${m.heapGrowthPct} %`);
  }
  if (result.connections.max - result.connections.min > MAX_CONNECTION_SPREAD)
    broken.push(`connections ranged ${result.connections.min}..${result.connections.max}`);
  if (broken.length > 0) {
    process.stderr.write(`soak: bounds broken:\n${broken.join('\n')}\n`);
    process.exitCode = 1;
  }
}

if (isMain(import.meta.url)) runBench(main);
