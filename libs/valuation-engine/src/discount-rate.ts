import { Decimal } from '@app/money';
import { requireRange } from './input-rules.js';
import { ValuationInputError, toDecimalInput, type DecimalLike } from './valuation-input.js';

/** A named risk premium added to the risk-free rate, as a fraction ("0.03" = 3 %). */
export interface RiskPremium {
  /** E.g. "market", "size", "technology", "legal". Shown in the working. */
  name: string;
  /** Between -0.5 and 0.5; negative premiums (a discount for unusually low risk) are allowed. */
  rate: DecimalLike;
}

/** Inputs of {@link buildUpDiscountRate}. */
export interface BuildUpDiscountRateInput {
  /** Between -0.5 and 0.5, e.g. the 10-year government bond yield. */
  riskFreeRate: DecimalLike;
  /** At least one: an IP right is never risk-free. */
  premiums: readonly RiskPremium[];
}

/** One term of the build-up; decimal strings. */
export interface DiscountRateComponent {
  name: string;
  rate: string;
}

/** Result of {@link buildUpDiscountRate}; the rate is unrounded so it can be passed on as is. */
export interface BuildUpDiscountRate {
  rate: string;
  /** The risk-free rate (named "risk-free") first, then the premiums in input order. */
  components: DiscountRateComponent[];
}

/**
 * Bound on the risk-free rate and on each premium. Any single term beyond +-50 % is far
 * outside observed markets and most likely a percentage typed for a fraction ("8" for 8 %).
 */
export const MAX_RATE_COMPONENT = new Decimal('0.5');

function parseComponent(value: unknown, field: string): Decimal {
  const rate = toDecimalInput(value, field);
  const bound = MAX_RATE_COMPONENT.toString();
  return requireRange(rate, field, rate.abs().lte(MAX_RATE_COMPONENT), `must be between -${bound} and ${bound}`);
}

/**
 * Discount rate by build-up: the risk-free rate plus one or more risk premiums, added
 * (not compounded), as the appraisal standards describe it.
 *
 * @throws ValuationInputError on `riskFreeRate` or `premiums[i].rate` outside
 *   [-0.5, 0.5] or not a decimal, `premiums[i].name` empty, `premiums` empty or not a
 *   list, and on `premiums` when the total is not strictly between -1 and 1 (a rate of
 *   -100 % or below cannot discount; 100 % or more is not a credible cost of capital).
 */
export function buildUpDiscountRate(input: BuildUpDiscountRateInput): BuildUpDiscountRate {
  const riskFree = parseComponent(input.riskFreeRate, 'riskFreeRate');
  const premiums: unknown = input.premiums;
  if (!Array.isArray(premiums)) throw new ValuationInputError('premiums', 'must be a list of named premiums');
  if (premiums.length === 0) throw new ValuationInputError('premiums', 'must contain at least one premium');
  const components: DiscountRateComponent[] = [{ name: 'risk-free', rate: riskFree.toString() }];
  let total = riskFree;
  for (const [i, premium] of (premiums as readonly RiskPremium[]).entries()) {
    if (typeof premium !== 'object' || premium === null)
      throw new ValuationInputError(`premiums[${i}]`, 'must be an object');
    if (typeof premium.name !== 'string' || premium.name.trim() === '') {
      throw new ValuationInputError(`premiums[${i}].name`, 'must be a non-empty string');
    }
    const rate = parseComponent(premium.rate, `premiums[${i}].rate`);
    total = total.plus(rate);
    components.push({ name: premium.name, rate: rate.toString() });
  }
  requireRange(total, 'premiums', total.gt(-1) && total.lt(1), 'the total rate must be greater than -1 and below 1');
  return { rate: total.toString(), components };
}
