import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEMO_PARTIES } from '@app/demo-data';
import { APPS } from '@app/stack';
import { initTpcb, nodeTpcb, pgbenchTpcb, type TpcbResult } from './tpcb.js';
import {
  benchGql,
  demoToken,
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
 * Pledge registrations per second, as a fraction of what the same PostgreSQL does on a
 * TPC-B-like load in the same run:
 *  1. TPC-B-like TPS (pgbench when on PATH, and the same transaction from Node) on a
 *     separate database of the benchmark's server, 8 clients;
 *  2. registrations through the gateway: N submitted applications (one patent each, set
 *     up with SQL: the setup is not what is measured) examined with REGISTER by the demo
 *     registrar, `concurrency` requests in flight;
 *  3. the same at the service layer: the registry's `measure-registrations` command calls
 *     PledgeExaminationService.examine in-process, no HTTP or GraphQL;
 *  4. the 32-way race: 32 applications on ONE patent examined at once; the latency of the
 *     31 losers (refused ALREADY_PLEDGED) against uncontended registrations.
 *
 * node dist/bench/pledge-registration.js [--registrations 1000] [--concurrency 8] [--seconds 15]
 */

const EXAMINE = `mutation Examine($id: ID!) {
  examinePledgeApplication(id: $id, decision: { outcome: REGISTER }) {
    application { id status registrationNumber }
    reasons { code }
  }
}`;

interface Outcome {
  status: string;
  reasons: string[];
  ms: number;
}

const PLEDGOR = DEMO_PARTIES.lianxin;
const PLEDGEE = DEMO_PARTIES.jiangsuBank;

/**
 * Inserts `count` granted patents owned by the demo SME, and `perAsset` SUBMITTED
 * applications on each (signed by both parties), in one transaction; returns the
 * application ids grouped by asset.
 */
async function submittedApplications(url: string, tag: string, count: number, perAsset: number): Promise<string[][]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const assets = await client.query<{ id: string }>(
      `INSERT INTO registry.ip_asset (register, kind, number, title, filing_date, grant_date, expiry_date, legal_status,
         ipc_classes, main_ipc)
       SELECT 'PATENT', 'INVENTION', 'BENCH' || $1 || lpad(g::text, 7, '0'), 'Benchmark battery patent ' || g,
              '2020-03-01', '2022-05-10', '2040-03-01', 'GRANTED', '{H01M10/05}', 'H01M10/05'
         FROM generate_series(1, $2::int) g ORDER BY g RETURNING id`,
      [tag, count],
    );
    const ids = assets.rows.map((r) => r.id);
    await client.query(
      `INSERT INTO registry.ip_asset_owner (asset_id, position, name, credit_code, party_id, share)
       SELECT a, 0, $2, $3, $4, 100 FROM unnest($1::uuid[]) a`,
      [ids, PLEDGOR.name, PLEDGOR.creditCode, PLEDGOR.id],
    );
    const pledges = await client.query<{ id: string; asset: string }>(
      `WITH p AS (
         INSERT INTO registry.pledge (status, pledgor_party_id, pledgee_party_id, claim_type, claim_amount, claim_currency,
           debtor_due_date, guarantee_scope, filing_channel, pledgor_signed_hash, pledgee_signed_hash, submitted_at,
           examination_due_date)
         SELECT 'SUBMITTED', $2, $3, 'LOAN', 5000000, 'CNY', current_date + 730, 'principal and interest', 'ONLINE',
                repeat('a', 64), repeat('a', 64), now(), current_date + 4
           FROM unnest($1::uuid[]) a, generate_series(1, $4::int) n
         RETURNING id)
       SELECT p.id, a.asset FROM (SELECT id, row_number() OVER () AS i FROM p) p
         JOIN (SELECT a AS asset, row_number() OVER () AS i FROM unnest($1::uuid[]) a, generate_series(1, $4::int) n) a
           ON a.i = p.i`,
      [ids, PLEDGOR.id, PLEDGEE.id, perAsset],
    );
    await client.query(
      `INSERT INTO registry.pledge_asset (pledge_id, asset_id, position, number, title, filing_date, grant_date)
       SELECT p, a.id, 0, a.number, a.title, a.filing_date, a.grant_date
         FROM unnest($1::uuid[], $2::uuid[]) AS x(p, asset) JOIN registry.ip_asset a ON a.id = x.asset`,
      [pledges.rows.map((r) => r.id), pledges.rows.map((r) => r.asset)],
    );
    await client.query('COMMIT');
    const byAsset = new Map<string, string[]>();
    for (const r of pledges.rows) byAsset.set(r.asset, [...(byAsset.get(r.asset) ?? []), r.id]);
    return [...byAsset.values()];
  } finally {
    await client.end();
  }
}

async function examine(gateway: string, token: string, id: string): Promise<Outcome> {
  const started = performance.now();
  const data = await benchGql<{
    examinePledgeApplication: { application: { status: string } | null; reasons: { code: string }[] };
  }>(gateway, token, EXAMINE, { id });
  const ms = performance.now() - started;
  const result = data.examinePledgeApplication;
  return { status: result.application?.status ?? 'NONE', reasons: result.reasons.map((r) => r.code), ms };
}

/** The registry's in-process measurement (no HTTP): prints one JSON line with its figures. */
function serviceLayer(databaseUrl: string, ids: string[], concurrency: number): Promise<{ perSecond: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [`${ROOT}/${APPS['pledge-registry'].cli as string}`, 'measure-registrations', String(concurrency)],
      { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, timeout: 600000, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error !== null) {
          reject(new Error(`measure-registrations failed: ${stderr || error.message}`));
          return;
        }
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (line === undefined) reject(new Error(`measure-registrations printed no result: ${stdout}`));
        else resolve(JSON.parse(line) as { perSecond: number });
      },
    );
    child.stdin?.end(ids.join('\n'));
  });
}

