import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ensureDatabaseExists } from '@app/database';
import { runNode, startEmbeddedPostgres } from '@app/stack';
import {
  gitCommit,
  isMain,
  log,
  median,
  numberFlag,
  onCleanup,
  printJson,
  printTable,
  removeDir,
  ROOT,
  round,
  runBench,
  sleep,
  tempDir,
} from './common.js';
import { DEFAULT_SEED, PATENT_CSV_COLUMNS, writePatentsCsv } from './generate-patents-csv.js';

/**
 * Patent import throughput against PostgreSQL's own bulk load, same server, same file:
 * (a) `cli.js import-patents` (parse, validate, upsert assets and owners in batches) into
 * a freshly migrated database, (b) `COPY ... FROM STDIN (FORMAT csv, HEADER)` into an
 * unlogged staging table of text columns (no validation, no indexes: the ceiling),
 * (c) re-importing the same file (every row an update). Peak RSS of the import process
 * comes from `/usr/bin/time -v` (when present) and /proc sampling; a tenth-size import
 * runs first so the two peaks show whether memory grows with the file.
 *
 * node dist/bench/import.js [--rows 100000] [--seed 20261121] [--copy-runs 3] [--import-timeout 1800]
 */

const CLI = join(ROOT, 'dist/apps/pledge-registry/src/cli.js');
const TIME = '/usr/bin/time';

export interface ImportRun {
  label: string;
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  /** From the CLI's own summary (stream open to last batch committed). */
  cliSeconds: number;
  cliRowsPerSec: number;
  /** Process spawn to exit, including Node and Nest start-up. */
  wallSeconds: number;
  wallRowsPerSec: number;
  /** User + system CPU seconds of the import process (`/usr/bin/time -v`; null without it). */
  cpuSeconds: number | null;
  /** `/usr/bin/time -v` Maximum resident set size, MiB (null without GNU time). */
  maxRssMiB: number | null;
  /** Last VmHWM seen in /proc/<pid>/status, MiB. */
  vmHwmMiB: number | null;
  /** VmRSS at 25/50/75/100 % of the run, MiB. */
  rssQuartilesMiB: (number | null)[];
  samples: number;
}

function childPidOf(pid: number): number | null {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.length > 0 ? Number(children[0]) : null;
  } catch {
    return null;
  }
}

function memoryOf(pid: number): { rssKiB: number; hwmKiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return rss === undefined || hwm === undefined ? null : { rssKiB: Number(rss), hwmKiB: Number(hwm) };
  } catch {
    return null;
  }
}

const mib = (kib: number): number => round(kib / 1024, 1);

