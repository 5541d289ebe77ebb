import { ExactDecimal } from '@web/kit/exact-decimal';

export const LOAN_STATUS_LABEL: Record<string, string> = {
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  ACTIVE: 'Active',
  CLOSED: 'Closed',
  OVERPAID: 'Overpaid',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export interface PortfolioLoan {
  status: string;
  overdueDays: number;
  principal: { amount: string; currency: string };
  outstandingPrincipal: { amount: string; currency: string };
}

export interface CurrencyTotals {
  currency: string;
  loans: number;
  principal: string;
  outstanding: string;
  /** Outstanding principal of loans with any overdue day. */
  overdueOutstanding: string;
  overdueLoans: number;
}

/**
 * Totals per currency (never added across currencies), exact on the decimal strings. Principal
 * counts loans that were lent or are on their way (not rejected or withdrawn).
 */
export function portfolioTotals(loans: readonly PortfolioLoan[]): CurrencyTotals[] {
  const byCurrency = new Map<
    string,
    { loans: number; principal: ExactDecimal; outstanding: ExactDecimal; overdue: ExactDecimal; overdueLoans: number }
  >();
  for (const loan of loans) {
    if (loan.status === 'REJECTED' || loan.status === 'WITHDRAWN') continue;
    const currency = loan.principal.currency;
    const t = byCurrency.get(currency) ?? {
      loans: 0,
      principal: new ExactDecimal(0),
      outstanding: new ExactDecimal(0),
      overdue: new ExactDecimal(0),
      overdueLoans: 0,
    };
    t.loans += 1;
    t.principal = t.principal.plus(loan.principal.amount);
    t.outstanding = t.outstanding.plus(loan.outstandingPrincipal.amount);
    if (loan.overdueDays > 0) {
      t.overdue = t.overdue.plus(loan.outstandingPrincipal.amount);
      t.overdueLoans += 1;
    }
    byCurrency.set(currency, t);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => ({
      currency,
      loans: t.loans,
      principal: t.principal.toFixed(2),
      outstanding: t.outstanding.toFixed(2),
      overdueOutstanding: t.overdue.toFixed(2),
      overdueLoans: t.overdueLoans,
    }));
}

/** Overdue loans first (most days first), then by the next due date. */
export function sortLoans<T extends PortfolioLoan & { id: string; nextDue?: { dueDate: string } | null }>(
  loans: readonly T[],
): T[] {
  return [...loans].sort((a, b) => {
    if (a.overdueDays !== b.overdueDays) return b.overdueDays - a.overdueDays;
    const da = a.nextDue?.dueDate ?? '9999-12-31';
    const db = b.nextDue?.dueDate ?? '9999-12-31';
    return da < db ? -1 : da > db ? 1 : a.id.localeCompare(b.id);
  });
}

/** A fraction of 8 decimals as a percent with 2: "0.12345678" -> "12.35". */
export function shareToPercent(share: string): string {
  return new ExactDecimal(share).times(100).toDecimalPlaces(2, ExactDecimal.ROUND_HALF_UP).toFixed(2);
}

/** Balance over target as a percent with 1 decimal; null without a target. */
export function progressToTarget(balance: string, target: string | null | undefined): string | null {
  if (target === null || target === undefined || new ExactDecimal(target).isZero()) return null;
  return new ExactDecimal(balance)
    .dividedBy(target)
    .times(100)
    .toDecimalPlaces(1, ExactDecimal.ROUND_HALF_UP)
    .toFixed(1);
}

/**
 * The share a concentration limit is checked against: of the pool balance, or of the target
 * while the pool is still below it (a growing pool is not held to shares of its first loans).
 */
export function limitBasisShare(rowBalance: string, poolBalance: string, target: string | null | undefined): string {
  const basis =
    target !== null && target !== undefined && new ExactDecimal(poolBalance).lessThan(target) ? target : poolBalance;
  if (new ExactDecimal(basis).isZero()) return '0';
  return new ExactDecimal(rowBalance).dividedBy(basis).toDecimalPlaces(8, ExactDecimal.ROUND_HALF_UP).toFixed();
}

/** A share above its limit (both fractions); false when no limit is set. */
export function breaches(share: string, limit: string | null | undefined): boolean {
  return limit !== null && limit !== undefined && new ExactDecimal(share).greaterThan(limit);
}
