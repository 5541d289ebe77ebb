import { Decimal } from '@app/money';
import { discountFactor, midYearDiscountFactor, midYearPresentValue, presentValue } from './discounting.js';
import { incomePeriod, type IncomePeriod } from './income-period.js';
import { parseCurrency, parseDiscountRate, parseFlag, parsePositiveLife } from './input-rules.js';
import { ValuationInputError, type DecimalLike } from './valuation-input.js';

/**
 * Longest stream a generator may produce. It guards against a unit mix-up (months or days
 * given as years) and against a generator that never ends under a very long life.
 */
export const MAX_PROJECTION_YEARS = 1000;

/** One year of a benefit stream, before discounting. */
export interface IncomeStreamYear<D extends object> {
  /** The method's inputs for the year as decimal strings, shown with it (e.g. `{ revenue: '1000' }`). */
  inputs: D;
  /** The year's benefit to the owner, after tax, unrounded. */
  benefit: Decimal;
  /**
   * Whether the stream ends with this year. Defaults to `benefit <= 0`; a method may end
   * on its own driver instead (relief from royalty ends on zero revenue, so that a zero
   * royalty still shows every year). A negative benefit always ends the stream.
   */
  endsStream?: boolean;
}

/**
 * Benefits year by year: an explicit list (year 1 first; it must not be empty and may be
 * longer than the income period), or a generator called with year = 1, 2, ... that returns
 * `undefined` once the stream has ended.
 */
export type IncomeBenefitStream<D extends object> =
  readonly IncomeStreamYear<D>[] | ((year: number) => IncomeStreamYear<D> | undefined);

/** Inputs of {@link incomeApproach}. */
export interface IncomeApproachInput<D extends object> {
  stream: IncomeBenefitStream<D>;
  /** Annual rate as a fraction; must be above -1. */
  discountRate: DecimalLike;
  remainingLegalYears: number;
  economicLifeYears: number;
  /** Discount each year from its middle (t - 0.5) instead of its end (t). Default false. */
  midYear?: boolean;
}

/** One valued year: the method's inputs plus the benefit and its discounting, as decimal strings. */
export type IncomeApproachYear<D extends object> = { year: number } & D & {
    /** After-tax benefit, unrounded. A non-positive benefit ends the stream. */
    benefit: string;
    /** 1 / (1 + r)^t (or ^(t - 0.5) mid-year), 10 decimals, for display; present values divide directly. */
    discountFactor: string;
    /** 2 decimals (display only; the total sums unrounded values). "0.00" for a non-positive benefit. */
    presentValue: string;
  };

/** Result of {@link incomeApproach}. */
export interface IncomeApproachResult<D extends object> {
  /** Total present value rounded to 2 decimals, half to even. */
  value: string;
  /** Total present value before rounding. */
  unroundedValue: string;
  incomePeriod: IncomePeriod;
  /** The year whose non-positive benefit (or the method's own end signal) ended the stream; null if none did. */
  stoppedAtYear: number | null;
  midYear: boolean;
  years: IncomeApproachYear<D>[];
}

function streamYear<D extends object>(stream: IncomeBenefitStream<D>, year: number): IncomeStreamYear<D> | undefined {
  if (typeof stream === 'function') {
    const item = stream(year);
    if (item !== undefined && year > MAX_PROJECTION_YEARS) {
      throw new ValuationInputError('stream', `generated more than ${MAX_PROJECTION_YEARS} years`);
    }
    return item;
  }
  return stream[year - 1];
}

/**
 * The income approach shared by every income method: the present value of a benefit
 * stream over the income period.
 *
 * - Income period = min(remaining legal term, economic life) in whole years
 *   ({@link incomePeriod}); benefits beyond it are ignored and a shorter stream ends the
 *   valuation early.
 * - The first year whose benefit is zero or negative ends the stream (the IP is taken to
 *   be off the market, as a rational owner stops exploiting a right that no longer pays).
 *   That year is shown, so the reader sees why the valuation stopped, with a present value
 *   of 0: a negative year is not subtracted, since an owner would abandon the right rather
 *   than carry the loss. Later years are not counted; `stoppedAtYear` records the year.
 * - PV = sum of benefit_t / (1 + r)^t, end-of-year discounting, or / (1 + r)^(t - 0.5)
 *   with `midYear`.
 *
 * All arithmetic is decimal; only the outputs are rounded, so per-year present values may
 * not add up to `value` to the cent. The value is never negative.
 *
 * @throws ValuationInputError naming the input: `discountRate` <= -1, a non-positive or
 *   non-finite life, a `midYear` that is not boolean, an empty or malformed `stream`, a
 *   benefit that is not a finite Decimal (`stream[i].benefit`), or a generator still
 *   producing after {@link MAX_PROJECTION_YEARS} years.
 */
