import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEV_GATEWAY_SHARED_SECRET, DEV_JWT_SECRET } from '@app/config';
import { ensureDatabaseExists } from '@app/database';
import {
  NAIVE_AREAS_SQL,
  NAIVE_CELLS_SQL,
  NAIVE_CITY_QUARTER_SQL,
  NAIVE_ENTERPRISES_SQL,
  NAIVE_LOAN_AREAS_SQL,
  NAIVE_LOAN_CELLS_SQL,
  NAIVE_LOAN_CITY_QUARTER_SQL,
  ROLLUP_AREAS_SQL,
  ROLLUP_CELLS_SQL,
  ROLLUP_CITY_QUARTER_SQL,
  ROLLUP_ENTERPRISES_SQL,
  ROLLUP_LOAN_AREAS_SQL,
  ROLLUP_LOAN_CELLS_SQL,
  ROLLUP_LOAN_CITY_QUARTER_SQL,
} from '@app/program-volume';
import { runNode, startEmbeddedPostgres, startPlatform } from '@app/stack';
import {
  benchGql,
  demoToken,
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
  withTimeout,
} from './common.js';
import { loadProgramData, PROGRAM_CITIES, PROGRAM_DEFAULT_SEED, PROGRAM_PARKS } from './program-data.js';

/**
 * City program dashboard at national scale: the rollups the registry's triggers maintain
 * against the naive GROUP BY over the raw tables, same server, same run, same SQL text the
 * registry runs (@app/program-volume). Loads the seeded data set of pledges and loans
 * (bench/program-data.ts), proves both paths equal (every year's city x quarter report of
 * registrations and of loans, three cities' and two parks' dashboards), registers one more
 * pledge and disburses one more loan by plain status UPDATEs and checks the rollups show them
 * in the same transaction, then times:
 *   - dashboard: the programDashboard queries for one city and year (registration and loan
 *     cells of the year and the previous one, enterprises served), cities in turn; the same
 *     for one park of a district;
 *   - city x quarter: the report of one year over every city, registrations and loans;
 *   - API: the whole programDashboard query through the gateway and the registry service
 *     (platform started on the loaded database, program staff token), cities in turn.
 * Goal: the city x quarter report (registrations and loans each) at least 50x faster from the
 * rollup than from the naive path (p50 over p50).
 *
 * node dist/bench/program-dashboard.js [--pledges 1000000] [--seed 20261121] [--runs 200] [--naive-runs 5]
 *   [--api-runs 200]
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
/** Park `i` in turn: (city, district, park) over every city, district D1..D5 and park. */
const parkOf = (i: number): { city: string; district: string; park: string } => ({
  city: cityName(i),
  district: `D${(i % 5) + 1}`,
  park: `Park-${(i % PROGRAM_PARKS) + 1}`,
});

/** The dashboard query as a program officer's screen asks it: every figure. */
const DASHBOARD_QUERY = `query($city: String!, $year: Int!) {
  programDashboard(city: $city, year: $year) {
    quarters { quarter registrations amount } total { registrations amount } previousYearTotal { registrations amount }
    byLender { key registrations amount } byIpcSection { key registrations amount } bySizeBand { key registrations amount }
    underTenMillionShare underTenMillionShareBasis registrationsUnderTenMillionShare firstTime { registrations amount }
    enterprisesServed elapsedFraction projection { registrations amount } growth projectedGrowth growthTarget growthOnTrack
    target { id targetAmount } amountAttainment track
    loans { quarters { quarter loans amount } total { loans amount } previousYearTotal { loans amount }
            byLender { key loans amount } bySizeBand { key loans amount } underTenMillionShare underTenMillionAmountShare } } }`;

interface ApiDashboard {
  programDashboard: { total: { registrations: number; amount: string }; loans: { total: { loans: number } } };
}

async function rows(client: pg.Client, text: string, values: unknown[]): Promise<Row[]> {
  return (await client.query<Row>(text, values)).rows;
}

