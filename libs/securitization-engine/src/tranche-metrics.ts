import { Decimal } from '@app/money';

/**
 * Weighted average life in years: sum(t x principal_t) / sum(principal_t) / 12, periods being
 * months. Null when no principal was repaid. Rounded to 4 decimal places (an analytic figure).
 */
export function weightedAverageLife(principalByPeriod: readonly Decimal[]): Decimal | null {
  let weighted = new Decimal(0);
  let total = new Decimal(0);
  principalByPeriod.forEach((p, i) => {
    weighted = weighted.plus(p.times(i + 1));
    total = total.plus(p);
  });
  return total.isZero() ? null : weighted.div(total).div(12).toDecimalPlaces(4);
}

/**
 * Annualised yield of buying the tranche at par: the monthly IRR m solving
 * -size + sum(cashFlow_t / (1 + m)^t) = 0, found by bisection in double precision (a yield is an
 * analytic figure, not money; 200 halvings of the bracket give full double precision), then
 * compounded: (1 + m)^12 - 1, rounded to 8 decimal places. Null when the size is zero or no
 * root exists in the bracket (-99.99 % .. +1000 % a month).
 */
export function annualisedYield(size: Decimal, cashFlows: readonly Decimal[]): Decimal | null {
  if (size.lte(0)) return null;
  const flows = cashFlows.map((c) => c.toNumber());
  const invested = size.toNumber();
  const npv = (m: number): number => {
    let value = -invested;
    let discount = 1;
    for (const flow of flows) {
      discount /= 1 + m;
      value += flow * discount;
    }
    return value;
  };
  let lo = -0.9999;
  let hi = 10;
  let npvLo = npv(lo);
  if (npvLo === 0) return annualise(lo);
  if (npv(hi) === 0) return annualise(hi);
  if (Math.sign(npvLo) === Math.sign(npv(hi))) return null;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    const npvMid = npv(mid);
    if (npvMid === 0 || hi - lo < 1e-15) return annualise(mid);
    if (Math.sign(npvMid) === Math.sign(npvLo)) {
      lo = mid;
      npvLo = npvMid;
    } else hi = mid;
  }
  return annualise((lo + hi) / 2);
}

function annualise(monthly: number): Decimal {
  // toFixed on a double is exact enough at 8 places and avoids binary noise in the result.
  return new Decimal(((1 + monthly) ** 12 - 1).toFixed(8));
}
