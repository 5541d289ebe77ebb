import { Decimal } from '@app/money';
import { fundShare, LOSS_DECIMALS, type SharingRatio } from '@registry/risk-fund/domain/loss-sharing.js';

/** What the database knows of a fund's cover on a day (see RiskFundRepository.coverFacts). */
export interface CoverFacts {
  /** The ledger's running balance. */
  balance: Decimal;
  /** Outstanding principal of the loans under cover: enrolled, with no claim or a claim not yet decided. */
  coveredOutstanding: Decimal;
  /** Of the loans under cover without a claim: the outstanding principal whose fund share stays within the cap. */
  withinCapOutstanding: Decimal;
  /** Loans under cover without a claim whose fund share exceeds the per-loan cap: each commits the cap. */
  cappedLoans: number;
  /** Fund parts of claims filed and not yet decided. */
  pendingClaims: Decimal;
}

export interface FundTerms {
  /** Most covered outstanding principal per unit of balance (10 = 10x). */
  leverageLimit: Decimal;
  /** Most the fund pays on one loan; null = no cap. */
  perLoanCap: Decimal | null;
}

export interface FundFigures {
  balance: Decimal;
  coveredOutstanding: Decimal;
  /**
   * What the fund stands to pay: fund share x outstanding principal of each loan under cover
   * (at most the cap), plus the fund parts of pending claims, to the cent. Null when no
   * ratio version is in force (the share is unknown).
   */
  commitments: Decimal | null;
  /** Covered outstanding / balance, 4 decimals; null when the balance is 0. */
  leverage: Decimal | null;
  /** Outstanding principal that can still be enrolled: leverage limit x balance - covered, at least 0. */
  capacity: Decimal;
}

const ZERO = new Decimal(0);
const LEVERAGE_DECIMALS = 4;

export function fundFigures(facts: CoverFacts, terms: FundTerms, ratio: SharingRatio | null): FundFigures {
  const cap = terms.perLoanCap ?? ZERO;
  const commitments =
    ratio === null
      ? null
      : fundShare(ratio)
          .times(facts.withinCapOutstanding)
          .plus(cap.times(facts.cappedLoans))
          .plus(facts.pendingClaims)
          .toDecimalPlaces(LOSS_DECIMALS);
  const room = terms.leverageLimit.times(facts.balance).minus(facts.coveredOutstanding);
  return {
    balance: facts.balance,
    coveredOutstanding: facts.coveredOutstanding,
    commitments,
    leverage: leverageOf(facts.coveredOutstanding, facts.balance),
    capacity: room.isNegative() ? ZERO : room,
  };
}

function leverageOf(covered: Decimal, balance: Decimal): Decimal | null {
  return balance.gt(0) ? covered.div(balance).toDecimalPlaces(LEVERAGE_DECIMALS) : null;
}

/** Whether covering `outstanding` more keeps covered outstanding within the leverage limit x balance. */
export function enrolmentFits(
  facts: Pick<CoverFacts, 'balance' | 'coveredOutstanding'>,
  leverageLimit: Decimal,
  outstanding: Decimal,
): { fits: boolean; coveredAfter: Decimal; leverageAfter: Decimal | null } {
  const coveredAfter = facts.coveredOutstanding.plus(outstanding);
  return {
    fits: facts.balance.gt(0) && coveredAfter.lte(leverageLimit.times(facts.balance)),
    coveredAfter,
    leverageAfter: leverageOf(coveredAfter, facts.balance),
  };
}
