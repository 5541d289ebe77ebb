import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ensureDatabaseExists } from '@app/database';
import {
  NAIVE_CELLS_SQL,
  NAIVE_CITY_QUARTER_SQL,
  NAIVE_ENTERPRISES_SQL,
  ROLLUP_CELLS_SQL,
  ROLLUP_CITY_QUARTER_SQL,
  ROLLUP_ENTERPRISES_SQL,
} from '@app/program-volume';
import { runNode, startEmbeddedPostgres } from '@app/stack';
import {
  gitCommit,
  isMain,
  log,
  numberFlag,
  onCleanup,
  percentile,
  printJson,
  printTable,
  removeDir,
  ROOT,
  round,
  runBench,
  tempDir,
} from './common.js';
import { loadProgramData, PROGRAM_CITIES, PROGRAM_DEFAULT_SEED } from './program-data.js';

/**
 * City program dashboard at national scale: the rollup the registry's trigger maintains
 * against the naive GROUP BY over the raw tables, same server, same run, same SQL text the
 * registry runs (@app/program-volume). Loads the seeded data set (bench/program-data.ts),
 * proves both paths equal (every year's city x quarter report, three cities' dashboards),
 * registers one more pledge by a plain status UPDATE and checks the rollup shows it in the
 * same transaction, then times:
 *   - dashboard: the programDashboard queries for one city and year (cells of the year and
 *     the previous one, enterprises served), cities in turn;
 *   - city x quarter: the report of one year over every city.
 * Goal: the rollup at least 50x faster than the naive path (p50 over p50).
 *
 * node dist/bench/program-dashboard.js [--pledges 1000000] [--seed 20261121] [--runs 200] [--naive-runs 5]
 */

const CLI = join(ROOT, 'dist/apps/pledge-registry/src/cli.js');
const YEAR = 2025;
const GOAL = 50;

type Row = Record<string, unknown>;

interface Timing {
  p50Ms: number;
  p95Ms: number;
  runs: number;
}

async function time(runs: number, work: (i: number) => Promise<unknown>): Promise<Timing> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    ms.push(performance.now() - started);
  }
  return { p50Ms: round(percentile(ms, 0.5), 2), p95Ms: round(percentile(ms, 0.95), 2), runs };
}

const cityName = (i: number): string => `City-${String((i % PROGRAM_CITIES) + 1).padStart(2, '0')}`;

async function rows(client: pg.Client, text: string, values: unknown[]): Promise<Row[]> {
  return (await client.query<Row>(text, values)).rows;
}

async function dashboardRows(client: pg.Client, naive: boolean, city: string, year: number): Promise<Row[][]> {
  const params = [city, [year - 1, year], null];
  return [
    await rows(client, naive ? NAIVE_CELLS_SQL : ROLLUP_CELLS_SQL, params),
    await rows(client, naive ? NAIVE_ENTERPRISES_SQL : ROLLUP_ENTERPRISES_SQL, params),
  ];
}

function assertEqual(label: string, a: unknown, b: unknown): void {
  if (!isDeepStrictEqual(a, b)) throw new Error(`${label}: rollup and naive figures differ`);
  log(`${label}: rollup == naive`);
}

/** A SUBMITTED pledge becomes REGISTERED by a plain UPDATE: the trigger must count it in the same transaction. */
async function checkTrigger(client: pg.Client): Promise<{ city: string; before: number; inTransaction: number }> {
  const [pledge] = await rows(
    client,
    `SELECT p.id, pr.city FROM pledge p JOIN party pr ON pr.id = p.pledgor_party_id
      WHERE p.status = 'SUBMITTED' AND p.claim_currency = 'CNY' ORDER BY p.id LIMIT 1`,
    [],
  );
  if (pledge === undefined) throw new Error('no SUBMITTED pledge in the data set');
  const city = pledge['city'] as string;
  const total = async (): Promise<number> =>
    Number(
      (
        await rows(
          client,
          `SELECT coalesce(sum(registrations), 0)::int AS n FROM pledge_volume_rollup
            WHERE city = $1 AND year = extract(year FROM current_date) AND dimension = 'TOTAL'`,
          [city],
        )
      )[0]?.['n'],
    );
  const before = await total();
  await client.query('BEGIN');
  await client.query(
    `UPDATE pledge SET status = 'REGISTERED', version = 1, registration_number = 'PL-B-NEW', registered_on = current_date
      WHERE id = $1`,
    [pledge['id']],
  );
  await client.query(
    `INSERT INTO pledge_version (pledge_id, version, pledgor_party_id, pledgee_party_id, claim_amount, claim_currency,
                                 debtor_due_date, guarantee_scope, effective_on)
     SELECT id, 1, pledgor_party_id, pledgee_party_id, claim_amount, claim_currency, debtor_due_date, guarantee_scope,
            registered_on FROM pledge WHERE id = $1`,
    [pledge['id']],
  );
  const inTransaction = await total();
  await client.query('COMMIT');
  if (inTransaction !== before + 1) throw new Error(`trigger: ${before} -> ${inTransaction} registrations`);
  log(`trigger: ${city} ${before} -> ${inTransaction} registrations inside the registering transaction`);
  return { city, before, inTransaction };
}

