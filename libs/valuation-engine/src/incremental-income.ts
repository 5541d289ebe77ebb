import { Decimal } from '@app/money';
import {
  parseIncomeTerms,
  valueIncomeMethod,
  type IncomeApproachYear,
  type IncomeMethodResult,
  type IncomeStreamYear,
  type IncomeValuationTerms,
} from './income-approach.js';
import { parseNonNegative, parseTaxRate, parseYearList, requireSameLength } from './input-rules.js';
import { ValuationInputError, toDecimalInput, type DecimalLike } from './valuation-input.js';

/** Extra units sold thanks to the IP, each earning an extra margin; year 1 first. */
export interface VolumeMarginIncrement {
  /** Extra units sold per year (not negative). */
  extraVolumes: readonly DecimalLike[];
  /** Margin per extra unit, before tax; same length as `extraVolumes`. */
  unitMargins: readonly DecimalLike[];
  pricePremiums?: never;
}

/** A higher price the IP commands; year 1 first. */
export interface PricePremiumIncrement {
  /** Total premium earned per year (premium per unit x units sold), before tax. */
  pricePremiums: readonly DecimalLike[];
  extraVolumes?: never;
  unitMargins?: never;
}

/** Inputs of {@link incrementalIncome}: one of the two increments, the tax rate and the common terms. */
export type IncrementalIncomeInput = (VolumeMarginIncrement | PricePremiumIncrement) &
  IncomeValuationTerms & {
    /** Explicit, 0 allowed ("0.25" = 25 %). */
    taxRate: DecimalLike;
  };

/** The inputs shown with each year, depending on the kind of increment. */
export type IncrementalIncomeYearInputs = { extraVolume: string; unitMargin: string } | { pricePremium: string };

/** One valued year of {@link incrementalIncome}. */
export type IncrementalIncomeYear = IncomeApproachYear<IncrementalIncomeYearInputs>;

/** Result of {@link incrementalIncome}. */
export type IncrementalIncomeResult = IncomeMethodResult<'INCREMENTAL_INCOME', IncrementalIncomeYearInputs>;

type IncrementYear = IncomeStreamYear<IncrementalIncomeYearInputs>;

// Margins and premiums may be negative in a forecast (the IP no longer pays): the shared
// stop rule then ends the stream there. Volumes are counts of extra units and cannot be.
function incrementStream(input: VolumeMarginIncrement | PricePremiumIncrement, afterTax: Decimal): IncrementYear[] {
  const hasVolume = input.extraVolumes !== undefined || input.unitMargins !== undefined;
  if (input.pricePremiums !== undefined) {
    if (hasVolume) {
      throw new ValuationInputError(
        'pricePremiums',
        'give either price premiums or extra volumes with unit margins, not both',
      );
    }
    const premiums = parseYearList(input.pricePremiums, 'pricePremiums', toDecimalInput);
    return premiums.map((premium) => ({
      inputs: { pricePremium: premium.toString() },
      benefit: premium.times(afterTax),
    }));
  }
  if (!hasVolume)
    throw new ValuationInputError('extraVolumes', 'give extra volumes with unit margins, or price premiums');
  const volumes = parseYearList(input.extraVolumes, 'extraVolumes', parseNonNegative);
  const margins = parseYearList(input.unitMargins, 'unitMargins', toDecimalInput);
  requireSameLength(volumes.length, 'extraVolumes', margins.length, 'unitMargins');
  return volumes.map((volume, i) => {
    // Same length checked above; the fallback only satisfies noUncheckedIndexedAccess.
    const margin = margins[i] ?? new Decimal(0);
    return {
      inputs: { extraVolume: volume.toString(), unitMargin: margin.toString() },
      benefit: volume.times(margin).times(afterTax),
    };
  });
}

/**
 * Values an IP right by the incremental-income method: the owner is worth the extra
 * after-tax profit the IP brings compared with the same business without it.
 *
 * - benefit_t = extraVolume_t x unitMargin_t x (1 - taxRate), or
 *   benefit_t = pricePremium_t x (1 - taxRate).
 * - Income period, stop rule and discounting as in `incomeApproach`: the first year
 *   whose benefit is zero or negative ends the stream.
 *
 * @throws ValuationInputError naming the input: taxRate outside [0, 1), discountRate
 *   <= -1, a non-positive or non-finite life, an invalid currency, an empty or malformed
 *   list (`extraVolumes[2]`), a negative volume, lists of mismatched lengths
 *   (`unitMargins`), or both or neither kind of increment.
 */
export function incrementalIncome(input: IncrementalIncomeInput): IncrementalIncomeResult {
  const taxRate = parseTaxRate(input.taxRate);
  const terms = parseIncomeTerms(input);
  const stream = incrementStream(input, new Decimal(1).minus(taxRate));
  return valueIncomeMethod('INCREMENTAL_INCOME', terms, stream);
}
