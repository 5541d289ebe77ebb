import { Decimal } from '@app/money';
import {
  parseIncomeTerms,
  valueIncomeMethod,
  type IncomeApproachYear,
  type IncomeMethodResult,
  type IncomeValuationTerms,
} from './income-approach.js';
import {
  parseFraction,
  parseNonNegative,
  parseProfitRate,
  parsePositive,
  parseTaxRate,
  parseYearList,
} from './input-rules.js';
import { ValuationInputError, toDecimalInput, type DecimalLike } from './valuation-input.js';

/**
 * Inputs for deriving the split by equivalent investment: what it would cost to build
 * each party's contribution, each marked up by the profit that capital expects.
 */
export interface EquivalentInvestmentInput {
  /** Cost to re-create the IP (R&D labour, expenses, overhead), not negative. */
  ipReplacementCost: DecimalLike;
  /** Profit mark-up on that cost ("4" = 400 %), above -1 and at most 10. */
  costProfitRate: DecimalLike;
  /** The licensee's other assets put to the exploitation, not negative. */
  licenseeAssets: DecimalLike;
  /** Profit rate those assets earn ("0.08" = 8 %), above -1 and at most 10. */
  licenseeProfitRate: DecimalLike;
}

/** The equivalent-investment working; decimal strings, unrounded. */
export interface EquivalentInvestmentSplit {
  /** ipReplacementCost x (1 + costProfitRate). */
  ipEquivalent: string;
  /** licenseeAssets x (1 + licenseeProfitRate). */
  otherEquivalent: string;
  /** ipEquivalent / (ipEquivalent + otherEquivalent). */
  splitRatio: string;
}

/**
 * Split of the licensee's profit attributable to the IP, by equivalent investment:
 * IP equivalent = replacement cost x (1 + cost-profit rate); other equivalent = licensee
 * assets x (1 + licensee profit rate); split = IP / (IP + other).
 * E.g. 120 at 400 % against 6000 at 8 %: 600 / (600 + 6480) = 8.47 %.
 *
 * @param field prefix of the error paths (`equivalentInvestment` inside {@link profitSplit}).
 * @throws ValuationInputError on `<field>.ipReplacementCost` etc. for an invalid amount or
 *   rate, and on `<field>.licenseeAssets` when both equivalents are zero.
 */
export function splitByEquivalentInvestment(
  input: EquivalentInvestmentInput,
  field = 'equivalentInvestment',
): EquivalentInvestmentSplit {
  if (typeof input !== 'object' || input === null) throw new ValuationInputError(field, 'must be an object');
  const cost = parseNonNegative(input.ipReplacementCost, `${field}.ipReplacementCost`);
  const costProfit = parseProfitRate(input.costProfitRate, `${field}.costProfitRate`);
  const assets = parseNonNegative(input.licenseeAssets, `${field}.licenseeAssets`);
  const assetProfit = parseProfitRate(input.licenseeProfitRate, `${field}.licenseeProfitRate`);
  const ipEquivalent = cost.times(costProfit.plus(1));
  const otherEquivalent = assets.times(assetProfit.plus(1));
  const total = ipEquivalent.plus(otherEquivalent);
  if (total.isZero())
    throw new ValuationInputError(`${field}.licenseeAssets`, 'no investment on either side: the split is undefined');
  return {
    ipEquivalent: ipEquivalent.toString(),
    otherEquivalent: otherEquivalent.toString(),
    splitRatio: ipEquivalent.div(total).toString(),
  };
}

/**
 * Converts a split of the licensee's profit into the equivalent royalty on sales:
 * royalty on sales = split on profit x sales profit margin.
 *
 * The "25 % rule" of thumb is this relation with a split of 0.25: a licensee pays about a
 * quarter of its operating profit, so at a 20 % margin the royalty is 5 % of sales. It is
 * a starting point, not evidence; courts and guidelines ask for the actual split.
 *
 * @param splitOnProfit fraction of profit, 0 to 1.
 * @param salesProfitMargin profit / sales, 0 to 1.
 * @returns the royalty as a fraction of sales, unrounded.
 * @throws ValuationInputError on `splitOnProfit` or `salesProfitMargin` outside [0, 1].
 */
export function splitOnSalesFromSplitOnProfit(splitOnProfit: DecimalLike, salesProfitMargin: DecimalLike): string {
  const split = parseFraction(splitOnProfit, 'splitOnProfit');
  const margin = parseFraction(salesProfitMargin, 'salesProfitMargin');
  return split.times(margin).toString();
}

/**
 * The inverse of {@link splitOnSalesFromSplitOnProfit}: the share of the licensee's profit
 * that a royalty on sales takes, split on profit = royalty on sales / sales profit margin.
 * Under the "25 % rule" a fair royalty gives about 0.25.
 *
 * @param royaltyOnSales fraction of sales, 0 to 1.
 * @param salesProfitMargin profit / sales, above 0 and at most 1.
 * @returns the split as a fraction of profit, unrounded.
 * @throws ValuationInputError on `royaltyOnSales` outside [0, 1] or above the margin (the
 *   royalty would take more than the whole profit), or `salesProfitMargin` outside (0, 1].
 */