async function runImport(label: string, file: string, databaseUrl: string, timeoutMs: number): Promise<ImportRun> {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const args = useTime ? ['-v', process.execPath, CLI, 'import-patents', file] : [CLI, 'import-patents', file];
  log(`${label}: ${useTime ? '/usr/bin/time -v ' : ''}node cli.js import-patents ${file}`);
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdoutTail = '';
  let stderrTail = '';
  let rejectedLines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    rejectedLines += (text.match(/^rejected line/gm) ?? []).length;
    stdoutTail = (stdoutTail + text).slice(-8192);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-16384);
  });
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128))),
  );
  let code: number | null = null;
  void exited.then((c) => {
    code = c;
  });
  onCleanup(() => {
    if (code === null) child.kill('SIGKILL');
  });

  // Sample the node process (the child of /usr/bin/time) every 100 ms, bounded by the timeout.
  const samples: { t: number; rssKiB: number; hwmKiB: number }[] = [];
  const deadline = Date.now() + timeoutMs;
  let nodePid: number | null = useTime ? null : (child.pid ?? null);
  while (code === null && Date.now() < deadline) {
    if (nodePid === null && child.pid !== undefined) nodePid = childPidOf(child.pid);
    const memory = nodePid === null ? null : memoryOf(nodePid);
    if (memory !== null) samples.push({ t: Number(process.hrtime.bigint() - started) / 1e9, ...memory });
    await sleep(100);
  }
  if (code === null) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${label}: import did not finish within ${timeoutMs} ms`);
  }
  const exitCode = await exited;
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = /(\d+) rows read, (\d+) inserted, (\d+) updated, (\d+) rejected in ([\d.]+) s/.exec(stdoutTail);
  if (summary === null || (exitCode !== 0 && exitCode !== 2)) {
    throw new Error(
      `${label}: import failed (exit ${exitCode}):\n${stdoutTail.slice(-2000)}\n${stderrTail.slice(-3000)}`,
    );
  }
  const [rows, inserted, updated, rejected, seconds] = summary.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (rejected > 0)
    log(
      `${label}: ${rejected} rows rejected (${rejectedLines} lines printed), e.g. ${stdoutTail.split('\n').find((l) => l.startsWith('rejected')) ?? ''}`,
    );
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderrTail)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderrTail)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderrTail)?.[1];
  const last = samples.at(-1);
  const rssAt = (fraction: number): number | null => {
    if (last === undefined) return null;
    const target = last.t * fraction;
    const sample = samples.find((s) => s.t >= target) ?? last;
    return mib(sample.rssKiB);
  };
  return {
    label,
    rows,
    inserted,
    updated,
    rejected,
    cliSeconds: seconds,
    cliRowsPerSec: Math.round(rows / Math.max(seconds, 0.001)),
    wallSeconds: round(wallSeconds, 2),
    wallRowsPerSec: Math.round(rows / wallSeconds),
    cpuSeconds: user === undefined || system === undefined ? null : round(Number(user) + Number(system), 2),
    maxRssMiB: maxRss === undefined ? null : mib(Number(maxRss)),
    vmHwmMiB: last === undefined ? null : mib(Math.max(...samples.map((s) => s.hwmKiB))),
    rssQuartilesMiB: [rssAt(0.25), rssAt(0.5), rssAt(0.75), rssAt(1)],
    samples: samples.length,
  };
}

async function countAssets(url: string): Promise<{ assets: number; owners: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const assets = await client.query<{ n: string }>('SELECT count(*) AS n FROM registry.ip_asset');
    const owners = await client.query<{ n: string }>('SELECT count(*) AS n FROM registry.ip_asset_owner');
    return { assets: Number(assets.rows[0]?.n), owners: Number(owners.rows[0]?.n) };
  } finally {
    await client.end();
  }
}

/** COPY of the same file into an unlogged table of text columns, timed from the first byte sent to the server's reply. */
async function copyRuns(url: string, file: string, runs: number): Promise<{ seconds: number; rows: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const results: { seconds: number; rows: number }[] = [];
  try {
    await client.query('DROP TABLE IF EXISTS public.bench_patent_staging');
    await client.query(
      `CREATE UNLOGGED TABLE public.bench_patent_staging (${PATENT_CSV_COLUMNS.map((c) => `"${c}" text`).join(', ')})`,
    );
    for (let i = 0; i < runs; i++) {
      await client.query('TRUNCATE public.bench_patent_staging');
      const started = process.hrtime.bigint();
      const sink = client.query(
        copyFrom(`COPY public.bench_patent_staging (${PATENT_CSV_COLUMNS.join(', ')}) FROM STDIN (FORMAT csv, HEADER)`),
      );
      await pipeline(createReadStream(file), sink);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      results.push({ seconds, rows: sink.rowCount });
      log(`COPY ${i + 1}/${runs}: ${sink.rowCount} rows in ${seconds.toFixed(2)} s`);
    }
    await client.query('DROP TABLE public.bench_patent_staging');
  } finally {
    await client.end();
  }
  return results;
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const url = serverUrl.replace(/\/postgres$/, `/${name}`);
  await ensureDatabaseExists(url);
  await runNode(CLI, ['migrate'], { ...process.env, DATABASE_URL: url });
  return url;
}

export async function runImportBench(): Promise<Record<string, unknown>> {
  const rows = numberFlag('rows', 100_000, 10, 10_000_000);
  const seed = numberFlag('seed', DEFAULT_SEED, 0, 2 ** 32 - 1);
  const copyCount = numberFlag('copy-runs', 3, 1, 10);
  const timeoutMs = numberFlag('import-timeout', 1800, 10, 7200) * 1000;
  const smallRows = Math.max(10, Math.round(rows / 10));

  const dir = tempDir('import');
  onCleanup(() => removeDir(dir));
  const file = join(dir, `patents-${rows}.csv`);
  const smallFile = join(dir, `patents-${smallRows}.csv`);
  let started = Date.now();
  const bytes = await writePatentsCsv(file, rows, seed);
  const generateSeconds = (Date.now() - started) / 1000;
  await writePatentsCsv(smallFile, smallRows, seed);
  log(
    `generated ${rows} rows (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${generateSeconds.toFixed(1)} s, seed ${seed}`,
  );

  log(`embedded PostgreSQL in ${dir}`);
  const db = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    persistent: false,
    logFile: join(dir, 'postgres.log'),
  });
  onCleanup(() => db.stop());
  started = Date.now();
  const smallUrl = await freshDatabase(db.serverUrl, 'ipfin_import_small');
  const url = await freshDatabase(db.serverUrl, 'ipfin_import');
  log(`two databases migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const small = await runImport(`import ${smallRows} rows (memory control)`, smallFile, smallUrl, timeoutMs);
  const fresh = await runImport(`import ${rows} rows into an empty database`, file, url, timeoutMs);
  const afterFresh = await countAssets(url);
  const copies = await copyRuns(url, file, copyCount);
  const reimport = await runImport(`re-import ${rows} rows (all updates)`, file, url, timeoutMs);
  const afterReimport = await countAssets(url);

  const problems: string[] = [];
  if (fresh.inserted !== rows || fresh.rejected !== 0)
    problems.push(`first import: ${fresh.inserted} inserted, ${fresh.rejected} rejected of ${rows}`);
  if (reimport.updated !== rows || reimport.rejected !== 0)
    problems.push(`re-import: ${reimport.updated} updated, ${reimport.rejected} rejected of ${rows}`);
  if (afterFresh.assets !== rows || afterReimport.assets !== rows || afterReimport.owners !== afterFresh.owners) {
    problems.push(`row counts: ${JSON.stringify({ afterFresh, afterReimport })}`);
  }
  if (copies.some((c) => c.rows !== rows)) problems.push(`COPY row counts: ${copies.map((c) => c.rows).join(', ')}`);

  const copySeconds = median(copies.map((c) => c.seconds));
  const copyRowsPerSec = Math.round(rows / copySeconds);
  const ratios = {
    importOverCopy: round(fresh.cliRowsPerSec / copyRowsPerSec, 3),
    importWallOverCopy: round(fresh.wallRowsPerSec / copyRowsPerSec, 3),
    reimportOverCopy: round(reimport.cliRowsPerSec / copyRowsPerSec, 3),
    reimportOverImport: round(reimport.cliRowsPerSec / fresh.cliRowsPerSec, 2),
    peakRssLargeOverSmall:
      fresh.maxRssMiB !== null && small.maxRssMiB !== null
        ? round(fresh.maxRssMiB / small.maxRssMiB, 2)
        : round((fresh.vmHwmMiB ?? 0) / (small.vmHwmMiB ?? 1), 2),
  };
  const goal = { metric: 'importOverCopy', target: 0.5, met: ratios.importOverCopy >= 0.5 };

  const runsTable = [small, fresh, reimport];
  printTable(
    `Patent import, ${rows} rows (${(bytes / 1024 / 1024).toFixed(1)} MiB CSV, seed ${seed}), same embedded PostgreSQL`,
    [
      'run',
      'rows/s (CLI)',
      'CLI s',
      'rows/s (wall)',
      'wall s',
      'CPU s',
      'inserted',
      'updated',
      'rejected',
      'peak RSS MiB',
      'RSS 25/50/75/100% MiB',
    ],
    [
      ...runsTable.map((r) => [
        r.label,
        r.cliRowsPerSec,
        r.cliSeconds,
        r.wallRowsPerSec,
        r.wallSeconds,
        r.cpuSeconds ?? '-',
        r.inserted,
        r.updated,
        r.rejected,
        r.maxRssMiB ?? r.vmHwmMiB ?? '-',
        r.rssQuartilesMiB.map((v) => v ?? '-').join(' / '),
      ]),
      [
        `COPY FROM STDIN (median of ${copyCount})`,
        copyRowsPerSec,
        round(copySeconds, 2),
        '-',
        '-',
        '-',
        '-',
        '-',
        '-',
        '-',
        copies.map((c) => c.seconds.toFixed(2)).join(' / ') + ' s',
      ],
    ],
  );
  printTable(
    'Ratios',
    ['ratio', 'value'],
    [
      ['import / COPY (CLI rows/s; goal >= 0.5)', `${ratios.importOverCopy}  ${goal.met ? 'MET' : 'MISSED'}`],
      ['import / COPY (wall rows/s, incl. start-up)', ratios.importWallOverCopy],
      ['re-import / COPY', ratios.reimportOverCopy],
      ['re-import / first import', ratios.reimportOverImport],
      [`peak RSS ${rows} rows / ${smallRows} rows`, ratios.peakRssLargeOverSmall],
    ],
  );
  if (problems.length > 0) {
    process.stdout.write(`\nPROBLEMS:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
  const payload = {
    commit: gitCommit(),
    settings: { rows, seed, copyRuns: copyCount, smallRows },
    file: { bytes, generateSeconds: round(generateSeconds, 2), sizeOnDisk: statSync(file).size },
    imports: { small, fresh, reimport },
    copy: {
      runs: copies.map((c) => ({ seconds: round(c.seconds, 3), rows: c.rows })),
      medianSeconds: round(copySeconds, 3),
      rowsPerSec: copyRowsPerSec,
    },
    counts: { afterFresh, afterReimport },
    ratios,
    goal,
    problems,
  };
  printJson('import', payload);
  return payload;
}

if (isMain(import.meta.url)) runBench(async () => void (await runImportBench()));
