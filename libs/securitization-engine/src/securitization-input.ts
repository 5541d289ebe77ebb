import { Decimal } from '@app/money';

/** A decimal amount or rate: a plain decimal string ("1234.56", "0.05") or a Decimal, never a JS number. */
export type DecimalLike = string | Decimal;

export type Amortisation = 'ANNUITY' | 'EQUAL_PRINCIPAL' | 'BULLET';
export type TrancheClass = 'SENIOR' | 'MEZZANINE' | 'SUBORDINATED';

/** One pool loan as it stands at the cut-off date; every loan pays monthly. */
export interface PoolLoanInput {
  principal: DecimalLike;
  /** Nominal annual rate as a fraction (0.049 for 4.9 %); the monthly rate is a twelfth of it. */
  annualRate: DecimalLike;
  remainingTermMonths: number;
  amortisation: Amortisation;
}

export interface AssumptionsInput {
  /** CDR: annual default rate as a fraction of the performing balance. */
  annualDefaultRate: DecimalLike;
  /** CPR: annual voluntary prepayment rate. */
  annualPrepaymentRate: DecimalLike;
  /** Share of a defaulted balance that is never recovered. */
  lossSeverity: DecimalLike;
  /** Periods between a default and its recovery (0 = same period). */
  recoveryLagPeriods: number;
}

export interface TrancheInput {
  name: string;
  trancheClass: TrancheClass;
  size: DecimalLike;
  /** Annual coupon as a fraction; interest per period is a twelfth of it on the opening balance. */
  coupon: DecimalLike;
  /** Lower pays first; must follow the class order SENIOR < MEZZANINE < SUBORDINATED. */
  priority: number;
}

export interface FeesInput {
  /** Senior fee per year as a fraction of the opening pool balance. */
  annualRateOnPool?: DecimalLike;
  /** Fixed senior fee per period. */
  fixedPerPeriod?: DecimalLike;
}

/** Cash reserve funded at closing; give exactly one target. */
export interface ReserveInput {
  initialAmount: DecimalLike;
  targetAmount?: DecimalLike;
  /** Target as a fraction of the opening note balance (all tranches). */
  targetShareOfNotes?: DecimalLike;
}

/** Deficiency-payment undertaking: covers senior and mezzanine interest shortfalls up to a lifetime cap. */
export interface GuarantorInput {
  cap: DecimalLike;
}

/** Coverage-ratio thresholds (see the module doc); defaults 1.40 / 1.30 / 1.20 and 10 % cumulative loss. */
export interface TriggersInput {
  trap50Below?: DecimalLike;
  trap100Below?: DecimalLike;
  rapidAmortisationBelow?: DecimalLike;
  cumulativeLossRapidAbove?: DecimalLike;
}

export interface PoolProjectionInput {
  loans: readonly PoolLoanInput[];
  assumptions: AssumptionsInput;
  tranches: readonly TrancheInput[];
  fees?: FeesInput;
  reserve?: ReserveInput;
  guarantor?: GuarantorInput;
  triggers?: TriggersInput;
  /** Periods to project; default: the longest remaining term plus the recovery lag. */
  periods?: number;
}

/**
 * Raised when a projection input cannot be used. `field` is the input path, e.g.
 * `tranches[1].size` or `loans[42].annualRate`, so API layers can point at the value.
 */
export class SecuritizationInputError extends Error {
  override readonly name = 'SecuritizationInputError';
  constructor(
    readonly field: string,
    /** The explanation without the field. */
    readonly detail: string,
    /** TRANCHES_EXCEED_POOL when the notes are larger than the pool; INVALID_INPUT otherwise. */
    readonly code: 'INVALID_INPUT' | 'TRANCHES_EXCEED_POOL' = 'INVALID_INPUT',
  ) {
    super(`${field}: ${detail}`);
  }
}

export const MAX_TERM_MONTHS = 600;
export const MAX_RECOVERY_LAG = 120;
const MAX_MAGNITUDE = new Decimal('1e16');
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const CLASS_ORDER: Record<TrancheClass, number> = { SENIOR: 0, MEZZANINE: 1, SUBORDINATED: 2 };

export const DEFAULT_TRIGGERS = {
  trap50Below: new Decimal('1.40'),
  trap100Below: new Decimal('1.30'),
  rapidAmortisationBelow: new Decimal('1.20'),
  cumulativeLossRapidAbove: new Decimal('0.10'),
} as const;

