import { Decimal } from '@app/money';
import { compareIsoDate, daysBetween, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';

/** One instalment of the schedule as disbursed, with what has been paid towards it. */
export interface InstalmentState {
  number: number;
  dueDate: IsoDate;
  principalDue: Decimal;
  interestDue: Decimal;
  principalPaid: Decimal;
  interestPaid: Decimal;
}

/** What one payment pays towards one instalment. */
export interface InstalmentAllocation {
  number: number;
  interest: Decimal;
  principal: Decimal;
}

export interface PaymentAllocation {
  /** Penalty interest owed on the payment day (domain/penalty-interest.ts), paid before anything else. */
  penalty: Decimal;
  /** Instalments the payment reached, in instalment order; parts are > 0 or the line is left out. */
  lines: InstalmentAllocation[];
  /** Interest of instalments due before the payment day. */
  overdueInterest: Decimal;
  /** Interest of the instalment due on the payment day or of the current period. */
  currentInterest: Decimal;
  principal: Decimal;
  /** What was paid beyond everything owed (the loan becomes OVERPAID). */
  excess: Decimal;
}

const ZERO = new Decimal(0);

const interestLeft = (i: InstalmentState): Decimal => i.interestDue.minus(i.interestPaid);
const principalLeft = (i: InstalmentState): Decimal => i.principalDue.minus(i.principalPaid);

/** Instalments whose interest is owed on `on`: every one already due, and the current period's. */
export function interestBearing(instalments: readonly InstalmentState[], on: IsoDate): InstalmentState[] {
  const sorted = [...instalments].sort((a, b) => a.number - b.number);
  const current = sorted.findIndex((i) => compareIsoDate(i.dueDate, on) >= 0);
  return current === -1 ? sorted : sorted.slice(0, current + 1);
}

/** Unpaid interest of the instalments whose interest is owed on `on` (overdue and current). */
export function interestOwed(instalments: readonly InstalmentState[], on: IsoDate): Decimal {
  return interestBearing(instalments, on).reduce((sum, i) => sum.plus(interestLeft(i)), ZERO);
}

/**
 * Everything owed on `on`: the penalty owed that day, unpaid interest of the
 * interest-bearing instalments and all unpaid principal (what pays the loan off).
 */
export function amountOwed(instalments: readonly InstalmentState[], on: IsoDate, penalty: Decimal = ZERO): Decimal {
  return instalments.reduce((sum, i) => sum.plus(principalLeft(i)), interestOwed(instalments, on).plus(penalty));
}

/**
 * Splits a payment received on `on` over what is owed: first the penalty owed that day;
 * then the interest of overdue instalments (due before `on`), earliest first; then the
 * interest of the instalment due on `on` or of the current period; then principal of the
 * earliest unpaid instalments, overdue ones first and later ones as early repayment.
 * Interest of periods not yet begun is never taken; whatever remains is the excess.
 */
export function allocatePayment(
  instalments: readonly InstalmentState[],
  payment: Decimal,
  on: IsoDate,
  penaltyOwed: Decimal = ZERO,
): PaymentAllocation {
  if (!payment.gt(0)) throw new RangeError('a payment must be greater than 0');
  if (penaltyOwed.isNegative()) throw new RangeError('the penalty owed must not be negative');
  const penalty = Decimal.min(payment, penaltyOwed);
  let left = payment.minus(penalty);
  const byNumber = new Map<number, InstalmentAllocation>();
  const take = (instalment: InstalmentState, part: 'interest' | 'principal', due: Decimal): Decimal => {
    const paid = Decimal.min(left, due);
    if (!paid.gt(0)) return ZERO;
    left = left.minus(paid);
    const line = byNumber.get(instalment.number) ?? { number: instalment.number, interest: ZERO, principal: ZERO };
    line[part] = line[part].plus(paid);
    byNumber.set(instalment.number, line);
    return paid;
  };
  let overdueInterest = ZERO;
  let currentInterest = ZERO;
  for (const i of interestBearing(instalments, on)) {
    const paid = take(i, 'interest', interestLeft(i));
    if (compareIsoDate(i.dueDate, on) < 0) overdueInterest = overdueInterest.plus(paid);
    else currentInterest = currentInterest.plus(paid);
  }
  let principal = ZERO;
  for (const i of [...instalments].sort((a, b) => a.number - b.number)) {
    principal = principal.plus(take(i, 'principal', principalLeft(i)));
  }
  const lines = [...byNumber.values()].sort((a, b) => a.number - b.number);
  return { penalty, lines, overdueInterest, currentInterest, principal, excess: left };
}

/** The schedule after an allocation is applied. */
export function applyAllocation(
  instalments: readonly InstalmentState[],
  allocation: Pick<PaymentAllocation, 'lines'>,
): InstalmentState[] {
  const byNumber = new Map(allocation.lines.map((l) => [l.number, l]));
  return instalments.map((i) => {
    const line = byNumber.get(i.number);
    return line === undefined
      ? i
      : { ...i, interestPaid: i.interestPaid.plus(line.interest), principalPaid: i.principalPaid.plus(line.principal) };
  });
}

/** Principal not yet repaid. */
export function outstandingPrincipal(instalments: readonly InstalmentState[]): Decimal {
  return instalments.reduce((sum, i) => sum.plus(principalLeft(i)), ZERO);
}

/** Whether anything of the instalment (interest or principal) is still unpaid. */
export function isUnpaid(i: InstalmentState): boolean {
  return interestLeft(i).gt(0) || principalLeft(i).gt(0);
}

/** Days since the earliest unpaid due date before `asOf`; 0 when nothing is overdue. */
export function overdueDays(instalments: readonly InstalmentState[], asOf: IsoDate): number {
  const earliest = [...instalments]
    .sort((a, b) => a.number - b.number)
    .find((i) => isUnpaid(i) && compareIsoDate(i.dueDate, asOf) < 0);
  return earliest === undefined ? 0 : daysBetween(earliest.dueDate, asOf);
}

/** The earliest instalment with something unpaid and what remains of it, or null when all is paid. */
export function nextDue(
  instalments: readonly InstalmentState[],
): { number: number; dueDate: IsoDate; amount: Decimal } | null {
  const next = [...instalments].sort((a, b) => a.number - b.number).find(isUnpaid);
  return next === undefined
    ? null
    : { number: next.number, dueDate: next.dueDate, amount: interestLeft(next).plus(principalLeft(next)) };
}
