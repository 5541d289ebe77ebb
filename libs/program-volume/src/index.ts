/**
 * The city program's volume SQL (registry schema, unqualified names): the rollup reads the
 * registry's dashboard runs, and the naive GROUP BY over the raw tables that the e2e suite
 * and the benchmark compare them with, for registered pledges and for disbursed loans. A
 * library because those three must run the very same text, and tests and benchmarks may not
 * import an app.
 * @packageDocumentation
 */
export {
  NAIVE_LOAN_AREAS_SQL,
  NAIVE_LOAN_CELLS_SQL,
  NAIVE_LOAN_CITY_QUARTER_SQL,
  ROLLUP_LOAN_AREAS_SQL,
  ROLLUP_LOAN_CELLS_SQL,
  ROLLUP_LOAN_CITY_QUARTER_SQL,
} from './loan-volume-sql.js';
export {
  NAIVE_AREAS_SQL,
  NAIVE_CELLS_SQL,
  NAIVE_CITY_QUARTER_SQL,
  NAIVE_ENTERPRISES_SQL,
  ROLLUP_AREAS_SQL,
  ROLLUP_CELLS_SQL,
  ROLLUP_CITY_QUARTER_SQL,
  ROLLUP_ENTERPRISES_SQL,
} from './volume-sql.js';