export interface ParsedLoan {
  principal: Decimal;
  annualRate: Decimal;
  remainingTermMonths: number;
  amortisation: Amortisation;
}
export interface ParsedTranche {
  name: string;
  trancheClass: TrancheClass;
  size: Decimal;
  coupon: Decimal;
  priority: number;
}
export interface ParsedProjectionInput {
  loans: ParsedLoan[];
  poolBalance: Decimal;
  assumptions: { cdr: Decimal; cpr: Decimal; lossSeverity: Decimal; recoveryLag: number };
  /** In payment order (priority ascending). */
  tranches: ParsedTranche[];
  fees: { annualRateOnPool: Decimal; fixedPerPeriod: Decimal };
  reserve: { initialAmount: Decimal; targetAmount: Decimal | null; targetShareOfNotes: Decimal | null };
  guarantorCap: Decimal;
  triggers: {
    trap50Below: Decimal;
    trap100Below: Decimal;
    rapidAmortisationBelow: Decimal;
    cumulativeLossRapidAbove: Decimal;
  };
  periods: number;
}

function fail(field: string, message: string): never {
  throw new SecuritizationInputError(field, message);
}

/** Not a type guard on purpose: narrowing a typed list with Array.isArray would turn it into any[]. */
function isNonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function toDecimal(value: unknown, field: string): Decimal {
  let parsed: Decimal;
  if (value instanceof Decimal) parsed = value;
  else if (typeof value === 'string' && DECIMAL_STRING.test(value.trim())) parsed = new Decimal(value.trim());
  else if (typeof value === 'number') fail(field, `must be a decimal string, not a JS number (${value})`);
  else fail(field, `is not a decimal number: ${JSON.stringify(value)}`);
  if (!parsed.isFinite()) fail(field, 'must be finite');
  if (parsed.abs().gte(MAX_MAGNITUDE)) fail(field, `magnitude must be below ${MAX_MAGNITUDE.toString()}`);
  return parsed.isZero() ? new Decimal(0) : parsed;
}

/** Money amounts are held in cents: more decimals would be silently rounded away. */
function amount(value: unknown, field: string, positive = false): Decimal {
  const d = toDecimal(value, field);
  if (positive ? d.lte(0) : d.lt(0))
    fail(field, `${positive ? 'must be greater than 0' : 'must not be negative'}, got ${d.toString()}`);
  if (d.decimalPlaces() > 2) fail(field, `must have at most 2 decimal places, got ${d.toString()}`);
  return d;
}

function fraction(value: unknown, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.lt(0) || d.gt(1)) fail(field, `must be between 0 and 1, got ${d.toString()}`);
  return d;
}

