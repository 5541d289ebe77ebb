import { requireFiniteYears } from './valuation-input.js';

/** Which limit determined the income period. */
export type IncomePeriodCap = 'LEGAL_TERM' | 'ECONOMIC_LIFE';

/** Number of whole years of income to value, and what limited it. */
export interface IncomePeriod {
  years: number;
  cappedBy: IncomePeriodCap;
}

/** Inputs to {@link incomePeriod}; both in years, fractions allowed. */
export interface IncomePeriodInput {
  remainingLegalYears: number;
  economicLifeYears: number;
}

/**
 * The income period: the shorter of the remaining legal term and the economic life,
 * in whole years. A partial final year is dropped rather than prorated, which errs on
 * the low side as a lender's collateral value should. When both limits are equal the
 * legal term is reported, since it is the one fixed by law rather than estimated.
 * Expired rights (zero or negative years) give 0.
 *
 * @throws ValuationInputError (`INVALID_INPUT`) when either value is NaN or infinite.
 */
export function incomePeriod({ remainingLegalYears, economicLifeYears }: IncomePeriodInput): IncomePeriod {
  const legal = requireFiniteYears(remainingLegalYears, 'remainingLegalYears');
  const economic = requireFiniteYears(economicLifeYears, 'economicLifeYears');
  const cappedBy: IncomePeriodCap = legal <= economic ? 'LEGAL_TERM' : 'ECONOMIC_LIFE';
  return { years: Math.max(0, Math.floor(Math.min(legal, economic))), cappedBy };
}