/** The dashboard's queries (cells, enterprises, loan cells, areas) for a city (optionally one district's park) and year. */
async function dashboardRows(
  client: pg.Client,
  naive: boolean,
  city: string,
  year: number,
  district: string | null = null,
  park: string | null = null,
): Promise<Row[][]> {
  const params = [city, [year - 1, year], district, park];
  const yearParams = [city, [year], district, park];
  return [
    await rows(client, naive ? NAIVE_CELLS_SQL : ROLLUP_CELLS_SQL, params),
    await rows(client, naive ? NAIVE_ENTERPRISES_SQL : ROLLUP_ENTERPRISES_SQL, params),
    await rows(client, naive ? NAIVE_LOAN_CELLS_SQL : ROLLUP_LOAN_CELLS_SQL, params),
    await rows(client, naive ? NAIVE_AREAS_SQL : ROLLUP_AREAS_SQL, yearParams),
    await rows(client, naive ? NAIVE_LOAN_AREAS_SQL : ROLLUP_LOAN_AREAS_SQL, yearParams),
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

/** An APPROVED loan is disbursed by a plain UPDATE: the loan trigger must count it in the same transaction. */
async function checkLoanTrigger(client: pg.Client): Promise<{ city: string; before: number; inTransaction: number }> {
  const [loan] = await rows(
    client,
    `SELECT l.id, pr.city FROM loan l JOIN party pr ON pr.id = l.borrower_party_id
      WHERE l.status = 'APPROVED' AND l.currency = 'CNY'
        AND NOT EXISTS (SELECT 1 FROM loan a WHERE a.pledge_id = l.pledge_id AND a.status = 'ACTIVE')
      ORDER BY l.id LIMIT 1`,
    [],
  );
  if (loan === undefined) throw new Error('no APPROVED loan in the data set');
  const city = loan['city'] as string;
  const total = async (): Promise<number> =>
    Number(
      (
        await rows(
          client,
          `SELECT coalesce(sum(loans), 0)::int AS n FROM loan_volume_rollup
            WHERE city = $1 AND year = extract(year FROM current_date) AND dimension = 'TOTAL'`,
          [city],
        )
      )[0]?.['n'],
    );
  const before = await total();
  await client.query('BEGIN');
  await client.query(
    `UPDATE loan SET status = 'ACTIVE', disbursed_on = current_date, penalty_rate = annual_rate * 1.5, version = version + 1
      WHERE id = $1`,
    [loan['id']],
  );
  const inTransaction = await total();
  await client.query('COMMIT');
  if (inTransaction !== before + 1) throw new Error(`loan trigger: ${before} -> ${inTransaction} loans`);
  log(`loan trigger: ${city} ${before} -> ${inTransaction} loans inside the disbursing transaction`);
  return { city, before, inTransaction };
}

/** Starts the platform (gateway and subgraphs, no demo seed) on the loaded database. */
async function startApi(dir: string, url: string): Promise<string> {
  log('platform on the loaded database: subgraphs, gateway');
  const platform = await withTimeout(
    startPlatform({
      rootDir: ROOT,
      databaseUrl: url,
      ports: { gateway: 0, valuation: 0, 'pledge-registry': 0 },
      env: {
        GATEWAY_SHARED_SECRET: DEV_GATEWAY_SHARED_SECRET,
        JWT_SECRET: DEV_JWT_SECRET,
        NODE_ENV: 'development',
        GATEWAY_RATE_LIMIT_PER_MINUTE: '0',
      },
      logDir: join(dir, 'logs'),
      seed: false,
      readyTimeoutMs: 90000,
    }),
    300000,
    'platform start',
  );
  onCleanup(() => platform.stop());
  return platform.urls.gateway;
}

export async function runProgramDashboardBench(): Promise<Record<string, unknown>> {
  const pledges = numberFlag('pledges', 1_000_000, 1000, 10_000_000);
  const seed = numberFlag('seed', PROGRAM_DEFAULT_SEED, 0, 2 ** 31 - 1);
  const runs = numberFlag('runs', 200, 10, 100_000);
  const naiveRuns = numberFlag('naive-runs', 5, 1, 1000);
  const apiRuns = numberFlag('api-runs', 200, 10, 100_000);

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
  log(`loading ${pledges} pledges and their loans, seed ${seed}`);
  const load = await loadProgramData(url, pledges, seed);

  const client = new pg.Client({ connectionString: url, options: '-c search_path=registry,public' });
  await client.connect();
  onCleanup(() => client.end());
  const rollupRows = Number(
    (await rows(client, 'SELECT count(*)::int AS n FROM pledge_volume_rollup', []))[0]?.['n'] ?? 0,
  );
  const loanRollupRows = Number(
    (await rows(client, 'SELECT count(*)::int AS n FROM loan_volume_rollup', []))[0]?.['n'] ?? 0,
  );
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    assertEqual(
      `city x quarter ${year}`,
      await rows(client, ROLLUP_CITY_QUARTER_SQL, [year]),
      await rows(client, NAIVE_CITY_QUARTER_SQL, [year]),
    );
    assertEqual(
      `loans city x quarter ${year}`,
      await rows(client, ROLLUP_LOAN_CITY_QUARTER_SQL, [year]),
      await rows(client, NAIVE_LOAN_CITY_QUARTER_SQL, [year]),
    );
  }
  for (const i of [0, 17, 35]) {
    assertEqual(
      `dashboard ${cityName(i)} ${YEAR}`,
      await dashboardRows(client, false, cityName(i), YEAR),
      await dashboardRows(client, true, cityName(i), YEAR),
    );
  }
  for (const i of [3, 22]) {
    const p = parkOf(i);
    assertEqual(
      `dashboard ${p.city}/${p.district}/${p.park} ${YEAR}`,
      await dashboardRows(client, false, p.city, YEAR, p.district, p.park),
      await dashboardRows(client, true, p.city, YEAR, p.district, p.park),
    );
  }
  const trigger = await checkTrigger(client);
  const loanTrigger = await checkLoanTrigger(client);
  const thisYear = new Date().getUTCFullYear();
  for (const city of new Set([trigger.city, loanTrigger.city])) {
    assertEqual(
      `dashboard ${city} ${thisYear} after the triggers`,
      await dashboardRows(client, false, city, thisYear),
      await dashboardRows(client, true, city, thisYear),
    );
  }

  log(`timing: rollup ${runs} runs, naive ${naiveRuns} runs each`);
  const dashboardRollup = await time(runs, (i) => dashboardRows(client, false, cityName(i), YEAR));
  const dashboardNaive = await time(naiveRuns, (i) => dashboardRows(client, true, cityName(i), YEAR));
  const parkDashboard = (naive: boolean) => (i: number) => {
    const p = parkOf(i);
    return dashboardRows(client, naive, p.city, YEAR, p.district, p.park);
  };
  const parkRollup = await time(runs, parkDashboard(false));
  const parkNaive = await time(naiveRuns, parkDashboard(true));
  const reportRollup = await time(runs, () => rows(client, ROLLUP_CITY_QUARTER_SQL, [YEAR]));
  const reportNaive = await time(naiveRuns, () => rows(client, NAIVE_CITY_QUARTER_SQL, [YEAR]));
  const loanReportRollup = await time(runs, () => rows(client, ROLLUP_LOAN_CITY_QUARTER_SQL, [YEAR]));
  const loanReportNaive = await time(naiveRuns, () => rows(client, NAIVE_LOAN_CITY_QUARTER_SQL, [YEAR]));

  // The whole dashboard as a client sees it: gateway, registry service, rollups, figures, JSON.
  const gatewayUrl = await startApi(dir, url);
  const token = await demoToken('program');
  const viaApi = (await benchGql<ApiDashboard>(gatewayUrl, token, DASHBOARD_QUERY, { city: cityName(0), year: YEAR }))
    .programDashboard;
  const [sqlCells] = await dashboardRows(client, true, cityName(0), YEAR);
  const naiveTotal = (sqlCells ?? [])
    .filter((c) => c['year'] === YEAR && c['dimension'] === 'TOTAL')
    .reduce((n, c) => n + Number(c['registrations']), 0);
  if (viaApi.total.registrations !== naiveTotal)
    throw new Error(`API: ${viaApi.total.registrations} registrations, naive ${naiveTotal}`);
  log(`API: ${cityName(0)} ${YEAR} ${naiveTotal} registrations, ${viaApi.loans.total.loans} loans, as the naive path`);
  await time(Math.min(20, apiRuns), (i) =>
    benchGql(gatewayUrl, token, DASHBOARD_QUERY, { city: cityName(i), year: YEAR }),
  );
  const api = await time(apiRuns, (i) =>
    benchGql(gatewayUrl, token, DASHBOARD_QUERY, { city: cityName(i), year: YEAR }),
  );

  const ratios = {
    cityQuarterNaiveOverRollup: round(reportNaive.p50Ms / reportRollup.p50Ms, 1),
    loanCityQuarterNaiveOverRollup: round(loanReportNaive.p50Ms / loanReportRollup.p50Ms, 1),
    dashboardNaiveOverRollup: round(dashboardNaive.p50Ms / dashboardRollup.p50Ms, 1),
    parkDashboardNaiveOverRollup: round(parkNaive.p50Ms / parkRollup.p50Ms, 1),
    dashboardNaiveOverApi: round(dashboardNaive.p50Ms / api.p50Ms, 1),
  };
  const goal = {
    metric: 'cityQuarterNaiveOverRollup and loanCityQuarterNaiveOverRollup',
    target: GOAL,
    met: ratios.cityQuarterNaiveOverRollup >= GOAL && ratios.loanCityQuarterNaiveOverRollup >= GOAL,
  };

  printTable(
    `City program volume, ${pledges} pledges and ${load.loans} loans (seed ${seed}), ${rollupRows} + ${loanRollupRows} rollup rows, year ${YEAR}`,
    ['query', 'path', 'p50 ms', 'p95 ms', 'runs'],
    [
      ['dashboard (one city)', 'rollup', dashboardRollup.p50Ms, dashboardRollup.p95Ms, dashboardRollup.runs],
      ['dashboard (one city)', 'naive', dashboardNaive.p50Ms, dashboardNaive.p95Ms, dashboardNaive.runs],
      ['dashboard (one city)', 'API', api.p50Ms, api.p95Ms, api.runs],
      ['dashboard (one park)', 'rollup', parkRollup.p50Ms, parkRollup.p95Ms, parkRollup.runs],
      ['dashboard (one park)', 'naive', parkNaive.p50Ms, parkNaive.p95Ms, parkNaive.runs],
      ['city x quarter (all)', 'rollup', reportRollup.p50Ms, reportRollup.p95Ms, reportRollup.runs],
      ['city x quarter (all)', 'naive', reportNaive.p50Ms, reportNaive.p95Ms, reportNaive.runs],
      ['loans city x quarter', 'rollup', loanReportRollup.p50Ms, loanReportRollup.p95Ms, loanReportRollup.runs],
      ['loans city x quarter', 'naive', loanReportNaive.p50Ms, loanReportNaive.p95Ms, loanReportNaive.runs],
    ],
  );
  process.stdout.write(
    `\nnaive/rollup: city x quarter ${ratios.cityQuarterNaiveOverRollup}x, loans ${ratios.loanCityQuarterNaiveOverRollup}x (goal >= ${GOAL}x each: ${goal.met ? 'met' : 'NOT met'}), dashboard ${ratios.dashboardNaiveOverRollup}x, park dashboard ${ratios.parkDashboardNaiveOverRollup}x; naive SQL / API ${ratios.dashboardNaiveOverApi}x\n`,
  );
  const result = {
    commit: gitCommit(),
    pledges,
    loans: load.loans,
    seed,
    rollupRows,
    loanRollupRows,
    load,
    equalChecks:
      'city x quarter 2021-2026 (registrations and loans), 3 city and 2 park dashboards, the dashboards after a trigger registration and disbursement, the API total',
    trigger,
    loanTrigger,
    dashboard: { rollup: dashboardRollup, naive: dashboardNaive, api },
    parkDashboard: { rollup: parkRollup, naive: parkNaive },
    cityQuarter: { rollup: reportRollup, naive: reportNaive },
    loanCityQuarter: { rollup: loanReportRollup, naive: loanReportNaive },
    ratios,
    goal,
  };
  printJson('program-dashboard', result);
  if (!goal.met) process.exitCode = 1;
  return result;
}

if (isMain(import.meta.url)) runBench(async () => void (await runProgramDashboardBench()));