function ratio(value: unknown, field: string, fallback: Decimal): Decimal {
  if (value === undefined) return fallback;
  const d = toDecimal(value, field);
  if (d.lte(0) || d.gt(100)) fail(field, `must be greater than 0 and at most 100, got ${d.toString()}`);
  return d;
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(field, `must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function parseLoan(loan: PoolLoanInput, field: string): ParsedLoan {
  const amortisation = loan.amortisation as unknown;
  if (amortisation !== 'ANNUITY' && amortisation !== 'EQUAL_PRINCIPAL' && amortisation !== 'BULLET') {
    fail(`${field}.amortisation`, `must be ANNUITY, EQUAL_PRINCIPAL or BULLET, got ${JSON.stringify(amortisation)}`);
  }
  return {
    principal: amount(loan.principal, `${field}.principal`, true),
    annualRate: fraction(loan.annualRate, `${field}.annualRate`),
    remainingTermMonths: integer(loan.remainingTermMonths, `${field}.remainingTermMonths`, 1, MAX_TERM_MONTHS),
    amortisation,
  };
}

function parseTranches(input: readonly TrancheInput[], poolBalance: Decimal): ParsedTranche[] {
  if (!isNonEmptyList(input)) fail('tranches', 'must contain at least one tranche');
  const names = new Set<string>();
  const priorities = new Set<number>();
  const tranches = input.map((t, i): ParsedTranche => {
    const field = `tranches[${i}]`;
    if (typeof t.name !== 'string' || t.name.trim() === '') fail(`${field}.name`, 'must not be empty');
    if (names.has(t.name)) fail(`${field}.name`, `duplicate tranche name ${JSON.stringify(t.name)}`);
    names.add(t.name);
    const trancheClass = t.trancheClass as unknown;
    if (trancheClass !== 'SENIOR' && trancheClass !== 'MEZZANINE' && trancheClass !== 'SUBORDINATED') {
      fail(`${field}.trancheClass`, `must be SENIOR, MEZZANINE or SUBORDINATED, got ${JSON.stringify(trancheClass)}`);
    }
    const priority = integer(t.priority, `${field}.priority`, 1, 1000);
    if (priorities.has(priority)) fail(`${field}.priority`, `duplicate priority ${priority}`);
    priorities.add(priority);
    return {
      name: t.name,
      trancheClass,
      size: amount(t.size, `${field}.size`),
      coupon: fraction(t.coupon, `${field}.coupon`),
      priority,
    };
  });
  const sorted = tranches.map((t, i) => ({ t, i })).sort((a, b) => a.t.priority - b.t.priority);
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1] as { t: ParsedTranche };
    const cur = sorted[k] as { t: ParsedTranche; i: number };
    if (CLASS_ORDER[cur.t.trancheClass] < CLASS_ORDER[prev.t.trancheClass]) {
      fail(
        `tranches[${cur.i}].priority`,
        `a ${cur.t.trancheClass} tranche cannot pay after a ${prev.t.trancheClass} tranche`,
      );
    }
  }
  const total = tranches.reduce((s, t) => s.plus(t.size), new Decimal(0));
  if (total.gt(poolBalance)) {
    throw new SecuritizationInputError(
      'tranches',
      `sizes sum to ${total.toFixed(2)}, above the pool balance ${poolBalance.toFixed(2)}`,
      'TRANCHES_EXCEED_POOL',
    );
  }
  return sorted.map((s) => s.t);
}

/**
 * Validates and normalises a projection input.
 *
 * @throws SecuritizationInputError naming the offending field.
 */
export function parseProjectionInput(input: PoolProjectionInput): ParsedProjectionInput {
  if (!isNonEmptyList(input.loans)) fail('loans', 'the pool must contain at least one loan');
  const loans = input.loans.map((loan, i) => parseLoan(loan, `loans[${i}]`));
  const poolBalance = loans.reduce((s, l) => s.plus(l.principal), new Decimal(0));
  const a = input.assumptions;
  const assumptions = {
    cdr: fraction(a.annualDefaultRate, 'assumptions.annualDefaultRate'),
    cpr: fraction(a.annualPrepaymentRate, 'assumptions.annualPrepaymentRate'),
    lossSeverity: fraction(a.lossSeverity, 'assumptions.lossSeverity'),
    recoveryLag: integer(a.recoveryLagPeriods, 'assumptions.recoveryLagPeriods', 0, MAX_RECOVERY_LAG),
  };
  const tranches = parseTranches(input.tranches, poolBalance);
  const fees = {
    annualRateOnPool:
      input.fees?.annualRateOnPool === undefined
        ? new Decimal(0)
        : fraction(input.fees.annualRateOnPool, 'fees.annualRateOnPool'),
    fixedPerPeriod:
      input.fees?.fixedPerPeriod === undefined
        ? new Decimal(0)
        : amount(input.fees.fixedPerPeriod, 'fees.fixedPerPeriod'),
  };
  let reserve: ParsedProjectionInput['reserve'] = {
    initialAmount: new Decimal(0),
    targetAmount: new Decimal(0),
    targetShareOfNotes: null,
  };
  if (input.reserve !== undefined) {
    const r = input.reserve;
    if ((r.targetAmount === undefined) === (r.targetShareOfNotes === undefined)) {
      fail('reserve', 'give exactly one of targetAmount and targetShareOfNotes');
    }
    reserve = {
      initialAmount: amount(r.initialAmount, 'reserve.initialAmount'),
      targetAmount: r.targetAmount === undefined ? null : amount(r.targetAmount, 'reserve.targetAmount'),
      targetShareOfNotes:
        r.targetShareOfNotes === undefined ? null : fraction(r.targetShareOfNotes, 'reserve.targetShareOfNotes'),
    };
  }
  const guarantorCap = input.guarantor === undefined ? new Decimal(0) : amount(input.guarantor.cap, 'guarantor.cap');
  const t = input.triggers ?? {};
  const triggers = {
    trap50Below: ratio(t.trap50Below, 'triggers.trap50Below', DEFAULT_TRIGGERS.trap50Below),
    trap100Below: ratio(t.trap100Below, 'triggers.trap100Below', DEFAULT_TRIGGERS.trap100Below),
    rapidAmortisationBelow: ratio(
      t.rapidAmortisationBelow,
      'triggers.rapidAmortisationBelow',
      DEFAULT_TRIGGERS.rapidAmortisationBelow,
    ),
    cumulativeLossRapidAbove:
      t.cumulativeLossRapidAbove === undefined
        ? DEFAULT_TRIGGERS.cumulativeLossRapidAbove
        : fraction(t.cumulativeLossRapidAbove, 'triggers.cumulativeLossRapidAbove'),
  };
  if (triggers.trap100Below.gt(triggers.trap50Below)) fail('triggers.trap100Below', 'must not be above trap50Below');
  if (triggers.rapidAmortisationBelow.gt(triggers.trap100Below)) {
    fail('triggers.rapidAmortisationBelow', 'must not be above trap100Below');
  }
  const longest = loans.reduce((m, l) => Math.max(m, l.remainingTermMonths), 0);
  const periods =
    input.periods === undefined
      ? longest + assumptions.recoveryLag
      : integer(input.periods, 'periods', 1, MAX_TERM_MONTHS + MAX_RECOVERY_LAG);
  return { loans, poolBalance, assumptions, tranches, fees, reserve, guarantorCap, triggers, periods };
}