export async function runProgramDashboardBench(): Promise<Record<string, unknown>> {
  const pledges = numberFlag('pledges', 1_000_000, 1000, 10_000_000);
  const seed = numberFlag('seed', PROGRAM_DEFAULT_SEED, 0, 2 ** 31 - 1);
  const runs = numberFlag('runs', 200, 10, 100_000);
  const naiveRuns = numberFlag('naive-runs', 5, 1, 1000);

  const dir = tempDir('program');
  onCleanup(() => removeDir(dir));
  const db = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    persistent: false,
    logFile: join(dir, 'postgres.log'),
  });
  onCleanup(() => db.stop());
  const url = db.serverUrl.replace(/\/postgres$/, '/ipfin_program');
  await ensureDatabaseExists(url);
  await runNode(CLI, ['migrate'], { ...process.env, DATABASE_URL: url });
  log(`loading ${pledges} pledges, seed ${seed}`);
  const load = await loadProgramData(url, pledges, seed);

  const client = new pg.Client({ connectionString: url, options: '-c search_path=registry,public' });
  await client.connect();
  onCleanup(() => client.end());
  const rollupRows = Number(
    (await rows(client, 'SELECT count(*)::int AS n FROM pledge_volume_rollup', []))[0]?.['n'] ?? 0,
  );
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    assertEqual(
      `city x quarter ${year}`,
      await rows(client, ROLLUP_CITY_QUARTER_SQL, [year]),
      await rows(client, NAIVE_CITY_QUARTER_SQL, [year]),
    );
  }
  for (const i of [0, 17, 35]) {
    assertEqual(
      `dashboard ${cityName(i)} ${YEAR}`,
      await dashboardRows(client, false, cityName(i), YEAR),
      await dashboardRows(client, true, cityName(i), YEAR),
    );
  }
  const trigger = await checkTrigger(client);
  const thisYear = new Date().getUTCFullYear();
  assertEqual(
    `dashboard ${trigger.city} ${thisYear} after the trigger`,
    await dashboardRows(client, false, trigger.city, thisYear),
    await dashboardRows(client, true, trigger.city, thisYear),
  );

  log(`timing: rollup ${runs} runs, naive ${naiveRuns} runs each`);
  const dashboardRollup = await time(runs, (i) => dashboardRows(client, false, cityName(i), YEAR));
  const dashboardNaive = await time(naiveRuns, (i) => dashboardRows(client, true, cityName(i), YEAR));
  const reportRollup = await time(runs, () => rows(client, ROLLUP_CITY_QUARTER_SQL, [YEAR]));
  const reportNaive = await time(naiveRuns, () => rows(client, NAIVE_CITY_QUARTER_SQL, [YEAR]));
  const ratios = {
    cityQuarterNaiveOverRollup: round(reportNaive.p50Ms / reportRollup.p50Ms, 1),
    dashboardNaiveOverRollup: round(dashboardNaive.p50Ms / dashboardRollup.p50Ms, 1),
  };
  const goal = { metric: 'cityQuarterNaiveOverRollup', target: GOAL, met: ratios.cityQuarterNaiveOverRollup >= GOAL };

  printTable(
    `City program volume, ${pledges} pledges (seed ${seed}), ${rollupRows} rollup rows, year ${YEAR}`,
    ['query', 'path', 'p50 ms', 'p95 ms', 'runs'],
    [
      ['dashboard (one city)', 'rollup', dashboardRollup.p50Ms, dashboardRollup.p95Ms, dashboardRollup.runs],
      ['dashboard (one city)', 'naive', dashboardNaive.p50Ms, dashboardNaive.p95Ms, dashboardNaive.runs],
      ['city x quarter (all)', 'rollup', reportRollup.p50Ms, reportRollup.p95Ms, reportRollup.runs],
      ['city x quarter (all)', 'naive', reportNaive.p50Ms, reportNaive.p95Ms, reportNaive.runs],
    ],
  );
  process.stdout.write(
    `\nnaive/rollup: city x quarter ${ratios.cityQuarterNaiveOverRollup}x (goal >= ${GOAL}x: ${goal.met ? 'met' : 'NOT met'}), dashboard ${ratios.dashboardNaiveOverRollup}x\n`,
  );
  const result = {
    commit: gitCommit(),
    pledges,
    seed,
    rollupRows,
    load,
    equalChecks: 'city x quarter 2021-2026, 3 dashboards, 1 after a trigger registration',
    trigger,
    dashboard: { rollup: dashboardRollup, naive: dashboardNaive },
    cityQuarter: { rollup: reportRollup, naive: reportNaive },
    ratios,
    goal,
  };
  printJson('program-dashboard', result);
  if (!goal.met) process.exitCode = 1;
  return result;
}

if (isMain(import.meta.url)) runBench(async () => void (await runProgramDashboardBench()));
