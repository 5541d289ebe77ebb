/**
 * Securitisation pool projection and cash-flow waterfall: pure functions, money as Decimal.
 *
 * **Periods** are months. Each period the pool's loans are stepped one by one (see
 * `LoanPool`): defaults at the monthly rate MDR = 1 - (1 - CDR)^(1/12), scheduled interest and
 * principal on the surviving balance, prepayments at SMM = 1 - (1 - CPR)^(1/12) of what remains
 * after scheduled principal. A default loses `lossSeverity` of its balance at once; the rest is
 * recovered `recoveryLagPeriods` later. Every per-loan amount is rounded half-even to cents, so
 * every pool and waterfall figure is an exact number of cents.
 *
 * **Coverage ratio** = opening pool balance (performing loans) / opening senior + mezzanine note
 * balance, tested at the start of each period from the previous period's closing figures.
 * **Triggers** (defaults): ratio < 1.40 traps 50 % of the excess cash, < 1.30 traps 100 %
 * (both cure when the ratio recovers); ratio < 1.20, or cumulative losses above 10 % of the
 * initial pool balance, switches to rapid amortisation for good. Trapped cash repays senior,
 * then mezzanine principal.
 *
 * **Waterfall**, normal and trap states: (0) reserve above target released into available funds;
 * (1) senior fees; (2) senior, (3) mezzanine interest (each tranche's current interest plus
 * unpaid interest carried forward, shortfalls covered by the reserve, then by the guarantor
 * up to its lifetime cap); (4) senior, (5) mezzanine principal up to the principal due = the
 * pool's decline this period (scheduled principal + prepayments + defaults) plus the principal
 * deficiency carried forward, so the notes track the pool and excess spread covers losses;
 * (6) reserve top-up to target; (7) trapped cash; (8) subordinated interest; (9) subordinated
 * principal from the rest of the principal due; (10) residual to the seller / equity.
 * Rapid amortisation: fees, senior and mezzanine interest, then all cash repays principal in
 * priority order, then subordinated interest; the reserve is released (target 0) and not topped
 * up. In the last period the reserve is released and the whole note balance is due; what stays
 * unpaid is written down. A projection shorter than the pool's life (`periods`) does not sell the
 * remaining loans: their balance is reported as the last `poolBalanceEnd`, and recoveries due
 * after the last period are not collected.
 *
 * **Cash conservation**, every period, to the cent:
 * collections + reserveRelease + reserveDraw + guarantorDraw
 *   = feesPaid + sum(interestPaid) + sum(principalPaid) + reserveTopUp + residual.
 *
 * **Yield**: monthly IRR of the tranche's cash flows against its size (bought at par), by
 * bisection in double precision, annualised as (1 + m)^12 - 1. **WAL** in years from monthly
 * principal repayments.
 * @packageDocumentation
 */
export { projectPool } from './project-pool.js';
export type {
  PoolProjection,
  ProjectionPeriod,
  TranchePeriod,
  TrancheResult,
  TriggerState,
} from './projection-result.js';
export { LoanPool, monthlyRate, type PoolPeriodFlows } from './pool-collections.js';
export { annualisedYield, weightedAverageLife } from './tranche-metrics.js';
export {
  DEFAULT_TRIGGERS,
  MAX_RECOVERY_LAG,
  MAX_TERM_MONTHS,
  parseProjectionInput,
  SecuritizationInputError,
  type Amortisation,
  type AssumptionsInput,
  type DecimalLike,
  type FeesInput,
  type GuarantorInput,
  type ParsedLoan,
  type ParsedProjectionInput,
  type PoolLoanInput,
  type PoolProjectionInput,
  type ReserveInput,
  type TrancheClass,
  type TrancheInput,
  type TriggersInput,
} from './securitization-input.js';
