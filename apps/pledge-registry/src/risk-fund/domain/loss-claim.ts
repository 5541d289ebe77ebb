import { Decimal } from '@app/money';
import { compareIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { amountOwed, outstandingPrincipal, type InstalmentState } from '@registry/loan/domain/repayment-allocation.js';
import { LOSS_DECIMALS } from '@registry/risk-fund/domain/loss-sharing.js';

/** A repayment as stored: when it was received and what it paid towards each instalment. */
export interface RepaymentAllocation {
  receivedOn: IsoDate;
  lines: readonly { number: number; interest: Decimal; principal: Decimal }[];
}

/** What the borrower owed on the loss day. */
export interface OutstandingClaim {
  principal: Decimal;
  /** Contractual interest unpaid: instalments due up to the day and the current period's (the loan's own rule). */
  interest: Decimal;
  total: Decimal;
}

/**
 * The schedule as it stood at the start of `day`: repayments received on or after it are
 * taken back out. Money that arrives on the realisation day or later is the enforcement
 * proceeds (already counted as realised) or a later recovery (which goes back to the fund),
 * so it must not shrink the claim as well.
 *
 * @throws RangeError when the stored repayments do not fit the schedule (paid below zero).
 */
export function scheduleBefore(
  instalments: readonly InstalmentState[],
  repayments: readonly RepaymentAllocation[],
  day: IsoDate,
): InstalmentState[] {
  const undo = new Map<number, { interest: Decimal; principal: Decimal }>();
  for (const repayment of repayments) {
    if (compareIsoDate(repayment.receivedOn, day) < 0) continue;
    for (const line of repayment.lines) {
      const sum = undo.get(line.number) ?? { interest: new Decimal(0), principal: new Decimal(0) };
      undo.set(line.number, {
        interest: sum.interest.plus(line.interest),
        principal: sum.principal.plus(line.principal),
      });
    }
  }
  return instalments.map((i) => {
    const taken = undo.get(i.number);
    if (taken === undefined) return i;
    const interestPaid = i.interestPaid.minus(taken.interest);
    const principalPaid = i.principalPaid.minus(taken.principal);
    if (interestPaid.isNegative() || principalPaid.isNegative()) {
      throw new RangeError(`instalment ${i.number}: repayments exceed what was paid`);
    }
    return { ...i, interestPaid, principalPaid };
  });
}

/**
 * What the borrower owed at the start of the loss day, by the loan module's own rule of
 * what is owed on a day (unpaid principal, unpaid interest of instalments already due and
 * of the current period); no default interest or enforcement costs.
 */
export function outstandingClaim(
  instalments: readonly InstalmentState[],
  repayments: readonly RepaymentAllocation[],
  day: IsoDate,
): OutstandingClaim {
  const state = scheduleBefore(instalments, repayments, day);
  const principal = outstandingPrincipal(state);
  const total = amountOwed(state, day);
  return { principal, interest: total.minus(principal), total };
}

/** Outstanding claim minus what enforcement realised, floored at 0, to the cent (half-even). */
export function enforcementLoss(claim: Decimal, realised: Decimal): Decimal {
  const loss = claim.minus(realised);
  return loss.isNegative() ? new Decimal(0) : loss.toDecimalPlaces(LOSS_DECIMALS);
}