export function splitOnProfitFromSplitOnSales(royaltyOnSales: DecimalLike, salesProfitMargin: DecimalLike): string {
  const royalty = parseFraction(royaltyOnSales, 'royaltyOnSales');
  const margin = parsePositive(salesProfitMargin, 'salesProfitMargin');
  if (margin.gt(1)) throw new ValuationInputError('salesProfitMargin', `must be at most 1, got ${margin.toString()}`);
  if (royalty.gt(margin)) {
    throw new ValuationInputError(
      'royaltyOnSales',
      `exceeds the profit margin ${margin.toString()}: it would take more than the whole profit`,
    );
  }
  return royalty.div(margin).toString();
}

/** How the split of {@link profitSplit} is set: given directly, or derived by equivalent investment. */
export type ProfitSplitRatio =
  | { splitRatio: DecimalLike; equivalentInvestment?: never }
  | { equivalentInvestment: EquivalentInvestmentInput; splitRatio?: never };

/** Whether the profits are before tax (the tax rate is then applied) or after it. */
export type ProfitSplitTax =
  { profitsArePreTax: true; taxRate: DecimalLike } | { profitsArePreTax: false; taxRate?: never };

/** Inputs of {@link profitSplit}. */
export type ProfitSplitInput = ProfitSplitRatio &
  ProfitSplitTax &
  IncomeValuationTerms & {
    /** The licensee's profit from exploiting the IP per year, year 1 first; a loss ends the stream. */
    licenseeProfits: readonly DecimalLike[];
  };

/** The split used by {@link profitSplit}. */
export type ProfitSplitBasis =
  { basis: 'GIVEN'; splitRatio: string } | ({ basis: 'EQUIVALENT_INVESTMENT' } & EquivalentInvestmentSplit);

/** One valued year of {@link profitSplit}. */
export type ProfitSplitYear = IncomeApproachYear<{ licenseeProfit: string }>;

/** Result of {@link profitSplit}. */
export type ProfitSplitResult = IncomeMethodResult<'PROFIT_SPLIT', { licenseeProfit: string }> & {
  split: ProfitSplitBasis;
  profitsArePreTax: boolean;
};

function parseSplit(input: ProfitSplitRatio): ProfitSplitBasis {
  if (input.equivalentInvestment !== undefined) {
    if (input.splitRatio !== undefined)
      throw new ValuationInputError('splitRatio', 'give either a split ratio or an equivalent investment, not both');
    return { basis: 'EQUIVALENT_INVESTMENT', ...splitByEquivalentInvestment(input.equivalentInvestment) };
  }
  return { basis: 'GIVEN', splitRatio: parseFraction(input.splitRatio, 'splitRatio').toString() };
}

function parseAfterTaxFactor(input: ProfitSplitTax): Decimal {
  const preTax: unknown = input.profitsArePreTax;
  if (typeof preTax !== 'boolean')
    throw new ValuationInputError('profitsArePreTax', `must be true or false, got ${JSON.stringify(preTax)}`);
  if (preTax) return new Decimal(1).minus(parseTaxRate(input.taxRate));
  // A rate given with after-tax profits would be silently ignored; refuse the contradiction.
  if (input.taxRate !== undefined)
    throw new ValuationInputError('taxRate', 'must be omitted when profits are after tax');
  return new Decimal(1);
}

/**
 * Values an IP right by the profit-split method: the owner is worth its share of the
 * profit a licensee makes by exploiting the IP.
 *
 * - benefit_t = licenseeProfit_t x split x (1 - taxRate) when profits are pre-tax, or
 *   licenseeProfit_t x split when they are after tax.
 * - The split is given, or derived by {@link splitByEquivalentInvestment}.
 * - Income period, stop rule and discounting as in `incomeApproach`: the first year with
 *   a zero or negative profit ends the stream.
 *
 * @throws ValuationInputError naming the input: splitRatio outside [0, 1], an invalid
 *   equivalent investment (`equivalentInvestment.costProfitRate`), a non-boolean
 *   `profitsArePreTax`, taxRate outside [0, 1) (or given with after-tax profits),
 *   discountRate <= -1, a non-positive or non-finite life, an invalid currency, or an
 *   empty or malformed `licenseeProfits` (`licenseeProfits[2]`).
 */
export function profitSplit(input: ProfitSplitInput): ProfitSplitResult {
  const split = parseSplit(input);
  const afterTax = parseAfterTaxFactor(input);
  const terms = parseIncomeTerms(input);
  const share = new Decimal(split.splitRatio).times(afterTax);
  const profits = parseYearList(input.licenseeProfits, 'licenseeProfits', toDecimalInput);
  const stream = profits.map((profit) => ({
    inputs: { licenseeProfit: profit.toString() },
    benefit: profit.times(share),
  }));
  return { ...valueIncomeMethod('PROFIT_SPLIT', terms, stream), split, profitsArePreTax: input.profitsArePreTax };
}
