import { Decimal } from '@app/money';
import { compareIsoDate, daysBetween, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { DayCountConvention } from '@registry/loan/domain/repayment-schedule.js';

/**
 * Penalty (default) interest on overdue principal (DOMAIN.md "Loans": overdue days and default).
 *
 * Policy to verify with the lending product: the penalty rate is the contract's annual rate
 * times (1 + markup), fixed into the loan at disbursement (a markup of 0.5, i.e. the contract
 * rate plus 50 %, is the common practice of Chinese banks). Each instalment's principal not
 * paid by its due date bears it for every calendar day from the due date until the day it is
 * paid (a payment received on day d ends the accrual on d: the days counted are [due, d)).
 * Unpaid interest bears no penalty (no compound interest). The daily rate is the annual rate
 * over the product's year basis: 365 days for ACTUAL_365, 360 otherwise.
 *
 * The accrual is summed exactly and rounded once, to minor units half-even, as a running
 * total: what is owed on a day is `accrued(day) - paid so far`, so rounding never drifts
 * however many payments there are.
 */

/** An instalment as the penalty reads it: when its principal fell due and how much. */
export interface PenaltyInstalment {
  number: number;
  dueDate: IsoDate;
  principalDue: Decimal;
}

/** Principal a repayment received on `on` paid towards instalment `number`. */
export interface PrincipalPayment {
  number: number;
  on: IsoDate;
  amount: Decimal;
}

export interface PenaltyTerms {
  /** Annual penalty rate as a fraction (see {@link penaltyAnnualRate}). */
  annualRate: Decimal;
  dayCount: DayCountConvention;
}

/** Decimal places a stored rate keeps (numeric(12,8)). */
export const RATE_DECIMALS = 8;

/**
 * The annual penalty rate of a contract: `contractRate x (1 + markup)`, rounded half-even to
 * {@link RATE_DECIMALS} places because it is stored as a contract term.
 */
export function penaltyAnnualRate(contractRate: Decimal, markup: Decimal): Decimal {
  if (contractRate.isNegative() || markup.isNegative()) throw new RangeError('rates must not be negative');
  return contractRate.times(markup.plus(1)).toDecimalPlaces(RATE_DECIMALS, Decimal.ROUND_HALF_EVEN);
}

/** Days in the year the daily penalty rate divides by. */
export function penaltyYearDays(dayCount: DayCountConvention): number {
  return dayCount === DayCountConvention.ACTUAL_365 ? 365 : 360;
}

/**
 * Sum over instalments of overdue principal x days overdue, up to (not including) `asOf`:
 * the exact base the rate applies to.
 */
export function overduePrincipalDays(
  instalments: readonly PenaltyInstalment[],
  payments: readonly PrincipalPayment[],
  asOf: IsoDate,
): Decimal {
  let total = new Decimal(0);
  for (const instalment of instalments) {
    if (compareIsoDate(instalment.dueDate, asOf) >= 0) continue;
    const own = payments.filter((p) => p.number === instalment.number).sort((a, b) => compareIsoDate(a.on, b.on));
    // What was paid by the due date never fell overdue.
    let balance = instalment.principalDue;
    let from = instalment.dueDate;
    for (const payment of own) {
      if (compareIsoDate(payment.on, asOf) >= 0) break;
      if (compareIsoDate(payment.on, from) > 0) {
        total = total.plus(balance.times(daysBetween(from, payment.on)));
        from = payment.on;
      }
      balance = balance.minus(payment.amount);
    }
    if (balance.gt(0)) total = total.plus(balance.times(daysBetween(from, asOf)));
  }
  return total;
}

/**
 * Penalty accrued from disbursement up to `asOf` (paid or not), rounded half-even to
 * `scale` decimals. Payments on or after `asOf` are not looked at.
 */
export function accruedPenalty(
  instalments: readonly PenaltyInstalment[],
  payments: readonly PrincipalPayment[],
  terms: PenaltyTerms,
  asOf: IsoDate,
  scale: number,
): Decimal {
  // One division, after the exact products: the quotient is rounded once. A true half-way
  // case terminates within a few places, far inside the 40 significant digits of Decimal.
  return overduePrincipalDays(instalments, payments, asOf)
    .times(terms.annualRate)
    .dividedBy(penaltyYearDays(terms.dayCount))
    .toDecimalPlaces(scale, Decimal.ROUND_HALF_EVEN);
}
