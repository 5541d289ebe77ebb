import type { Decimal } from '@app/money';
import type { IsoDate } from '@registry/ip-asset/domain/iso-date.js';
import {
  interestOwed,
  outstandingPrincipal,
  type InstalmentState,
} from '@registry/loan/domain/repayment-allocation.js';

/**
 * Pure rules for a troubled loan: declaring default, writing off, rescheduling
 * (DOMAIN.md "Loans": closed as written off or rescheduled; overdue days and default).
 */

/** What an ACTIVE loan owes on a day, by kind; `total` is what would pay it off. */
export interface LoanPosition {
  principal: Decimal;
  /** Unpaid interest of the overdue instalments and of the current period. */
  interest: Decimal;
  /** Penalty owed that day (accrued minus paid). */
  penalty: Decimal;
  total: Decimal;
}

export function loanPosition(instalments: readonly InstalmentState[], on: IsoDate, penaltyOwed: Decimal): LoanPosition {
  const principal = outstandingPrincipal(instalments);
  const interest = interestOwed(instalments, on);
  return { principal, interest, penalty: penaltyOwed, total: principal.plus(interest).plus(penaltyOwed) };
}

export type Refusal<R extends string> = { ok: false; reason: R; message: string };

/**
 * Whether the lender may declare default: not declared before, and at least `thresholdDays`
 * overdue days (LOAN_DEFAULT_OVERDUE_DAYS).
 */
export function defaultDeclaration(
  defaultedOn: IsoDate | null,
  overdueDays: number,
  thresholdDays: number,
): { ok: true } | Refusal<'ALREADY_DEFAULTED' | 'OVERDUE_BELOW_DEFAULT_THRESHOLD'> {
  if (defaultedOn !== null) {
    return { ok: false, reason: 'ALREADY_DEFAULTED', message: `the loan was declared in default on ${defaultedOn}` };
  }
  if (overdueDays < thresholdDays) {
    return {
      ok: false,
      reason: 'OVERDUE_BELOW_DEFAULT_THRESHOLD',
      message: `the loan is ${overdueDays} days overdue; default needs at least ${thresholdDays}`,
    };
  }
  return { ok: true };
}

/**
 * The principal of the loan that replaces a rescheduled one: the outstanding principal,
 * plus the unpaid interest and penalty when they are capitalised. Without capitalisation
 * they must have been paid first, so rescheduling never forgives anything silently.
 */
export function rescheduledPrincipal(
  position: LoanPosition,
  capitalise: boolean,
): { ok: true; principal: Decimal; capitalised: Decimal } | Refusal<'INTEREST_UNPAID'> {
  const unpaid = position.interest.plus(position.penalty);
  if (capitalise) return { ok: true, principal: position.total, capitalised: unpaid };
  if (unpaid.gt(0)) {
    return {
      ok: false,
      reason: 'INTEREST_UNPAID',
      message: `${unpaid.toFixed(2)} of interest and penalty is owed: pay it first or capitalise it`,
    };
  }
  return { ok: true, principal: position.principal, capitalised: unpaid };
}
