/**
 * The program's registered-pledge volume queries as plain SQL (unqualified: the registry's
 * search_path), kept free of imports so the e2e suite can run both paths side by side and
 * prove them equal. Both return the same cells: `year, quarter, dimension, value,
 * registrations, amount` for a city (`$1`), the years in `$2` (int[]), optionally one
 * district (`$3`, NULL = all) and one park (`$4`, NULL = all; '' = outside any park).
 */

/** The dashboard's path: a range read of the trigger-maintained rollup. */
export const ROLLUP_CELLS_SQL = `
SELECT year::int AS year, quarter::int AS quarter, dimension, value,
       sum(registrations)::int AS registrations, sum(amount)::text AS amount
  FROM pledge_volume_rollup
 WHERE city = $1 AND year = ANY($2::int[]) AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4)
 GROUP BY year, quarter, dimension, value
HAVING sum(registrations) > 0
 ORDER BY year, quarter, dimension, value`;

/** Enterprises served per year from the pledgor-year table (same parameters). */
export const ROLLUP_ENTERPRISES_SQL = `
SELECT year::int AS year, count(DISTINCT pledgor_party_id)::int AS enterprises
  FROM pledge_pledgor_year
 WHERE city = $1 AND year = ANY($2::int[]) AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4)
 GROUP BY year ORDER BY year`;

/**
 * NAIVE reference path, for tests and the benchmark only: the same definitions computed by
 * GROUP BY over the raw tables (pledge, its registered terms in pledge_version 1, the
 * pledgor party, the first pledged asset). Equal to the rollup as long as the pledgor's
 * city/district/park and the asset's main IPC class have not changed since registration (the
 * rollup freezes attribution at registration).
 */
const NAIVE_BASE = `
WITH counted AS (
  SELECT p.id, v.pledgor_party_id, v.pledgee_party_id, pr.city, coalesce(pr.district, '') AS district,
         coalesce(pr.park, '') AS park,
         extract(year FROM p.registered_on)::int AS year, extract(quarter FROM p.registered_on)::int AS quarter,
         v.claim_amount AS amount,
         CASE WHEN v.claim_amount < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END AS size_band,
         coalesce((SELECT upper(left(a.main_ipc, 1)) FROM pledge_asset pa JOIN ip_asset a ON a.id = pa.asset_id
                    WHERE pa.pledge_id = p.id ORDER BY pa.position, pa.asset_id LIMIT 1), '') AS ipc_section,
         row_number() OVER (PARTITION BY v.pledgor_party_id ORDER BY p.registered_on, p.id) = 1 AS first_time
    FROM pledge p
    JOIN pledge_version v ON v.pledge_id = p.id AND v.version = 1
    JOIN party pr ON pr.id = v.pledgor_party_id
   WHERE p.registration_number IS NOT NULL AND p.status <> 'REVOKED' AND v.claim_currency = 'CNY'),
selected AS (
  SELECT * FROM counted
   WHERE city = $1 AND year = ANY($2::int[]) AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4))`;

export const NAIVE_CELLS_SQL = `${NAIVE_BASE}
SELECT c.year, c.quarter, d.dimension, d.value, count(*)::int AS registrations, sum(c.amount)::text AS amount
  FROM selected c
 CROSS JOIN LATERAL (VALUES ('TOTAL', ''), ('LENDER', c.pledgee_party_id::text), ('IPC', c.ipc_section),
                            ('BAND', c.size_band), (CASE WHEN c.first_time THEN 'FIRST_TIME' END, 'Y')) AS d(dimension, value)
 WHERE d.dimension IS NOT NULL
 GROUP BY c.year, c.quarter, d.dimension, d.value
 ORDER BY c.year, c.quarter, d.dimension, d.value`;

export const NAIVE_ENTERPRISES_SQL = `${NAIVE_BASE}
SELECT year, count(DISTINCT pledgor_party_id)::int AS enterprises FROM selected GROUP BY year ORDER BY year`;

/**
 * Year totals by district and park within the scope (same parameters; `$2` holds one year):
 * the dashboard's `byDistrict` and `byPark`. '' is "no district" / "outside any park".
 */
export const ROLLUP_AREAS_SQL = `
SELECT district, park, sum(registrations)::int AS registrations, sum(amount)::text AS amount
  FROM pledge_volume_rollup
 WHERE city = $1 AND year = ANY($2::int[]) AND dimension = 'TOTAL'
   AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4)
 GROUP BY district, park
HAVING sum(registrations) > 0
 ORDER BY district, park`;

/** NAIVE reference for {@link ROLLUP_AREAS_SQL}. */
export const NAIVE_AREAS_SQL = `${NAIVE_BASE}
SELECT district, park, count(*)::int AS registrations, sum(amount)::text AS amount
  FROM selected GROUP BY district, park ORDER BY district, park`;

/**
 * The city x quarter report of a year (`$1`) over every city, from the rollup's totals
 * (the partial index ix_pledge_volume_rollup_year_total).
 */
export const ROLLUP_CITY_QUARTER_SQL = `
SELECT city, quarter::int AS quarter, sum(registrations)::int AS registrations, sum(amount)::text AS amount
  FROM pledge_volume_rollup
 WHERE dimension = 'TOTAL' AND year = $1
 GROUP BY city, quarter
HAVING sum(registrations) > 0
 ORDER BY city, quarter`;

/** NAIVE reference for {@link ROLLUP_CITY_QUARTER_SQL}: GROUP BY over the raw tables. */
export const NAIVE_CITY_QUARTER_SQL = `
SELECT pr.city, extract(quarter FROM p.registered_on)::int AS quarter, count(*)::int AS registrations,
       sum(v.claim_amount)::text AS amount
  FROM pledge p
  JOIN pledge_version v ON v.pledge_id = p.id AND v.version = 1
  JOIN party pr ON pr.id = v.pledgor_party_id
 WHERE p.registration_number IS NOT NULL AND p.status <> 'REVOKED' AND v.claim_currency = 'CNY'
   AND p.registered_on >= make_date($1, 1, 1) AND p.registered_on < make_date($1 + 1, 1, 1)
 GROUP BY pr.city, quarter
 ORDER BY pr.city, quarter`;
