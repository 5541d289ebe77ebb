import { Decimal } from '@app/money';
import {
  parseIncomeTerms,
  valueIncomeMethod,
  type IncomeApproachYear,
  type IncomeMethodResult,
  type IncomeValuationTerms,
} from './income-approach.js';
import { parseFraction, parseNonNegative, parseTaxRate, parseYearList, requireSameLength } from './input-rules.js';
import { ValuationInputError, toDecimalInput, type DecimalLike } from './valuation-input.js';

/**
 * An asset, other than the IP, that the business needs to earn its profit (working
 * capital, fixed assets, workforce, other intangibles). It is charged a fair return.
 */
export interface ContributoryAsset {
  /** Shown in the working; not validated beyond being a string. */
  name?: string;
  /** Value employed: one amount for every year, or one per year (same length as the profits). */
  assetValue: DecimalLike | readonly DecimalLike[];
  /**
   * Annual pre-tax return the asset requires, 0 to 1. For an asset that wears out, include
   * the return of the asset (its depreciation) as well as the return on it.
   */
  requiredReturn: DecimalLike;
}

/** Excess income given directly, year 1 first, before tax. */
export interface GivenExcessIncome {
  excessIncomes: readonly DecimalLike[];
  operatingProfits?: never;
  contributoryAssets?: never;
}

/** Excess income derived as operating profit minus contributory asset charges. */
export interface DerivedExcessIncome {
  /** Operating profit before tax per year, year 1 first. */
  operatingProfits: readonly DecimalLike[];
  /** May be empty: the whole profit is then attributed to the IP. */
  contributoryAssets: readonly ContributoryAsset[];
  excessIncomes?: never;
}

/** Inputs of {@link excessEarnings}. */
export type ExcessEarningsInput = (GivenExcessIncome | DerivedExcessIncome) &
  IncomeValuationTerms & {
    /** Explicit, 0 allowed ("0.25" = 25 %). */
    taxRate: DecimalLike;
  };

/** The inputs shown with each year: the derivation when there is one. */
export type ExcessEarningsYearInputs =
  { excessIncome: string } | { operatingProfit: string; contributoryAssetCharge: string; excessIncome: string };

/** One valued year of {@link excessEarnings}. */
export type ExcessEarningsYear = IncomeApproachYear<ExcessEarningsYearInputs>;

/** Result of {@link excessEarnings}. */
export type ExcessEarningsResult = IncomeMethodResult<'EXCESS_EARNINGS', ExcessEarningsYearInputs>;

/** Per-year charge of one contributory asset: assetValue_t x requiredReturn. */
function assetCharges(asset: ContributoryAsset, field: string, years: number): Decimal[] {
  if (typeof asset !== 'object' || asset === null) throw new ValuationInputError(field, 'must be an object');
  if (asset.name !== undefined && typeof asset.name !== 'string')
    throw new ValuationInputError(`${field}.name`, 'must be a string');
  const requiredReturn = parseFraction(asset.requiredReturn, `${field}.requiredReturn`);
  const values: unknown = asset.assetValue;
  if (Array.isArray(values)) {
    const list = parseYearList(values, `${field}.assetValue`, parseNonNegative);
    requireSameLength(years, 'operatingProfits', list.length, `${field}.assetValue`);
    return list.map((value) => value.times(requiredReturn));
  }
  const charge = parseNonNegative(values, `${field}.assetValue`).times(requiredReturn);
  return Array.from({ length: years }, () => charge);
}

/** Excess income per year with the inputs to show; amounts may be negative (a loss ends the stream). */
function excessIncomeYears(
  input: GivenExcessIncome | DerivedExcessIncome,
): { excessIncome: Decimal; inputs: ExcessEarningsYearInputs }[] {
  if (input.excessIncomes !== undefined) {
    if (input.operatingProfits !== undefined || input.contributoryAssets !== undefined) {
      throw new ValuationInputError(
        'excessIncomes',
        'give either excess incomes or operating profits with contributory assets, not both',
      );
    }
    const incomes = parseYearList(input.excessIncomes, 'excessIncomes', toDecimalInput);
    return incomes.map((excessIncome) => ({ excessIncome, inputs: { excessIncome: excessIncome.toString() } }));
  }
  if (input.operatingProfits === undefined)
    throw new ValuationInputError(
      'excessIncomes',
      'give excess incomes, or operating profits with contributory assets',
    );
  const profits = parseYearList(input.operatingProfits, 'operatingProfits', toDecimalInput);
  const assets: unknown = input.contributoryAssets;
  if (!Array.isArray(assets))
    throw new ValuationInputError('contributoryAssets', 'must be a list (empty if there are none)');
  const charges = (assets as readonly ContributoryAsset[]).map((asset, i) =>
    assetCharges(asset, `contributoryAssets[${i}]`, profits.length),
  );
  return profits.map((operatingProfit, year) => {
    const charge = charges.reduce((sum, perYear) => sum.plus(perYear[year] ?? 0), new Decimal(0));
    const excessIncome = operatingProfit.minus(charge);
    return {
      excessIncome,
      inputs: {
        operatingProfit: operatingProfit.toString(),
        contributoryAssetCharge: charge.toString(),
        excessIncome: excessIncome.toString(),
      },
    };
  });
}

/**
 * Values an IP right by the (multi-period) excess-earnings method: the owner is worth
 * what the business earns beyond a fair return on every other asset it uses.
 *
 * - excessIncome_t is given, or derived as operatingProfit_t minus the contributory asset
 *   charges sum(assetValue_t x requiredReturn), all before tax.
 * - benefit_t = excessIncome_t x (1 - taxRate).
 * - Income period, stop rule and discounting as in `incomeApproach`: the first year whose
 *   excess income is zero or negative ends the stream.
 *
 * @throws ValuationInputError naming the input: taxRate outside [0, 1), discountRate
 *   <= -1, a non-positive or non-finite life, an invalid currency, an empty or malformed
 *   list (`operatingProfits[1]`), an invalid asset (`contributoryAssets[0].requiredReturn`
 *   outside [0, 1], a negative `assetValue`), an asset value list whose length differs
 *   from the profits (`contributoryAssets[0].assetValue`), or both or neither kind of input.
 */
export function excessEarnings(input: ExcessEarningsInput): ExcessEarningsResult {
  const taxRate = parseTaxRate(input.taxRate);
  const terms = parseIncomeTerms(input);
  const afterTax = new Decimal(1).minus(taxRate);
  const stream = excessIncomeYears(input).map(({ excessIncome, inputs }) => ({
    inputs,
    benefit: excessIncome.times(afterTax),
  }));
  return valueIncomeMethod('EXCESS_EARNINGS', terms, stream);
}
