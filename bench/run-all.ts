import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isMain, log, printJson, printTable, ROOT, runBench } from './common.js';

/**
 * `npm run bench`: the benchmarks in sequence, each in its own process (so one
 * cannot skew the next through heap or event-loop state), each with a time limit. Their
 * output passes through; a summary table and one combined JSON line come last.
 *
 * node dist/bench/run-all.js
 */

const BENCHES: { name: string; script: string; timeoutMinutes: number }[] = [
  { name: 'gateway-overhead', script: 'dist/bench/gateway-overhead.js', timeoutMinutes: 10 },
  { name: 'start-time', script: 'dist/bench/start-time.js', timeoutMinutes: 20 },
  { name: 'import', script: 'dist/bench/import.js', timeoutMinutes: 40 },
  { name: 'monte-carlo', script: 'dist/bench/monte-carlo.js', timeoutMinutes: 20 },
  { name: 'portfolio', script: 'dist/bench/portfolio.js', timeoutMinutes: 15 },
  { name: 'pledge-registration', script: 'dist/bench/pledge-registration.js', timeoutMinutes: 15 },
  { name: 'repayment-schedule', script: 'dist/bench/repayment-schedule.js', timeoutMinutes: 10 },
  { name: 'program-dashboard', script: 'dist/bench/program-dashboard.js', timeoutMinutes: 30 },
  { name: 'securitization-projection', script: 'dist/bench/securitization-projection.js', timeoutMinutes: 15 },
  { name: 'web-console', script: 'dist/bench/web-console.js', timeoutMinutes: 10 },
];

interface Outcome {
  name: string;
  exitCode: number;
  seconds: number;
  json: Record<string, unknown> | null;
}

function runOne(name: string, script: string, timeoutMinutes: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(ROOT, script)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    let json: Record<string, unknown> | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('BENCH_JSON '))
          json = JSON.parse(line.slice('BENCH_JSON '.length)) as Record<string, unknown>;
      }
    });
    // SIGTERM first (the benchmark cleans up its PostgreSQL and apps), SIGKILL if that hangs.
    const term = setTimeout(() => {
      log(`${name}: over ${timeoutMinutes} min, stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 60000).unref();
    }, timeoutMinutes * 60000);
    child.on('exit', (code, signal) => {
      clearTimeout(term);
      resolve({
        name,
        exitCode: code ?? (signal === null ? 1 : 128),
        seconds: Math.round((Date.now() - started) / 1000),
        json,
      });
    });
  });
}

export async function runAll(): Promise<void> {
  const outcomes: Outcome[] = [];
  for (const bench of BENCHES) {
    log(`=== ${bench.name}`);
    outcomes.push(await runOne(bench.name, bench.script, bench.timeoutMinutes));
  }
  const pick = (name: string, path: string[]): unknown =>
    path.reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      outcomes.find((o) => o.name === name)?.json,
    );
  printTable(
    'All benchmarks',
    ['benchmark', 'exit', 'seconds', 'headline'],
    [
      [
        'gateway-overhead',
        outcomes[0]?.exitCode ?? '-',
        outcomes[0]?.seconds ?? '-',
        `Hive/direct ${String(pick('gateway-overhead', ['ratios', 'hiveOverDirect']))} (goal >= 0.5), Hive/Apollo ${String(pick('gateway-overhead', ['ratios', 'hiveOverApollo']))}`,
      ],
      [
        'start-time',
        outcomes[1]?.exitCode ?? '-',
        outcomes[1]?.seconds ?? '-',
        `cold ${String(pick('start-time', ['cold', 'readyMedian']))} s, warm ${String(pick('start-time', ['warm', 'readyMedian']))} s, stop ${String(pick('start-time', ['warm', 'stopMedian']))} s`,
      ],
      [
        'import',
        outcomes[2]?.exitCode ?? '-',
        outcomes[2]?.seconds ?? '-',
        `import/COPY ${String(pick('import', ['ratios', 'importOverCopy']))} (goal >= 0.5)`,
      ],
      [
        'pledge-registration',
        outcomes[5]?.exitCode ?? '-',
        outcomes[5]?.seconds ?? '-',
        `gateway/TPC-B ${String(pick('pledge-registration', ['ratios', 'gatewayOverTpcb']))} (goal >= 0.25), service/TPC-B ${String(pick('pledge-registration', ['ratios', 'serviceOverTpcb']))} (goal >= 1.0)`,
      ],
      [
        'repayment-schedule',
        outcomes[6]?.exitCode ?? '-',
        outcomes[6]?.seconds ?? '-',
        `240-month annuity ${String(pick('repayment-schedule', ['pure', '0', 'schedulesPerSecond']))} schedules/s, gateway ${String(pick('repayment-schedule', ['gateway', 'requestsPerSecond']))} req/s`,
      ],
      [
        'program-dashboard',
        outcomes[7]?.exitCode ?? '-',
        outcomes[7]?.seconds ?? '-',
        `city x quarter naive/rollup ${String(pick('program-dashboard', ['ratios', 'cityQuarterNaiveOverRollup']))}x, loans ${String(pick('program-dashboard', ['ratios', 'loanCityQuarterNaiveOverRollup']))}x (goal >= 50 each), dashboard p95 ${String(pick('program-dashboard', ['dashboard', 'rollup', 'p95Ms']))} ms, API p95 ${String(pick('program-dashboard', ['dashboard', 'api', 'p95Ms']))} ms`,
      ],
      [
        'securitization-projection',
        outcomes[8]?.exitCode ?? '-',
        outcomes[8]?.seconds ?? '-',
        `projectPool/minimal loop ${String(pick('securitization-projection', ['engineOverMinimal']))} (goal <= 2)`,
      ],
      [
        'web-console',
        outcomes[9]?.exitCode ?? '-',
        outcomes[9]?.seconds ?? '-',
        `entry brotli ${String(pick('web-console', ['bundle', 'entry (every first load)', 'br']))} B, My patents first load p50 ${String(pick('web-console', ['firstLoad', 'my patents', 'contentP50Ms']))} ms`,
      ],
    ],
  );
  printJson('all', {
    outcomes: outcomes.map((o) => ({ name: o.name, exitCode: o.exitCode, seconds: o.seconds, result: o.json })),
  });
  if (outcomes.some((o) => o.exitCode !== 0)) process.exitCode = 1;
}

if (isMain(import.meta.url)) runBench(runAll);
