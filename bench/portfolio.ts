import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEMO_PARTIES } from '@app/demo-data';
import type { RunningProcess } from '@app/stack';
import {
  benchGql,
  demoToken,
  gitCommit,
  isMain,
  log,
  numberFlag,
  printJson,
  printTable,
  round,
  runBench,
  startBenchPlatform,
  sleep,
} from './common.js';

/**
 * Portfolio valuation throughput, end to end through the gateway: the platform (embedded
 * PostgreSQL in a temp dir, free ports, demo seed) is started; N invention patents owned
 * by the demo SME (Lianxin, credit code 91320594MA1W0L2Q3E) are imported with
 * `importPatents` as `registrar`; then, as `sme`, `startPortfolioValuation` values all of
 * them with relief-from-royalty assumptions (revenue projection) and `portfolioValuation`
 * is polled every 250 ms until COMPLETED (bounded). Reports assets valued per second from
 * the mutation being sent to COMPLETED being seen, the server's own createdAt..completedAt,
 * failures, and the CPU each process spent.
 *
 * node dist/bench/portfolio.js [--assets 1000] [--timeout 600]
 */

const LIANXIN = DEMO_PARTIES.lianxin;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

/** CN application number: year (4) + kind digit 1 (invention) + 7-digit serial, then the check character. */
export function cnInventionNumber(year: number, serial: number): string {
  const digits = `${year}1${String(serial).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits.charAt(i)) * (WEIGHTS[i] as number);
  const check = sum % 11;
  return `CN${digits}.${check === 10 ? 'X' : String(check)}`;
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function portfolioCsv(count: number): { csv: string; numbers: string[] } {
  const header = [
    'number',
    'kind',
    'title',
    'filing_date',
    'grant_date',
    'legal_status',
    'ipc_classes',
    'owners',
    'owner_credit_codes',
    'owner_shares',
    'claims_count',
    'independent_claims',
    'forward_citations',
    'family_size',
    'licences_granted',
  ];
  const lines = [header.join(',')];
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const number = cnInventionNumber(2023, 8_000_000 + i);
    numbers.push(number);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      [
        number,
        'INVENTION',
        `Benchmark invention ${i + 1}: adaptive power gating for edge AI accelerators`,
        `2023-${month}-${day}`,
        `2025-${month}-${day}`,
        'GRANTED',
        'H01L27/02;G06F1/32',
        LIANXIN.name,
        LIANXIN.creditCode,
        '100',
        String(8 + (i % 15)),
        String(1 + (i % 3)),
        String(i % 20),
        String(1 + (i % 4)),
        String(i % 3),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { csv: `${lines.join('\n')}\n`, numbers };
}

// CPU time per process, from /proc (Linux); 0 where unreadable.
let clockTicks = 100;
try {
  clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2000 }).trim()) || 100;
} catch {
  clockTicks = 100;
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** utime + stime (+ reaped and live children when asked), in seconds. */
function cpuSeconds(pid: number, withChildren: boolean): number {
  const own = statFields(pid);
  if (own === null) return 0;
  let ticks = Number(own[11]) + Number(own[12]);
  if (withChildren) {
    ticks += Number(own[13]) + Number(own[14]);
    for (const child of childPids(pid)) {
      const f = statFields(child);
      if (f !== null) ticks += Number(f[11]) + Number(f[12]);
    }
  }
  return ticks / clockTicks;
}

const IMPORT = `mutation Import($csv: String!) {
  importPatents(csv: $csv) { rowsRead inserted updated rejected rejections { line field message } }
}`;
const ASSETS = `query Assets($owner: ID!, $after: String) {
  ipAssets(filter: { ownerPartyId: $owner }, first: 100, after: $after) {
    edges { node { id number } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const START = `mutation Start($input: StartPortfolioValuationInput!) {
  startPortfolioValuation(input: $input) { id status total succeeded failed pending }
}`;
const POLL = `query Poll($id: ID!) {
  portfolioValuation(id: $id) { id status total succeeded failed pending createdAt completedAt }
}`;
const FAILED_ITEMS = `query Failed($id: ID!) {
  portfolioValuation(id: $id) { items(status: FAILED, first: 20) { edges { node { position assetId error } } } }
}`;
const SAMPLE_ITEMS = `query Sample($id: ID!) {
  portfolioValuation(id: $id) {
    items(status: VALUED, first: 3) { edges { node { assetId valuation { version value { amount currency } } } } }
  }
}`;

/** Applied to every asset; legal life and scorecard attributes come from the registry. */
const ASSUMPTIONS = {
  currency: 'CNY',
  economicLifeYears: 10,
  taxRate: '0.25',
  discountRate: '0.13',
  reliefFromRoyalty: {
    projection: { baseRevenue: '12000000', growthRate: '0.05', years: 10 },
    royaltyRate: '0.03',
  },
};

interface Job {
  id: string;
  status: string;
  total: number;
  succeeded: number;
  failed: number;
  pending: number;
  createdAt?: string;
  completedAt?: string | null;
}

export interface PortfolioFigures {
  assets: number;
  importSeconds: number;
  imported: { rowsRead: number; inserted: number; updated: number; rejected: number };
  status: string;
  succeeded: number;
  failed: number;
  pending: number;
  wallSeconds: number;
  assetsPerSecond: number;
  serverSeconds: number | null;
  serverAssetsPerSecond: number | null;
  polls: number;
  cpuSeconds: Record<string, number>;
  failures: { position: number; assetId: string; error: string | null }[];
  sample: unknown;
  loadavgBefore: number[];
  loadavgAfter: number[];
  goalMet: boolean;
}

export async function runPortfolioBench(): Promise<PortfolioFigures> {
  const count = numberFlag('assets', 1000, 1, 10000);
  const timeoutSeconds = numberFlag('timeout', 600, 10, 3600);

  const { platform } = await startBenchPlatform('portfolio');
  const gateway = platform.urls.gateway;
  const registrar = await demoToken('registrar');
  const sme = await demoToken('sme');

  log(`importPatents: ${count} inventions owned by ${LIANXIN.name}`);
  const { csv, numbers } = portfolioCsv(count);
  let started = performance.now();
  const imported = (
    await benchGql<{ importPatents: PortfolioFigures['imported'] & { rejections: unknown[] } }>(
      gateway,
      registrar,
      IMPORT,
      { csv },
      300000,
    )
  ).importPatents;
  const importSeconds = (performance.now() - started) / 1000;
  if (imported.inserted !== count || imported.rejected !== 0)
    throw new Error(`import: ${JSON.stringify(imported).slice(0, 2000)}`);

  // The SME's assets, restricted to the ones just imported (the demo seed has others).
  const wanted = new Set(numbers);
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < Math.ceil(count / 100) + 10; page++) {
    const data: {
      ipAssets: {
        edges: { node: { id: string; number: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await benchGql(gateway, sme, ASSETS, { owner: LIANXIN.id, after });
    for (const { node } of data.ipAssets.edges) if (wanted.has(node.number)) ids.push(node.id);
    if (!data.ipAssets.pageInfo.hasNextPage) break;
    after = data.ipAssets.pageInfo.endCursor;
  }
  if (ids.length !== count) throw new Error(`found ${ids.length} of the ${count} imported assets`);

  const pid = (p: RunningProcess): number => p.child.pid as number;
  const postmaster = childPids(process.pid).find((p) => {
    try {
      return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
  const processes: { name: string; pid: number; withChildren: boolean }[] = [
    { name: 'valuation', pid: pid(platform.processes.valuation), withChildren: false },
    { name: 'pledge-registry', pid: pid(platform.processes['pledge-registry']), withChildren: false },
    { name: 'gateway', pid: pid(platform.processes.gateway), withChildren: false },
    ...(postmaster === undefined ? [] : [{ name: 'postgres', pid: postmaster, withChildren: true }]),
  ];
  const cpuBefore = processes.map((p) => cpuSeconds(p.pid, p.withChildren));
  const loadavgBefore = loadavg().map((v) => round(v, 2));

  log(`startPortfolioValuation of ${count} assets as sme`);
  started = performance.now();
  let job = (
    await benchGql<{ startPortfolioValuation: Job }>(gateway, sme, START, {
      input: { assetIds: ids, assumptions: ASSUMPTIONS },
    })
  ).startPortfolioValuation;
  const deadline = Date.now() + timeoutSeconds * 1000;
  let polls = 0;
  let lastLog = Date.now();
  const maxPolls = Math.ceil((timeoutSeconds * 1000) / 250) + 10;
  while (job.status !== 'COMPLETED' && Date.now() < deadline && polls < maxPolls) {
    await sleep(250);
    job = (await benchGql<{ portfolioValuation: Job }>(gateway, sme, POLL, { id: job.id })).portfolioValuation;
    polls++;
    if (Date.now() - lastLog >= 5000) {
      lastLog = Date.now();
      log(`  ${job.succeeded} valued, ${job.failed} failed, ${job.pending} pending`);
    }
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu: Record<string, number> = {};
  processes.forEach((p, i) => {
    cpu[p.name] = round(cpuSeconds(p.pid, p.withChildren) - (cpuBefore[i] ?? 0), 2);
  });
  const loadavgAfter = loadavg().map((v) => round(v, 2));
  if (job.status !== 'COMPLETED')
    throw new Error(`job ${job.id} not completed after ${timeoutSeconds} s: ${JSON.stringify(job)}`);
  if (job.createdAt === undefined)
    job = (await benchGql<{ portfolioValuation: Job }>(gateway, sme, POLL, { id: job.id })).portfolioValuation;

  let failures: PortfolioFigures['failures'] = [];
  if (job.failed > 0) {
    const data = await benchGql<{
      portfolioValuation: { items: { edges: { node: { position: number; assetId: string; error: string | null } }[] } };
    }>(gateway, sme, FAILED_ITEMS, { id: job.id });
    failures = data.portfolioValuation.items.edges.map((e) => e.node);
  }
  const sample = (await benchGql<{ portfolioValuation: unknown }>(gateway, sme, SAMPLE_ITEMS, { id: job.id }))
    .portfolioValuation;
  const serverSeconds =
    job.createdAt !== undefined && job.completedAt !== null && job.completedAt !== undefined
      ? (Date.parse(job.completedAt) - Date.parse(job.createdAt)) / 1000
      : null;
  return {
    assets: count,
    importSeconds: round(importSeconds, 2),
    imported: {
      rowsRead: imported.rowsRead,
      inserted: imported.inserted,
      updated: imported.updated,
      rejected: imported.rejected,
    },
    status: job.status,
    succeeded: job.succeeded,
    failed: job.failed,
    pending: job.pending,
    wallSeconds: round(wallSeconds, 2),
    assetsPerSecond: round(job.succeeded / wallSeconds, 1),
    serverSeconds: serverSeconds === null ? null : round(serverSeconds, 2),
    serverAssetsPerSecond: serverSeconds === null ? null : round(job.succeeded / serverSeconds, 1),
    polls,
    cpuSeconds: cpu,
    failures,
    sample,
    loadavgBefore,
    loadavgAfter,
    goalMet: job.failed === 0 && job.succeeded === count,
  };
}

if (isMain(import.meta.url)) {
  runBench(async () => {
    const figures = await runPortfolioBench();
    printTable(
      `Portfolio valuation of ${figures.assets} patents (relief from royalty), end to end through the gateway`,
      ['', 'value'],
      [
        ['importPatents (GraphQL, registrar), s', figures.importSeconds],
        ['job status', figures.status],
        ['valued / failed / pending', `${figures.succeeded} / ${figures.failed} / ${figures.pending}`],
        ['wall time, start mutation -> COMPLETED seen, s', figures.wallSeconds],
        ['assets valued per second (wall)', figures.assetsPerSecond],
        ['server createdAt -> completedAt, s', figures.serverSeconds ?? 'n/a'],
        ['assets valued per second (server)', figures.serverAssetsPerSecond ?? 'n/a'],
        ...Object.entries(figures.cpuSeconds).map(([name, s]): [string, number] => [
          `CPU s during the job: ${name}`,
          s,
        ]),
        ['load average before / after', `${figures.loadavgBefore.join(' ')} / ${figures.loadavgAfter.join(' ')}`],
      ],
    );
    if (figures.failures.length > 0) process.stdout.write(`failures: ${JSON.stringify(figures.failures)}\n`);
    process.stdout.write(`sample: ${JSON.stringify(figures.sample)}\n`);
    printJson('portfolio', { commit: gitCommit(), ...figures });
  });
}
