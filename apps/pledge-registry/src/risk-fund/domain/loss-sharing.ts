import { Decimal } from '@app/money';

/**
 * A sharing ratio as the program writes it: parts per party, e.g. fund:bank:insurer:appraiser
 * = 54:26:16:4, or fund:bank = 1:1 (insurer and appraiser 0). Each party's share is its part
 * over the sum of the parts, so the parts may be any scale (percentages, small integers,
 * decimals) and always make a whole.
 */
export interface SharingRatio {
  fund: Decimal;
  bank: Decimal;
  insurer: Decimal;
  appraiser: Decimal;
}

/** How one loss is split; `bank` includes the rounding residue and any part above the fund's cap. */
export interface LossShares {
  fund: Decimal;
  bank: Decimal;
  insurer: Decimal;
  appraiser: Decimal;
  /** What the per-loan cap kept from the fund's part (moved to the bank's part); 0 without a cap. */
  capExcess: Decimal;
}

/** Losses and their parts are in cents. */
export const LOSS_DECIMALS = 2;

const ZERO = new Decimal(0);

export type RatioField = keyof SharingRatio;

/**
 * What is wrong with a ratio, naming the part: the fund and the lender must both carry a
 * positive part (a fund that bears nothing is no cover, a lender that bears nothing has no
 * reason to lend carefully); the insurer's and appraiser's parts may be 0.
 */
export function ratioProblem(ratio: SharingRatio): { field: RatioField; message: string } | null {
  if (!ratio.fund.gt(0)) return { field: 'fund', message: 'the fund part must be greater than 0' };
  if (!ratio.bank.gt(0)) return { field: 'bank', message: 'the bank part must be greater than 0' };
  if (ratio.insurer.isNegative()) return { field: 'insurer', message: 'must not be negative' };
  if (ratio.appraiser.isNegative()) return { field: 'appraiser', message: 'must not be negative' };
  return null;
}

export function ratioTotal(ratio: SharingRatio): Decimal {
  return ratio.fund.plus(ratio.bank).plus(ratio.insurer).plus(ratio.appraiser);
}

/** The fund's share as an exact fraction of the whole (54:26:16:4 -> 0.54). */
export function fundShare(ratio: SharingRatio): Decimal {
  return ratio.fund.div(ratioTotal(ratio));
}

/** `loss` x part / total, rounded down to the cent: a party is never charged more than its ratio. */
function partOf(loss: Decimal, part: Decimal, total: Decimal): Decimal {
  return loss.times(part).div(total).toDecimalPlaces(LOSS_DECIMALS, Decimal.ROUND_DOWN);
}

/**
 * Splits a loss (in cents, >= 0) by the ratio. The fund's, insurer's and appraiser's parts
 * are their exact shares rounded down to the cent; the lender takes the rest, so the four
 * parts always sum to the loss exactly, none is negative, and the rounding residue (under
 * 3 cents) falls on the lender, never on public money. With a per-loan cap the fund pays
 * at most `fundCap`; what the cap keeps back is the lender's too (`capExcess`).
 *
 * @throws RangeError for a negative loss, a loss with fractions of a cent, or a bad ratio.
 */
export function shareLoss(loss: Decimal, ratio: SharingRatio, fundCap: Decimal | null = null): LossShares {
  if (loss.isNegative() || loss.decimalPlaces() > LOSS_DECIMALS) {
    throw new RangeError(`a loss must be >= 0 in whole cents, got ${loss.toString()}`);
  }
  const problem = ratioProblem(ratio);
  if (problem !== null) throw new RangeError(`ratio ${problem.field}: ${problem.message}`);
  if (fundCap !== null && fundCap.isNegative()) throw new RangeError('a cap must not be negative');
  const total = ratioTotal(ratio);
  const uncapped = partOf(loss, ratio.fund, total);
  const capExcess = fundCap !== null && uncapped.gt(fundCap) ? uncapped.minus(fundCap) : ZERO;
  const fund = uncapped.minus(capExcess);
  const insurer = partOf(loss, ratio.insurer, total);
  const appraiser = partOf(loss, ratio.appraiser, total);
  const bank = loss.minus(fund).minus(insurer).minus(appraiser);
  return { fund, bank, insurer, appraiser, capExcess };
}
