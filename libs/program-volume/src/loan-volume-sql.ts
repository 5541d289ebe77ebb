/**
 * The program's disbursed-loan volume queries, rollup and NAIVE reference, like
 * volume-sql.ts. Cells: `year, quarter, dimension (TOTAL, LENDER, BAND), value, loans,
 * amount` (principal, CNY) for a city (`$1`), the years in `$2` (int[]), optionally one
 * district (`$3`) and one park (`$4`), NULL = all. A loan counts in the quarter of its
 * disbursement, attributed to the borrower's city, district and park and to its lender;
 * BAND is UNDER_10M when the principal is < 10 million yuan.
 */

/** The dashboard's path: a range read of the trigger-maintained loan rollup. */
export const ROLLUP_LOAN_CELLS_SQL = `
SELECT year::int AS year, quarter::int AS quarter, dimension, value,
       sum(loans)::int AS loans, sum(amount)::text AS amount
  FROM loan_volume_rollup
 WHERE city = $1 AND year = ANY($2::int[]) AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4)
 GROUP BY year, quarter, dimension, value
 ORDER BY year, quarter, dimension, value`;

/**
 * NAIVE reference path, for tests and the benchmark only: GROUP BY over `loan` and the
 * borrower party. Disbursed = has a disbursement date (ACTIVE, CLOSED or OVERPAID); only CNY
 * principal counts. The rollup counts a loan on its APPROVED -> ACTIVE transition, so the
 * two agree as long as every disbursed loan got there that way and the borrower's
 * city/district/park has not changed since; a rescheduled successor (created directly
 * ACTIVE, `rescheduled_from_loan_id` set) is the same financing and is excluded here too.
 */
const NAIVE_LOAN_BASE = `
WITH disbursed AS (
  SELECT l.id, l.lender_party_id, pr.city, coalesce(pr.district, '') AS district, coalesce(pr.park, '') AS park,
         extract(year FROM l.disbursed_on)::int AS year, extract(quarter FROM l.disbursed_on)::int AS quarter,
         l.principal AS amount, CASE WHEN l.principal < 10000000 THEN 'UNDER_10M' ELSE 'OVER_10M' END AS size_band
    FROM loan l
    JOIN party pr ON pr.id = l.borrower_party_id
   WHERE l.disbursed_on IS NOT NULL AND l.currency = 'CNY' AND l.rescheduled_from_loan_id IS NULL)`;

export const NAIVE_LOAN_CELLS_SQL = `${NAIVE_LOAN_BASE}
SELECT c.year, c.quarter, d.dimension, d.value, count(*)::int AS loans, sum(c.amount)::text AS amount
  FROM disbursed c
 CROSS JOIN LATERAL (VALUES ('TOTAL', ''), ('LENDER', c.lender_party_id::text), ('BAND', c.size_band)) AS d(dimension, value)
 WHERE c.city = $1 AND c.year = ANY($2::int[]) AND ($3::text IS NULL OR c.district = $3) AND ($4::text IS NULL OR c.park = $4)
 GROUP BY c.year, c.quarter, d.dimension, d.value
 ORDER BY c.year, c.quarter, d.dimension, d.value`;

/** Year totals of disbursed loans by district and park within the scope, like ROLLUP_AREAS_SQL. */
export const ROLLUP_LOAN_AREAS_SQL = `
SELECT district, park, sum(loans)::int AS loans, sum(amount)::text AS amount
  FROM loan_volume_rollup
 WHERE city = $1 AND year = ANY($2::int[]) AND dimension = 'TOTAL'
   AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4)
 GROUP BY district, park
HAVING sum(loans) > 0
 ORDER BY district, park`;

/** NAIVE reference for {@link ROLLUP_LOAN_AREAS_SQL}. */
export const NAIVE_LOAN_AREAS_SQL = `${NAIVE_LOAN_BASE}
SELECT district, park, count(*)::int AS loans, sum(amount)::text AS amount
  FROM disbursed
 WHERE city = $1 AND year = ANY($2::int[]) AND ($3::text IS NULL OR district = $3) AND ($4::text IS NULL OR park = $4)
 GROUP BY district, park
 ORDER BY district, park`;

/** The city x quarter loan report of a year (`$1`) over every city, from the rollup's totals. */
export const ROLLUP_LOAN_CITY_QUARTER_SQL = `
SELECT city, quarter::int AS quarter, sum(loans)::int AS loans, sum(amount)::text AS amount
  FROM loan_volume_rollup
 WHERE dimension = 'TOTAL' AND year = $1
 GROUP BY city, quarter
 ORDER BY city, quarter`;

/** NAIVE reference for {@link ROLLUP_LOAN_CITY_QUARTER_SQL}: GROUP BY over the raw tables. */
export const NAIVE_LOAN_CITY_QUARTER_SQL = `
SELECT pr.city, extract(quarter FROM l.disbursed_on)::int AS quarter, count(*)::int AS loans,
       sum(l.principal)::text AS amount
  FROM loan l
  JOIN party pr ON pr.id = l.borrower_party_id
 WHERE l.disbursed_on IS NOT NULL AND l.currency = 'CNY' AND l.rescheduled_from_loan_id IS NULL
   AND l.disbursed_on >= make_date($1, 1, 1) AND l.disbursed_on < make_date($1 + 1, 1, 1)
 GROUP BY pr.city, quarter
 ORDER BY pr.city, quarter`;