export function incomeApproach<D extends object>(input: IncomeApproachInput<D>): IncomeApproachResult<D> {
  const discountRate = parseDiscountRate(input.discountRate);
  const remainingLegalYears = parsePositiveLife(input.remainingLegalYears, 'remainingLegalYears');
  const economicLifeYears = parsePositiveLife(input.economicLifeYears, 'economicLifeYears');
  const midYear = parseFlag(input.midYear, 'midYear', false);
  const { stream } = input;
  if (typeof stream !== 'function') {
    if (!Array.isArray(stream)) throw new ValuationInputError('stream', 'must be a list of years or a generator');
    if (stream.length === 0) throw new ValuationInputError('stream', 'must contain at least one year');
  }

  const period = incomePeriod({ remainingLegalYears, economicLifeYears });
  const years: IncomeApproachYear<D>[] = [];
  let total = new Decimal(0);
  let stoppedAtYear: number | null = null;
  for (let year = 1; year <= period.years; year++) {
    const item = streamYear(stream, year);
    if (item === undefined) break;
    const { benefit } = item;
    if (!Decimal.isDecimal(benefit) || !benefit.isFinite()) {
      throw new ValuationInputError(`stream[${year - 1}].benefit`, 'must be a finite Decimal');
    }
    const counted = benefit.gt(0) ? benefit : new Decimal(0);
    const pv = midYear ? midYearPresentValue(counted, discountRate, year) : presentValue(counted, discountRate, year);
    const factor = midYear ? midYearDiscountFactor(discountRate, year) : discountFactor(discountRate, year);
    total = total.plus(pv);
    years.push({
      year,
      ...item.inputs,
      benefit: benefit.toString(),
      discountFactor: factor.toFixed(10, Decimal.ROUND_HALF_EVEN),
      presentValue: pv.toFixed(2, Decimal.ROUND_HALF_EVEN),
    });
    if (benefit.isNegative() || (item.endsStream ?? benefit.lte(0))) {
      stoppedAtYear = year;
      break;
    }
  }

  return {
    value: total.toFixed(2, Decimal.ROUND_HALF_EVEN),
    unroundedValue: total.toString(),
    incomePeriod: period,
    stoppedAtYear,
    midYear,
    years,
  };
}

/**
 * Terms common to every income method. Rates are fractions ("0.1" = 10 %).
 */
export interface IncomeValuationTerms {
  /** Annual discount rate; must be above -1 (`buildUpDiscountRate` builds one). */
  discountRate: DecimalLike;
  remainingLegalYears: number;
  economicLifeYears: number;
  /** Discount each year from its middle (t - 0.5) instead of its end. Default false. */
  midYear?: boolean;
  /** ISO 4217 code; carried through, all amounts are in this currency. */
  currency: string;
}

/** Result of an income method: the income approach's result tagged with the method and currency. */
export interface IncomeMethodResult<M extends string, D extends object> extends IncomeApproachResult<D> {
  method: M;
  currency: string;
}

/** {@link IncomeValuationTerms} once validated. */
export interface ParsedIncomeTerms {
  discountRate: Decimal;
  remainingLegalYears: number;
  economicLifeYears: number;
  midYear: boolean;
  currency: string;
}

/**
 * Validates the common terms; internal to the engine. Methods call it after their own
 * rates and before their streams, the order relief from royalty has always checked in.
 */
export function parseIncomeTerms(terms: IncomeValuationTerms): ParsedIncomeTerms {
  return {
    discountRate: parseDiscountRate(terms.discountRate),
    remainingLegalYears: parsePositiveLife(terms.remainingLegalYears, 'remainingLegalYears'),
    economicLifeYears: parsePositiveLife(terms.economicLifeYears, 'economicLifeYears'),
    midYear: parseFlag(terms.midYear, 'midYear', false),
    currency: parseCurrency(terms.currency),
  };
}

/** Runs {@link incomeApproach} on parsed terms and tags the result; internal to the engine. */
export function valueIncomeMethod<M extends string, D extends object>(
  method: M,
  terms: ParsedIncomeTerms,
  stream: IncomeBenefitStream<D>,
): IncomeMethodResult<M, D> {
  const { currency, ...approachTerms } = terms;
  return { method, currency, ...incomeApproach({ stream, ...approachTerms }) };
}
