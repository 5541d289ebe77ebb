import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { flag, isMain, log, numberFlag, runBench } from './common.js';

/**
 * Reproducible city-program data set for bench/program-dashboard.ts, loaded straight into a
 * migrated registry database by SQL (generate_series in batches). Every value is a function
 * of (seed, row number) through hashint8extended and md5, so the same seed gives the same
 * rows, ids included, on any server.
 *
 * Shape (national scale): 36 cities x 5 districts, 60 % of enterprises in one of 3 parks of
 * their district, one enterprise per 5 pledges, 40 lenders, one asset per 10 pledges (assets
 * are pledged again over the years), registrations spread over 2021-01-01 .. 2026-11-20,
 * about 72 % under 10 million yuan. Of the pledges 2 % are still SUBMITTED, 3 % REVOKED, 7 %
 * DEREGISTERED (REPAID), 88 % REGISTERED; 1 % are in USD.
 *
 * Loans (about one per pledge): every pledge that was registered has one loan from its
 * pledgee to its pledgor for 50-100 % of the secured claim, in the claim's currency,
 * disbursed 0-29 days after registration: WITHDRAWN for a revoked pledge, CLOSED (REPAID)
 * for a deregistered one, and for a registered one 3 % SUBMITTED, 3 % APPROVED (not yet
 * disbursed), 94 % ACTIVE. 3 % of registered pledges also had an earlier loan, repaid
 * (CLOSED), so the loans outnumber the pledges slightly. No instalments are stored.
 *
 * The rollups (pledge_volume_fact, pledge_volume_rollup, pledge_pledgor_year,
 * loan_volume_fact, loan_volume_rollup) are then filled by one INSERT ... SELECT per table
 * with the triggers' definitions; the benchmark checks them against the naive GROUP BY
 * before it times anything.
 *
 * node dist/bench/program-data.js --url postgres://... [--pledges 1000000] [--seed 20261121]
 */

export const PROGRAM_DEFAULT_SEED = 20261121;
export const PROGRAM_CITIES = 36;
const DISTRICTS = 5;
/** Parks per district ('Park-1' .. 'Park-3'); 60 % of enterprises are in one. */
export const PROGRAM_PARKS = 3;
const LENDERS = 40;
const BATCH = 100_000;
/** Days from 2021-01-01 over which registrations are spread (to 2026-11-20). */
const SPAN_DAYS = 2149;

export interface ProgramDataReport {
  pledges: number;
  loans: number;
  enterprises: number;
  assets: number;
  seconds: { parties: number; assets: number; pledges: number; rollup: number; analyze: number; total: number };
}

/** Deterministic integer in 0..mod-1 for row `i` and stream `k`. */
const r = (i: string, k: number, mod: number): string => `(abs(hashint8extended(${i}, $1::bigint + ${k})) % ${mod})`;
/** Deterministic uuid for row `i` of a kind. */
const id = (kind: string, i: string): string => `md5($1::bigint::text || '-${kind}-' || ${i})::uuid`;

