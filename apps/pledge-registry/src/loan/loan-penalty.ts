import { Decimal, minorUnits } from '@app/money';
import { compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { accruedPenalty, type PrincipalPayment } from '@registry/loan/domain/penalty-interest.js';
import type { LoanInstalmentEntity } from '@registry/loan/loan-instalment.entity.js';
import type { LoanRepaymentEntity } from '@registry/loan/loan-repayment.entity.js';
import type { LoanEntity } from '@registry/loan/loan.entity.js';
import { LoanException, LoanErrorReason } from '@registry/loan/loan.exception.js';

/** A loan's penalty interest on a day: accrued since disbursement, paid by repayments, still owed. */
export interface PenaltyState {
  asOf: IsoDate;
  annualRate: Decimal;
  accrued: Decimal;
  paid: Decimal;
  outstanding: Decimal;
}

/** What each stored repayment paid towards each instalment's principal, and when. */
export function principalPayments(repayments: readonly LoanRepaymentEntity[]): PrincipalPayment[] {
  return repayments.flatMap((r) =>
    r.allocation
      .map((line) => ({ number: line.number, on: r.receivedOn, amount: new Decimal(line.principal) }))
      .filter((p) => p.amount.gt(0)),
  );
}

/**
 * The loan's penalty as of `asOf` from its stored schedule and repayments (null before
 * disbursement). A closed loan stops accruing on the day it closed.
 */
export function penaltyOf(
  loan: Pick<LoanEntity, 'disbursedOn' | 'penaltyRate' | 'closedOn' | 'dayCount' | 'currency'>,
  instalments: readonly LoanInstalmentEntity[],
  repayments: readonly LoanRepaymentEntity[],
  asOf: IsoDate,
): PenaltyState | null {
  if (loan.disbursedOn === null || loan.penaltyRate === null) return null;
  const until = loan.closedOn !== null && compareIsoDate(loan.closedOn, asOf) < 0 ? loan.closedOn : asOf;
  const accrued = accruedPenalty(
    instalments,
    principalPayments(repayments),
    { annualRate: loan.penaltyRate, dayCount: loan.dayCount },
    until,
    minorUnits(loan.currency),
  );
  const paid = repayments
    .filter((r) => compareIsoDate(r.receivedOn, asOf) <= 0)
    .reduce((sum, r) => sum.plus(r.penaltyPaid), new Decimal(0));
  return { asOf, annualRate: loan.penaltyRate, accrued, paid, outstanding: accrued.minus(paid) };
}

/**
 * A loan's events are recorded in date order, since the penalty of a day depends on every
 * payment before it: `on` may not be before the disbursement, the latest repayment or the
 * declared default. BAD_USER_INPUT naming `field` otherwise.
 */
export function assertInDateOrder(
  loan: LoanEntity,
  repayments: readonly LoanRepaymentEntity[],
  on: IsoDate,
  field: string,
): void {
  if (loan.disbursedOn !== null && compareIsoDate(on, loan.disbursedOn) < 0) {
    throw LoanException.invalid(field, `must not be before the disbursement on ${loan.disbursedOn}`);
  }
  const latest = repayments.reduce<IsoDate | null>(
    (max, r) => (max === null || compareIsoDate(r.receivedOn, max) > 0 ? r.receivedOn : max),
    null,
  );
  if (latest !== null && compareIsoDate(on, latest) < 0) {
    throw LoanException.invalid(
      field,
      `must not be before the latest repayment, received on ${latest}`,
      LoanErrorReason.DATE_OUT_OF_ORDER,
    );
  }
  if (loan.defaultedOn !== null && compareIsoDate(on, loan.defaultedOn) < 0) {
    throw LoanException.invalid(
      field,
      `must not be before the declared default on ${loan.defaultedOn}`,
      LoanErrorReason.DATE_OUT_OF_ORDER,
    );
  }
}
