import type { Decimal } from '@app/money';
import type { TrancheClass } from './securitization-input.js';

// The result of `projectPool`: every money figure a Decimal in whole cents.

export type TriggerState = 'NORMAL' | 'TRAP_50' | 'TRAP_100' | 'RAPID_AMORTISATION';

export interface TranchePeriod {
  name: string;
  /** Interest for the period on the opening balance plus unpaid interest carried in. */
  interestDue: Decimal;
  interestPaid: Decimal;
  /** Interest still unpaid after the period, carried forward (lost after the last period). */
  interestShortfall: Decimal;
  principalPaid: Decimal;
  /** Closing balance; after the last period, before the write-down. */
  balance: Decimal;
}

export interface ProjectionPeriod {
  period: number;
  triggerState: TriggerState;
  /** Opening pool balance / opening senior + mezzanine balance; null when those notes are repaid. */
  coverageRatio: Decimal | null;
  poolBalanceStart: Decimal;
  scheduledInterest: Decimal;
  scheduledPrincipal: Decimal;
  prepayments: Decimal;
  recoveries: Decimal;
  /** scheduledInterest + scheduledPrincipal + prepayments + recoveries. */
  collections: Decimal;
  defaults: Decimal;
  /** defaults x loss severity, recognised in the period of default. */
  losses: Decimal;
  poolBalanceEnd: Decimal;
  feesDue: Decimal;
  feesPaid: Decimal;
  tranches: TranchePeriod[];
  reserveRelease: Decimal;
  reserveDraw: Decimal;
  reserveTopUp: Decimal;
  reserveBalance: Decimal;
  guarantorDraw: Decimal;
  /** Excess cash trapped by TRAP_50 / TRAP_100 and paid as extra senior / mezzanine principal. */
  trappedCash: Decimal;
  /** Principal owed to the notes for pool amortisation and defaults but not yet paid. */
  principalDeficiency: Decimal;
  residual: Decimal;
}

export interface TrancheResult {
  name: string;
  trancheClass: TrancheClass;
  size: Decimal;
  totalInterest: Decimal;
  totalPrincipal: Decimal;
  /** Principal unpaid after the last period, written off. */
  writeDown: Decimal;
  /** Interest due but never paid. */
  interestLoss: Decimal;
  weightedAverageLifeYears: Decimal | null;
  annualYield: Decimal | null;
  /** Interest + principal received per period. */
  cashFlows: Decimal[];
}

export interface PoolProjection {
  initialPoolBalance: Decimal;
  periods: ProjectionPeriod[];
  tranches: TrancheResult[];
  totals: {
    collections: Decimal;
    defaults: Decimal;
    losses: Decimal;
    feesPaid: Decimal;
    guarantorDraw: Decimal;
    residual: Decimal;
  };
}
