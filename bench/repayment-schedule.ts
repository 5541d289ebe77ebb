import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { APPS } from '@app/stack';
import {
  benchGql,
  demoToken,
  flag,
  gitCommit,
  inParallel,
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
 * Repayment-schedule generation throughput.
 *
 * (a) The pure function: the registry's `measure-schedules` command computes `--schedules`
 *     240-month schedules (1,000,000.00 at 4.9 %, the DOMAIN.md example) per method and
 *     day-count convention in its own process, after a warm-up, `--runs` times; the median
 *     run, in schedules and instalment lines per second.
 * (b) Through the gateway (`--platform true`): the platform (embedded PostgreSQL in a temp dir,
 *     free ports, demo seed) is started and `--requests` `repaymentSchedule` queries for the
 *     240-month annuity (all 240 lines, every money field) are sent by `--concurrency` closed-loop
 *     clients as `bank`, after 50 warm-up requests; requests per second and latency percentiles.
 *
 * node dist/bench/repayment-schedule.js [--schedules 10000] [--runs 3] [--platform true]
 *   [--requests 2000] [--concurrency 8]
 */

const TERM = 240;

interface PureFigures {
  name: string;
  schedulesPerSecond: number;
  linesPerSecond: number;
  msPerSchedule: number;
}

function runPure(schedules: number, runs: number): PureFigures[] {
  const stdout = execFileSync(
    process.execPath,
    [`${ROOT}/${APPS['pledge-registry'].cli as string}`, 'measure-schedules', String(schedules), String(runs)],
    { encoding: 'utf8', timeout: 600000 },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('{'));
  if (line === undefined) throw new Error(`measure-schedules printed no result: ${stdout}`);
  const measured = JSON.parse(line) as { termMonths: number; results: { name: string; seconds: number[] }[] };
  if (measured.termMonths !== TERM) throw new Error(`measure-schedules used ${measured.termMonths} months`);
  return measured.results.map(({ name, seconds: all }) => {
    const seconds = median(all);
    log(`${name}: ${schedules} schedules in ${round(seconds, 2)} s (median of ${runs})`);
    return {
      name,
      schedulesPerSecond: round(schedules / seconds),
      linesPerSecond: round((schedules * TERM) / seconds),
      msPerSchedule: round((seconds * 1000) / schedules, 3),
    };
  });
}

const QUERY = `query($input: RepaymentScheduleInput!) {
  repaymentSchedule(input: $input) {
    lines { number dueDate days openingBalance { amount currency } instalment { amount } interest { amount } principal { amount } closingBalance { amount } }
    totalInstalments { amount } totalInterest { amount }
  }
}`;

interface GatewayFigures {
  requests: number;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
}

async function runGateway(requests: number, concurrency: number): Promise<GatewayFigures> {
  const { platform } = await startBenchPlatform('repayment-schedule');
  const bank = await demoToken('bank');
  const variables = {
    input: {
      principal: '1000000.00',
      annualRate: '0.049',
      termMonths: TERM,
      repaymentMethod: 'ANNUITY',
      disbursementDate: '2026-01-15',
    },
  };
  type Answer = { repaymentSchedule: { lines: { instalment: { amount: string } }[] } };
  const one = async (): Promise<number> => {
    const started = performance.now();
    const data = await benchGql<Answer>(platform.urls.gateway, bank, QUERY, variables);
    if (data.repaymentSchedule.lines[0]?.instalment.amount !== '6544.44') throw new Error('wrong schedule');
    return performance.now() - started;
  };
  for (let i = 0; i < 50; i++) await one();
  log(`gateway: ${requests} requests, ${concurrency} clients`);
  const { results: latencies, seconds } = await inParallel(Array.from({ length: requests }), concurrency, one);
  const pct = (p: number): number => round(percentile(latencies, p), 1);
  return {
    requests,
    concurrency,
    seconds: round(seconds, 2),
    requestsPerSecond: round(requests / seconds, 1),
    latencyMs: { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) },
  };
}

export async function runRepaymentScheduleBench(): Promise<void> {
  const schedules = numberFlag('schedules', 10000, 1, 1_000_000);
  const runs = numberFlag('runs', 3, 1, 20);
  const withPlatform = flag('platform', 'true') === 'true';
  const requests = numberFlag('requests', 2000, 1, 1_000_000);
  const concurrency = numberFlag('concurrency', 8, 1, 256);

  const pure = runPure(schedules, runs);
  printTable(
    `Repayment schedules, pure function (${TERM} months, ${schedules} schedules, median of ${runs})`,
    ['case', 'schedules/s', 'lines/s', 'ms/schedule'],
    pure.map((f) => [f.name, f.schedulesPerSecond, f.linesPerSecond, f.msPerSchedule]),
  );

  const gateway = withPlatform ? await runGateway(requests, concurrency) : null;
  if (gateway !== null) {
    printTable(
      `repaymentSchedule through the gateway (${TERM}-month annuity, ${concurrency} closed-loop clients)`,
      ['requests', 'seconds', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'],
      [
        [
          gateway.requests,
          gateway.seconds,
          gateway.requestsPerSecond,
          gateway.latencyMs.p50,
          gateway.latencyMs.p95,
          gateway.latencyMs.p99,
        ],
      ],
    );
  }
  printJson('repayment-schedule', { commit: gitCommit(), termMonths: TERM, schedules, runs, pure, gateway });
}

if (isMain(import.meta.url)) runBench(runRepaymentScheduleBench);
