import { Decimal } from '@app/money';
import { parseCurrency, parseFraction, parseNonNegative, parseProfitRate, requireRange } from './input-rules.js';
import { ValuationInputError, requireFiniteYears, type DecimalLike } from './valuation-input.js';

/** Physical (elapsed-life) obsolescence from the IP's age: elapsed / total life. */
export interface ElapsedLife {
  /** Years since the IP was created or granted, >= 0 and at most `totalLifeYears`. */
  elapsedYears: number;
  /** Elapsed plus remaining useful life, > 0. */
  totalLifeYears: number;
}

/**
 * Obsolescence factors, each a fraction 0 to 1 of the value lost. All are required so
 * that a forgotten factor cannot silently overstate collateral; pass "0" where none applies.
 */
export interface Obsolescence {
  /** Given directly, or from elapsed / total life. */
  physical: DecimalLike | ElapsedLife;
  /** Loss from newer, better technology. */
  functional: DecimalLike;
  /** Loss from market conditions outside the IP (demand, regulation). */
  economic: DecimalLike;
}

/** Inputs of {@link costApproach}: the costs to re-create the IP today, not negative. */
export interface CostApproachInput {
  rdLabour: DecimalLike;
  expenses: DecimalLike;
  overhead: DecimalLike;
  /** Reasonable profit as a mark-up on labour + expenses + overhead ("0.15" = 15 %), 0 to 10. */
  profitRate: DecimalLike;
  obsolescence: Obsolescence;
  /** ISO 4217 code; carried through, all amounts are in this currency. */
  currency: string;
}

/** The cost working; decimal strings, unrounded. */
export interface CostApproachCosts {
  rdLabour: string;
  expenses: string;
  overhead: string;
  /** rdLabour + expenses + overhead. */
  subtotal: string;
  profitRate: string;
  /** subtotal x profitRate. */
  profit: string;
  /** subtotal + profit. */
  replacementCost: string;
}

/** The obsolescence working; fractions as decimal strings, unrounded. */
export interface CostApproachObsolescence {
  physical: string;
  /** ELAPSED_LIFE when physical came from elapsed / total life. */
  physicalBasis: 'GIVEN' | 'ELAPSED_LIFE';
  functional: string;
  economic: string;
  /** 1 - (1 - physical)(1 - functional)(1 - economic): the share of the replacement cost lost. */
  combined: string;
}

/** Result of {@link costApproach}. */
export interface CostApproachResult {
  method: 'COST';
  currency: string;
  /** replacementCost x (1 - combined obsolescence), 2 decimals half to even. */
  value: string;
  unroundedValue: string;
  costs: CostApproachCosts;
  obsolescence: CostApproachObsolescence;
}

function physicalObsolescence(physical: unknown): { rate: Decimal; basis: 'GIVEN' | 'ELAPSED_LIFE' } {
  if (typeof physical !== 'object' || physical === null || Decimal.isDecimal(physical)) {
    return { rate: parseFraction(physical, 'obsolescence.physical'), basis: 'GIVEN' };
  }
  const { elapsedYears, totalLifeYears } = physical as ElapsedLife;
  const elapsed = requireFiniteYears(elapsedYears, 'obsolescence.physical.elapsedYears');
  const total = requireFiniteYears(totalLifeYears, 'obsolescence.physical.totalLifeYears');
  if (total <= 0)
    throw new ValuationInputError('obsolescence.physical.totalLifeYears', `must be greater than 0, got ${total}`);
  if (elapsed < 0 || elapsed > total) {
    throw new ValuationInputError(
      'obsolescence.physical.elapsedYears',
      `must be between 0 and the total life ${total}, got ${elapsed}`,
    );
  }
  // Years are JS numbers (fractions allowed); String() gives the shortest decimal that
  // round-trips, i.e. what the caller wrote, so no binary noise enters the Decimal ratio.
  return { rate: new Decimal(String(elapsed)).div(String(total)), basis: 'ELAPSED_LIFE' };
}

/**
 * Values an IP right by the cost approach: what it would cost to re-create it today,
 * less the value it has lost.
 *
 * - replacement cost = (R&D labour + expenses + overhead) x (1 + profit rate).
 * - value = replacement cost x (1 - physical) x (1 - functional) x (1 - economic).
 *   The factors compound rather than add: each applies to the value the previous ones
 *   left, so they can never remove more than the whole cost (an additive 60 % + 50 %
 *   would make the value negative).
 * - Physical obsolescence is given, or elapsed life / total life.
 *
 * @throws ValuationInputError naming the input: a negative or non-decimal cost, a profit
 *   rate below 0 or above 10, an obsolescence factor outside [0, 1]
 *   (`obsolescence.functional`), an elapsed life outside [0, total life], a non-positive
 *   or non-finite total life, or an invalid currency.
 */
export function costApproach(input: CostApproachInput): CostApproachResult {
  const rdLabour = parseNonNegative(input.rdLabour, 'rdLabour');
  const expenses = parseNonNegative(input.expenses, 'expenses');
  const overhead = parseNonNegative(input.overhead, 'overhead');
  const profitRate = parseProfitRate(input.profitRate, 'profitRate');
  // A "reasonable profit" is a mark-up; a negative one would value the IP below its own cost.
  requireRange(profitRate, 'profitRate', profitRate.gte(0), 'must not be negative');
  const obsolescence: unknown = input.obsolescence;
  if (typeof obsolescence !== 'object' || obsolescence === null)
    throw new ValuationInputError('obsolescence', 'must be an object');
  const physical = physicalObsolescence(input.obsolescence.physical);
  const functional = parseFraction(input.obsolescence.functional, 'obsolescence.functional');
  const economic = parseFraction(input.obsolescence.economic, 'obsolescence.economic');
  const currency = parseCurrency(input.currency);

  const subtotal = rdLabour.plus(expenses).plus(overhead);
  const profit = subtotal.times(profitRate);
  const replacementCost = subtotal.plus(profit);
  const one = new Decimal(1);
  const remaining = one.minus(physical.rate).times(one.minus(functional)).times(one.minus(economic));
  const value = replacementCost.times(remaining);

  return {
    method: 'COST',
    currency,
    value: value.toFixed(2, Decimal.ROUND_HALF_EVEN),
    unroundedValue: value.toString(),
    costs: {
      rdLabour: rdLabour.toString(),
      expenses: expenses.toString(),
      overhead: overhead.toString(),
      subtotal: subtotal.toString(),
      profitRate: profitRate.toString(),
      profit: profit.toString(),
      replacementCost: replacementCost.toString(),
    },
    obsolescence: {
      physical: physical.rate.toString(),
      physicalBasis: physical.basis,
      functional: functional.toString(),
      economic: economic.toString(),
      combined: one.minus(remaining).toString(),
    },
  };
}