export async function runPledgeRegistrationBench(): Promise<Record<string, unknown>> {
  const count = numberFlag('registrations', 1000, 32, 100000);
  const concurrency = numberFlag('concurrency', 8, 1, 64);
  const seconds = numberFlag('seconds', 15, 3, 300);
  const { serverUrl, databaseUrl, platform } = await startBenchPlatform('pledge');
  const gateway = platform.urls.gateway;
  const registrar = await demoToken('registrar');

  const tpcbUrl = serverUrl.replace(/\/postgres$/, '/tpcb');
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE tpcb');
  await admin.end();
  log('TPC-B-like tables, scale 10');
  await initTpcb(tpcbUrl);
  const yardsticks: TpcbResult[] = [];
  const native = await pgbenchTpcb(tpcbUrl, 8, seconds);
  if (native !== null) yardsticks.push(native);
  yardsticks.push(await nodeTpcb(tpcbUrl, 8, seconds));
  const tps = (yardsticks[0] as TpcbResult).tps;

  log(`gateway: ${count} registrations, ${concurrency} in flight`);
  const viaGateway = (await submittedApplications(databaseUrl, 'G', count, 1)).map((group) => group[0] as string);
  await inParallel(viaGateway.slice(0, 20), concurrency, (id) => examine(gateway, registrar, id)); // warm-up
  const gatewayRun = await inParallel(viaGateway.slice(20), concurrency, (id) => examine(gateway, registrar, id));
  const gatewayRegistered = gatewayRun.results.filter((o) => o.status === 'REGISTERED').length;
  const gatewayPerSecond = gatewayRegistered / gatewayRun.seconds;

  log(`service layer: ${count} registrations, ${concurrency} in flight`);
  const viaService = (await submittedApplications(databaseUrl, 'S', count, 1)).map((group) => group[0] as string);
  const service = await serviceLayer(databaseUrl, viaService, concurrency);

  log('race: 32 applications on one patent, all at once; uncontended registrations for comparison');
  const uncontended = (await submittedApplications(databaseUrl, 'U', 20, 1)).map((group) => group[0] as string);
  const alone = (await inParallel(uncontended, 1, (id) => examine(gateway, registrar, id))).results;
  const races: Outcome[][] = [];
  for (let round_ = 0; round_ < 5; round_++) {
    const [race] = await submittedApplications(databaseUrl, `R${round_}`, 1, 32);
    races.push((await inParallel(race as string[], 32, (id) => examine(gateway, registrar, id))).results);
  }
  const winners = races.map((r) => r.filter((o) => o.status === 'REGISTERED').length);
  const losers = races.flat().filter((o) => o.status === 'REFUSED');
  const wrongLosers = losers.filter((o) => o.reasons.join() !== 'ALREADY_PLEDGED').length;
  const loserMs = losers.map((o) => o.ms);
  const aloneMs = median(alone.map((o) => o.ms));

  const figures = {
    registrations: count,
    concurrency,
    yardsticks: yardsticks.map((y) => ({ ...y, tps: round(y.tps, 1), seconds: round(y.seconds, 1) })),
    gateway: {
      registered: gatewayRegistered,
      seconds: round(gatewayRun.seconds, 2),
      perSecond: round(gatewayPerSecond, 1),
    },
    service: { perSecond: round(service.perSecond, 1) },
    ratios: {
      gatewayOverTpcb: round(gatewayPerSecond / tps, 3),
      serviceOverTpcb: round(service.perSecond / tps, 3),
      goals: { gateway: 0.25, service: 1.0 },
    },
    race: {
      rounds: races.length,
      winnersPerRound: winners,
      losers: losers.length,
      losersWithOtherReasons: wrongLosers,
      loserMedianMs: round(median(loserMs), 1),
      loserP95Ms: round(percentile(loserMs, 0.95), 1),
      uncontendedMedianMs: round(aloneMs, 1),
      loserMedianOverUncontended: round(median(loserMs) / aloneMs, 2),
    },
    commit: gitCommit(),
  };
  printTable(
    'Pledge registrations vs TPC-B-like',
    ['measure', 'per second', 'ratio to TPC-B'],
    [
      ...yardsticks.map((y) => [
        `TPC-B-like (${y.tool}, 8 clients)`,
        round(y.tps, 1),
        y === yardsticks[0] ? 1 : round(y.tps / tps, 3),
      ]),
      ['registrations via gateway', figures.gateway.perSecond, figures.ratios.gatewayOverTpcb],
      ['registrations at service layer', figures.service.perSecond, figures.ratios.serviceOverTpcb],
    ],
  );
  printTable(
    '32-way race on one patent (5 rounds)',
    ['measure', 'value'],
    [
      ['winners per round', winners.join(' ')],
      ['losers refused ALREADY_PLEDGED', `${losers.length - wrongLosers} of ${losers.length}`],
      ['loser latency median / p95 (ms)', `${figures.race.loserMedianMs} / ${figures.race.loserP95Ms}`],
      ['uncontended registration median (ms)', figures.race.uncontendedMedianMs],
    ],
  );
  printJson('pledge-registration', figures);
  if (winners.some((w) => w !== 1) || wrongLosers > 0) process.exitCode = 1;
  return figures;
}

if (isMain(import.meta.url)) runBench(async () => void (await runPledgeRegistrationBench()));
