import { Decimal, Money, minorUnits, type RoundingMode } from '@app/money';
import { compareIsoDate, daysBetween, isValidIsoDate, type IsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { addMonths, RepaymentMethod } from '@registry/listing/domain/listing-rules.js';

export { RepaymentMethod };

/**
 * How a period's length becomes a fraction of a year. The product fixes it, not the borrower.
 * - `MONTHLY_30_360`: every regular period is one twelfth of a year (monthly rate = annual / 12);
 *   an odd first period counts its days 30E/360.
 * - `ACTUAL_360`, `ACTUAL_365`: actual calendar days over a 360- or 365-day year.
 */
export enum DayCountConvention {
  MONTHLY_30_360 = 'MONTHLY_30_360',
  ACTUAL_360 = 'ACTUAL_360',
  ACTUAL_365 = 'ACTUAL_365',
}

/** How each interest and principal part is rounded to the currency's minor unit. */
export enum RoundingRule {
  /** Banker's rounding: a half goes to the even neighbour, so many roundings do not drift. */
  HALF_EVEN = 'HALF_EVEN',
  HALF_UP = 'HALF_UP',
}

const ROUNDING_MODES: Record<RoundingRule, RoundingMode> = {
  [RoundingRule.HALF_EVEN]: Decimal.ROUND_HALF_EVEN,
  [RoundingRule.HALF_UP]: Decimal.ROUND_HALF_UP,
};

/** Longest term accepted: 50 years of monthly instalments. */
export const MAX_TERM_MONTHS = 600;
/** Highest nominal annual rate accepted (1,000 %); anything above is a typing mistake, not a loan. */
export const MAX_ANNUAL_RATE = new Decimal(10);
/** An odd first period may run at most this many months past the disbursement date. */
export const MAX_FIRST_PERIOD_MONTHS = 2;

/** What a schedule is computed from. Amounts and rates are exact decimals, never floats. */
export interface RepaymentScheduleInput {
  /** The amount disbursed, > 0, in whole minor units. */
  principal: Money;
  /** Nominal annual rate as a fraction (0.049 = 4.9 %); a rate quoted per month is stated times 12. */
  annualRate: Decimal;
  /** Number of monthly instalments, 1..{@link MAX_TERM_MONTHS}. */
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  dayCount: DayCountConvention;
  disbursementDate: IsoDate;
  /** Defaults to one month after disbursement; later due dates follow monthly on its day of the month. */
  firstDueDate?: IsoDate;
  /** Rounding of each interest and principal part to minor units; {@link RoundingRule.HALF_EVEN} by default. */
  rounding?: RoundingRule;
}

/** One instalment. `instalment = interest + principal`, `closingBalance = openingBalance - principal`. */
export interface ScheduleLine {
  number: number;
  dueDate: IsoDate;
  /** Days in the period under the convention (30 for a regular 30/360 month). */
  days: number;
  openingBalance: Money;
  instalment: Money;
  interest: Money;
  principal: Money;
  closingBalance: Money;
}

export interface RepaymentSchedule {
  lines: ScheduleLine[];
  totalInstalments: Money;
  totalInterest: Money;
  /** Always exactly the input principal. */
  totalPrincipal: Money;
}

/** Why an input cannot be scheduled, naming the input field at fault. */
export enum ScheduleInputProblem {
  PRINCIPAL_NOT_POSITIVE = 'PRINCIPAL_NOT_POSITIVE',
  PRINCIPAL_TOO_PRECISE = 'PRINCIPAL_TOO_PRECISE',
  RATE_OUT_OF_RANGE = 'RATE_OUT_OF_RANGE',
  TERM_OUT_OF_RANGE = 'TERM_OUT_OF_RANGE',
  INVALID_DATE = 'INVALID_DATE',
  FIRST_DUE_DATE_OUT_OF_RANGE = 'FIRST_DUE_DATE_OUT_OF_RANGE',
  UNKNOWN_METHOD = 'UNKNOWN_METHOD',
  UNKNOWN_DAY_COUNT = 'UNKNOWN_DAY_COUNT',
  UNKNOWN_ROUNDING = 'UNKNOWN_ROUNDING',
}

/** Thrown by {@link repaymentSchedule} for input it cannot schedule; `field` is the input's own name. */
export class ScheduleInputError extends Error {
  constructor(
    readonly problem: ScheduleInputProblem,
    readonly field: keyof RepaymentScheduleInput,
    message: string,
  ) {
    super(message);
    this.name = 'ScheduleInputError';
  }
}

function validate(input: RepaymentScheduleInput): void {
  const fail = (problem: ScheduleInputProblem, field: keyof RepaymentScheduleInput, message: string): never => {
    throw new ScheduleInputError(problem, field, message);
  };
  if (!input.principal.isPositive()) fail(ScheduleInputProblem.PRINCIPAL_NOT_POSITIVE, 'principal', 'must be > 0');
  const scale = minorUnits(input.principal.currency);
  if (input.principal.amount.decimalPlaces() > scale)
    fail(ScheduleInputProblem.PRINCIPAL_TOO_PRECISE, 'principal', `must have at most ${scale} decimals`);
  if (!input.annualRate.isFinite() || input.annualRate.isNegative() || input.annualRate.greaterThan(MAX_ANNUAL_RATE))
    fail(
      ScheduleInputProblem.RATE_OUT_OF_RANGE,
      'annualRate',
      `must be a fraction from 0 to ${MAX_ANNUAL_RATE.toFixed()}`,
    );
  if (!Number.isSafeInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_TERM_MONTHS)
    fail(ScheduleInputProblem.TERM_OUT_OF_RANGE, 'termMonths', `must be a whole number from 1 to ${MAX_TERM_MONTHS}`);
  if (!Object.values(RepaymentMethod).includes(input.repaymentMethod))
    fail(
      ScheduleInputProblem.UNKNOWN_METHOD,
      'repaymentMethod',
      `unknown repayment method ${String(input.repaymentMethod)}`,
    );
  if (!Object.values(DayCountConvention).includes(input.dayCount))
    fail(ScheduleInputProblem.UNKNOWN_DAY_COUNT, 'dayCount', `unknown day-count convention ${String(input.dayCount)}`);
  if (input.rounding !== undefined && !Object.values(RoundingRule).includes(input.rounding))
    fail(ScheduleInputProblem.UNKNOWN_ROUNDING, 'rounding', `unknown rounding rule ${String(input.rounding)}`);
  if (!isValidIsoDate(input.disbursementDate))
    fail(ScheduleInputProblem.INVALID_DATE, 'disbursementDate', 'must be a real date as YYYY-MM-DD');
  const first = input.firstDueDate;
  if (first !== undefined) {
    if (!isValidIsoDate(first)) fail(ScheduleInputProblem.INVALID_DATE, 'firstDueDate', 'must be a real date');
    const latest = addMonths(input.disbursementDate, MAX_FIRST_PERIOD_MONTHS);
    if (compareIsoDate(first, input.disbursementDate) <= 0 || compareIsoDate(first, latest) > 0)
      fail(
        ScheduleInputProblem.FIRST_DUE_DATE_OUT_OF_RANGE,
        'firstDueDate',
        `must be after the disbursement date and no later than ${latest}`,
      );
  }
}

/** 30E/360 day count: day 31 counts as 30. */
function days30E360(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return 360 * (y2 - y1) + 30 * (m2 - m1) + (Math.min(d2, 30) - Math.min(d1, 30));
}

interface Period {
  dueDate: IsoDate;
  days: number;
  /** The period's fraction of a year under the convention, exact. */
  yearFraction: Decimal;
}

function periods(input: RepaymentScheduleInput): Period[] {
  const regularFirst = addMonths(input.disbursementDate, 1);
  const firstDue = input.firstDueDate ?? regularFirst;
  const result: Period[] = [];
  let previous = input.disbursementDate;
  for (let k = 0; k < input.termMonths; k++) {
    // Anchored on the first due date so a 31st does not drift to the 28th after February.
    const dueDate = addMonths(firstDue, k);
    let days: number;
    let yearFraction: Decimal;
    switch (input.dayCount) {
      case DayCountConvention.MONTHLY_30_360:
        days = k === 0 && firstDue !== regularFirst ? days30E360(previous, dueDate) : 30;
        yearFraction = new Decimal(days).dividedBy(360);
        break;
      case DayCountConvention.ACTUAL_360:
        days = daysBetween(previous, dueDate);
        yearFraction = new Decimal(days).dividedBy(360);
        break;
      case DayCountConvention.ACTUAL_365:
        days = daysBetween(previous, dueDate);
        yearFraction = new Decimal(days).dividedBy(365);
        break;
    }
    result.push({ dueDate, days, yearFraction });
    previous = dueDate;
  }
  return result;
}

/**
 * The level instalment of an annuity at the nominal monthly rate (annual / 12), rounded:
 * `P * r / (1 - (1 + r)^-n)`, or `P / n` at a zero rate.
 */
export function levelInstalment(
  principal: Money,
  annualRate: Decimal,
  termMonths: number,
  rule: RoundingRule = RoundingRule.HALF_EVEN,
): Money {
  const scale = minorUnits(principal.currency);
  const rounding = ROUNDING_MODES[rule];
  if (annualRate.isZero()) return principal.dividedBy(new Decimal(termMonths)).round(scale, rounding);
  const r = annualRate.dividedBy(12);
  const factor = r.dividedBy(new Decimal(1).minus(r.plus(1).pow(-termMonths)));
  return principal.times(factor).round(scale, rounding);
}

/**
 * Computes a repayment schedule; stores nothing and reads no clock.
 *
 * Interest of a period is `balance x annualRate x yearFraction` (on the original principal
 * for FLAT), rounded to minor units with `rounding`. The principal parts always add up to
 * the principal exactly, and no part ever exceeds the balance still owed:
 * - ANNUITY: the level instalment (see {@link levelInstalment}) pays the period's interest
 *   first; the last instalment clears the remaining balance, so it absorbs every rounding
 *   residue and, under actual-day conventions, the difference between actual days and a
 *   nominal month. A period whose interest exceeds the level instalment pays interest only.
 * - EQUAL_PRINCIPAL: the principal is split into equal parts to the minor unit; leftover
 *   units go one each to the earliest periods, so the parts never increase.
 * - INTEREST_ONLY_BULLET: interest each period, the whole principal with the last.
 * - FLAT: interest on the original principal each period, principal in equal rounded parts
 *   with the last part absorbing the residue.
 *
 * @throws {@link ScheduleInputError} naming the field when the input cannot be scheduled.
 */
export function repaymentSchedule(input: RepaymentScheduleInput): RepaymentSchedule {
  validate(input);
  const rule = input.rounding ?? RoundingRule.HALF_EVEN;
  const rounding = ROUNDING_MODES[rule];
  const currency = input.principal.currency;
  const scale = minorUnits(currency);
  const principal = input.principal;
  const zero = Money.zero(currency);
  const n = input.termMonths;
  const schedule = periods(input);
  const interestOn = (base: Money, period: Period): Money =>
    base.times(input.annualRate).times(period.yearFraction).round(scale, rounding);

  // The principal part of period k, given its interest and the balance still owed.
  let principalPart: (k: number, interest: Money, opening: Money) => Money;
  switch (input.repaymentMethod) {
    case RepaymentMethod.ANNUITY: {
      const level = levelInstalment(principal, input.annualRate, n, rule);
      principalPart = (k, interest, opening) => (k === n - 1 ? opening : clamp(level.minus(interest), zero, opening));
      break;
    }
    case RepaymentMethod.EQUAL_PRINCIPAL: {
      const parts = principal.allocate(
        Array.from({ length: n }, () => '1'),
        scale,
      );
      principalPart = (k) => parts[k] as Money;
      break;
    }
    case RepaymentMethod.INTEREST_ONLY_BULLET:
      principalPart = (k, _interest, opening) => (k === n - 1 ? opening : zero);
      break;
    case RepaymentMethod.FLAT: {
      const part = principal.dividedBy(new Decimal(n)).round(scale, rounding);
      principalPart = (k, _interest, opening) => (k === n - 1 ? opening : clamp(part, zero, opening));
      break;
    }
  }

  const lines: ScheduleLine[] = [];
  let balance = principal;
  let totalInterest = zero;
  schedule.forEach((period, k) => {
    const interest = interestOn(input.repaymentMethod === RepaymentMethod.FLAT ? principal : balance, period);
    const principalPaid = principalPart(k, interest, balance);
    const closing = balance.minus(principalPaid);
    lines.push({
      number: k + 1,
      dueDate: period.dueDate,
      days: period.days,
      openingBalance: balance,
      instalment: interest.plus(principalPaid),
      interest,
      principal: principalPaid,
      closingBalance: closing,
    });
    totalInterest = totalInterest.plus(interest);
    balance = closing;
  });
  return {
    lines,
    totalInstalments: principal.plus(totalInterest),
    totalInterest,
    totalPrincipal: principal,
  };
}

function clamp(value: Money, low: Money, high: Money): Money {
  if (value.compare(low) < 0) return low;
  return value.compare(high) > 0 ? high : value;
}