async function timed(client: pg.Client, label: string, sqlText: string, values: unknown[]): Promise<number> {
  const started = performance.now();
  await client.query(sqlText, values);
  const seconds = (performance.now() - started) / 1000;
  log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Loads the data set into `url` (a migrated, empty registry database). */
export async function loadProgramData(url: string, pledges: number, seed: number): Promise<ProgramDataReport> {
  const enterprises = Math.max(1, Math.floor(pledges / 5));
  const assets = Math.max(1, Math.floor(pledges / 10));
  const client = new pg.Client({ connectionString: url, options: '-c search_path=registry,public' });
  await client.connect();
  const started = performance.now();
  try {
    await client.query('SET synchronous_commit = off');
    const parties = await timed(
      client,
      `parties (${enterprises} enterprises, ${LENDERS} lenders)`,
      `INSERT INTO party (id, kind, name, credit_code, city, district, park, industry_code)
       SELECT ${id('e', 'i')}, 'ENTERPRISE', 'Bench Enterprise ' || i, '91' || lpad(i::text, 16, '0'),
              'City-' || lpad((${r('i', 1, PROGRAM_CITIES)} + 1)::text, 2, '0'), 'D' || (${r('i', 2, DISTRICTS)} + 1),
              CASE WHEN ${r('i', 13, 10)} < 6 THEN 'Park-' || (${r('i', 14, PROGRAM_PARKS)} + 1) END, 'C3973'
         FROM generate_series(1, $2::int) i
       UNION ALL
       SELECT ${id('l', 'i')}, 'LENDER', 'Bench Bank ' || i, '92' || lpad(i::text, 16, '0'), 'City-01', NULL, NULL, NULL
         FROM generate_series(1, ${LENDERS}) i`,
      [seed, enterprises],
    );
    const assetSeconds = await timed(
      client,
      `assets (${assets})`,
      `INSERT INTO ip_asset (id, register, kind, number, title, filing_date, grant_date, legal_status, ipc_classes, main_ipc)
       SELECT ${id('a', 'i')}, 'PATENT', 'INVENTION', 'BENCH' || lpad(i::text, 12, '0'), 'Bench patent ' || i,
              date '2012-01-01' + ${r('i', 3, 2000)}::int, date '2018-01-01', 'GRANTED',
              ARRAY[m.ipc]::varchar[], m.ipc
         FROM generate_series(1, $2::int) i
         CROSS JOIN LATERAL (SELECT substr('ABCDEFGH', ${r('i', 4, 8)}::int + 1, 1) || '01B1/00' AS ipc) m`,
      [seed, assets],
    );
    let pledgeSeconds = 0;
    for (let lo = 1; lo <= pledges; lo += BATCH) {
      const hi = Math.min(pledges, lo + BATCH - 1);
      pledgeSeconds += await timed(
        client,
        `pledges and loans ${lo}..${hi}`,
        `WITH g AS (
           SELECT i, ${id('p', 'i')} AS id, ${r('i', 5, 100)} AS kind,
                  date '2021-01-01' + ${r('i', 6, SPAN_DAYS)}::int AS registered_on,
                  ${id('e', `(${r('i', 7, enterprises)} + 1)`)} AS pledgor,
                  ${id('l', `(${r('i', 8, LENDERS)} + 1)`)} AS pledgee,
                  CASE WHEN ${r('i', 9, 100)} < 72 THEN 500000 + ${r('i', 10, 949500000)} / 100.0
                       ELSE 10000000 + ${r('i', 11, 9000000000)} / 100.0 END AS amount,
                  ${id('a', `(${r('i', 12, assets)} + 1)`)} AS asset,
                  ${r('i', 15, 51)} AS loan_share, ${r('i', 18, 100)} AS loan_kind,
                  ${r('i', 19, 30)}::int AS disbursed_after, ${r('i', 20, 100)} < 3 AS renewed,
                  0.0435 + ${r('i', 16, 200)} / 100000.0 AS rate, 12 + ${r('i', 17, 25)}::int AS term
             FROM generate_series($2::int, $3::int) i),
         p AS (
           INSERT INTO pledge (id, status, version, registration_number, pledgor_party_id, pledgee_party_id, claim_type,
                               claim_amount, claim_currency, debtor_due_date, guarantee_scope, examination_due_date,
                               registered_on, deregistration_reason, ended_on)
           SELECT id, CASE WHEN kind < 2 THEN 'SUBMITTED' WHEN kind < 5 THEN 'REVOKED'
                           WHEN kind < 12 THEN 'DEREGISTERED' ELSE 'REGISTERED' END,
                  CASE WHEN kind < 2 THEN 0 ELSE 1 END,
                  CASE WHEN kind < 2 THEN NULL ELSE 'PL-B-' || lpad(i::text, 9, '0') END,
                  pledgor, pledgee, 'LOAN', amount, CASE WHEN kind = 99 THEN 'USD' ELSE 'CNY' END,
                  registered_on + 1095, 'principal and interest', registered_on + 5,
                  CASE WHEN kind < 2 THEN NULL ELSE registered_on END,
                  CASE WHEN kind BETWEEN 5 AND 11 THEN 'REPAID' END,
                  CASE WHEN kind BETWEEN 2 AND 11 THEN registered_on + 365 END
             FROM g RETURNING id),
         pa AS (
           INSERT INTO pledge_asset (pledge_id, asset_id, position, number, title, filing_date, grant_date)
           SELECT g.id, g.asset, 0, 'BENCH', 'Bench patent', date '2012-01-01', date '2018-01-01' FROM g),
         ln AS (
           SELECT g.*, round(amount * (50 + loan_share) / 100, 2) AS principal,
                  CASE WHEN kind < 5 THEN 'WITHDRAWN' WHEN kind < 12 THEN 'CLOSED' WHEN loan_kind < 3 THEN 'SUBMITTED'
                       WHEN loan_kind < 6 THEN 'APPROVED' ELSE 'ACTIVE' END AS loan_status
             FROM g WHERE kind >= 2),
         l AS (
           INSERT INTO loan (id, pledge_id, lender_party_id, borrower_party_id, principal, currency, annual_rate,
                             term_months, repayment_method, day_count, disbursed_on, status, close_reason, closed_on,
                             outstanding_principal, version, penalty_rate)
           SELECT ${id('n', 'i')}, id, pledgee, pledgor, principal, CASE WHEN kind = 99 THEN 'USD' ELSE 'CNY' END, rate,
                  term, 'ANNUITY', 'MONTHLY_30_360',
                  CASE WHEN loan_status IN ('ACTIVE', 'CLOSED') THEN registered_on + disbursed_after END, loan_status,
                  CASE WHEN loan_status = 'CLOSED' THEN 'REPAID' END,
                  CASE WHEN loan_status = 'CLOSED' THEN registered_on + 365 END,
                  CASE WHEN loan_status = 'CLOSED' THEN 0 ELSE principal END,
                  CASE loan_status WHEN 'SUBMITTED' THEN 1 WHEN 'WITHDRAWN' THEN 2 WHEN 'APPROVED' THEN 2 ELSE 3 END,
                  -- The default penalty markup (0.5): set on disbursement, as the loan service does.
                  CASE WHEN loan_status IN ('ACTIVE', 'CLOSED') THEN round(rate * 1.5, 8) END
             FROM ln
           UNION ALL
           SELECT ${id('r', 'i')}, id, pledgee, pledgor, round(principal / 2, 2), CASE WHEN kind = 99 THEN 'USD' ELSE 'CNY' END,
                  rate, 6, 'ANNUITY', 'MONTHLY_30_360', registered_on, 'CLOSED', 'REPAID', registered_on + 180, 0, 3,
                  round(rate * 1.5, 8)
             FROM ln WHERE kind >= 12 AND renewed)
         INSERT INTO pledge_version (pledge_id, version, pledgor_party_id, pledgee_party_id, claim_amount, claim_currency,
                                     debtor_due_date, guarantee_scope, effective_on)
         SELECT id, 1, pledgor, pledgee, amount, CASE WHEN kind = 99 THEN 'USD' ELSE 'CNY' END,
                registered_on + 1095, 'principal and interest', registered_on
           FROM g WHERE kind >= 2`,
        [seed, lo, hi],
      );
    }
    // Statistics first: planned on empty-table estimates, the fill would nest loops over 1M rows.
    let analyze = await timed(client, 'analyze raw tables', 'ANALYZE', []);
    const rollup = (await fillRollup(client)) + (await fillLoanRollup(client));
    analyze += await timed(client, 'analyze rollup', 'ANALYZE', []);
    const total = (performance.now() - started) / 1000;
    const loans = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM loan')).rows[0]?.n ?? 0;
    log(`loans: ${loans}`);
    return {
      pledges,
      loans,
      enterprises,
      assets,
      seconds: { parties, assets: assetSeconds, pledges: pledgeSeconds, rollup, analyze, total },
    };
  } finally {
    await client.end();
  }
}

/**
 * The one-off fill of the rollup from the raw tables, with the trigger's definitions
 * (counted = registered, not revoked, CNY; attribution as at registration; first-time =
 * earliest by registration date then pledge id). The benchmark proves it equal to the naive
 * path and then exercises the trigger on top of it.
 */
async function fillRollup(client: pg.Client): Promise<number> {
  let seconds = await timed(
    client,
    'rollup: pledge_volume_fact',
    `INSERT INTO pledge_volume_fact (pledge_id, pledgor_party_id, city, district, park, year, quarter, registered_on,
                                     lender_party_id, ipc_section, size_band, amount, first_time)
     SELECT p.id, v.pledgor_party_id, pr.city, coalesce(pr.district, ''), coalesce(pr.park, ''),
            extract(year FROM p.registered_on), extract(quarter FROM p.registered_on), p.registered_on,
            v.pledgee_party_id,
            coalesce((SELECT upper(left(a.main_ipc, 1)) FROM pledge_asset pa JOIN ip_asset a ON a.id = pa.asset_id
                       WHERE pa.pledge_id = p.id ORDER BY pa.position, pa.asset_id LIMIT 1), ''),
            CASE WHEN v.claim_amount < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END, v.claim_amount,
            row_number() OVER (PARTITION BY v.pledgor_party_id ORDER BY p.registered_on, p.id) = 1
       FROM pledge p
       JOIN pledge_version v ON v.pledge_id = p.id AND v.version = 1
       JOIN party pr ON pr.id = v.pledgor_party_id
      WHERE p.registration_number IS NOT NULL AND p.status <> 'REVOKED' AND v.claim_currency = 'CNY'`,
    [],
  );
  seconds += await timed(
    client,
    'rollup: pledge_volume_rollup',
    `INSERT INTO pledge_volume_rollup (city, year, district, park, quarter, dimension, value, registrations, amount)
     SELECT f.city, f.year, f.district, f.park, f.quarter, d.dimension, d.value, count(*), sum(f.amount)
       FROM pledge_volume_fact f
      CROSS JOIN LATERAL (VALUES ('TOTAL', ''), ('LENDER', f.lender_party_id::text), ('IPC', f.ipc_section),
                                 ('BAND', f.size_band), (CASE WHEN f.first_time THEN 'FIRST_TIME' END, 'Y')) AS d(dimension, value)
      WHERE d.dimension IS NOT NULL
      GROUP BY f.city, f.year, f.district, f.park, f.quarter, d.dimension, d.value`,
    [],
  );
  seconds += await timed(
    client,
    'rollup: pledge_pledgor_year',
    `INSERT INTO pledge_pledgor_year (city, year, district, park, pledgor_party_id, registrations)
     SELECT city, year, district, park, pledgor_party_id, count(*) FROM pledge_volume_fact
      GROUP BY city, year, district, park, pledgor_party_id`,
    [],
  );
  return seconds;
}

/**
 * The one-off fill of the loan rollup with the trigger's definitions: every disbursed CNY
 * loan (the data set has no rescheduled successors, so disbursed = went APPROVED -> ACTIVE),
 * attributed to the borrower's city, district and park.
 */
async function fillLoanRollup(client: pg.Client): Promise<number> {
  let seconds = await timed(
    client,
    'rollup: loan_volume_fact',
    `INSERT INTO loan_volume_fact (loan_id, borrower_party_id, city, district, park, year, quarter, disbursed_on,
                                   lender_party_id, size_band, amount)
     SELECT l.id, l.borrower_party_id, pr.city, coalesce(pr.district, ''), coalesce(pr.park, ''),
            extract(year FROM l.disbursed_on), extract(quarter FROM l.disbursed_on), l.disbursed_on, l.lender_party_id,
            CASE WHEN l.principal < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END, l.principal
       FROM loan l JOIN party pr ON pr.id = l.borrower_party_id
      WHERE l.disbursed_on IS NOT NULL AND l.currency = 'CNY'`,
    [],
  );
  seconds += await timed(
    client,
    'rollup: loan_volume_rollup',
    `INSERT INTO loan_volume_rollup (city, year, district, park, quarter, dimension, value, loans, amount)
     SELECT f.city, f.year, f.district, f.park, f.quarter, d.dimension, d.value, count(*), sum(f.amount)
       FROM loan_volume_fact f
      CROSS JOIN LATERAL (VALUES ('TOTAL', ''), ('LENDER', f.lender_party_id::text), ('BAND', f.size_band))
            AS d(dimension, value)
      GROUP BY f.city, f.year, f.district, f.park, f.quarter, d.dimension, d.value`,
    [],
  );
  return seconds;
}

if (isMain(import.meta.url)) {
  runBench(async () => {
    const url = flag('url', process.env['DATABASE_URL'] ?? '');
    if (url === '') throw new Error('--url (or DATABASE_URL) of a migrated registry database is required');
    const report = await loadProgramData(
      url,
      numberFlag('pledges', 1_000_000, 10, 10_000_000),
      numberFlag('seed', PROGRAM_DEFAULT_SEED, 0, 2 ** 31 - 1),
    );
    process.stdout.write(`${JSON.stringify(report)}\n`);
  });
}
