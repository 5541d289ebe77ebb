import { ExactDecimal as Decimal, sumDecimals, toCents as cents } from '@web/kit/exact-decimal';

/** Amounts as the dashboard returns them: CNY decimal strings. */
export interface QuarterAmount {
  quarter: number;
  amount: string;
  registrations: number;
}

export interface VolumeInput {
  quarters: readonly QuarterAmount[];
  /** The year's target amount; null when none was set. */
  targetAmount: string | null;
  /** Fraction of the year elapsed (China time): 0 before the year, 1 after it. */
  elapsedFraction: string;
  /** The server's year-end run rate: year to date / elapsed fraction; null before the year starts. */
  projectionAmount: string | null;
}

/** One quarter of the chart and of the figures table, every figure an exact decimal string. */
export interface VolumeRow {
  quarter: number;
  amount: string;
  registrations: number;
  /** Registered by the quarter's end; null for quarters not yet begun. */
  cumulative: string | null;
  /** The target's even pace: target x quarter / 4; null without a target. */
  targetPace: string | null;
  /** The run rate carried to the quarter's end: projection x quarter / 4; null for past quarters or a closed year. */
  projected: string | null;
}

export interface VolumeSeries {
  rows: VolumeRow[];
  /** The quarter today falls in; null when the year has not begun or is over. */
  currentQuarter: number | null;
  total: string;
  /** Year to date over the target, in per cent to one decimal; null without a (non-zero) target. */
  attainmentPercent: string | null;
}

/** The quarter holding the elapsed fraction of the year (0 < f < 1): the first quarter whose end it has not passed. */
export function quarterOf(elapsedFraction: string): number | null {
  const f = new Decimal(elapsedFraction);
  if (f.lte(0) || f.gte(1)) return null;
  return Math.min(4, f.times(4).ceil().toNumber());
}

/**
 * The dashboard's quarters as chart and table series: bars per quarter, the cumulative
 * line, the target's even pace (target x q/4) and, from the current quarter on, the run-rate
 * projection carried to each quarter's end (the server's year-end projection x q/4).
 * Exact decimals: the chart converts to numbers only to draw.
 */
export function volumeSeries(input: VolumeInput): VolumeSeries {
  const currentQuarter = quarterOf(input.elapsedFraction);
  const yearOver = new Decimal(input.elapsedFraction).gte(1);
  const lastBegun = yearOver ? 4 : (currentQuarter ?? 0);
  const byQuarter = new Map(input.quarters.map((q) => [q.quarter, q]));
  let running = new Decimal(0);
  const rows: VolumeRow[] = [1, 2, 3, 4].map((quarter) => {
    const figures = byQuarter.get(quarter);
    const amount = new Decimal(figures?.amount ?? '0');
    running = running.plus(amount);
    const pace = (total: string): string => cents(new Decimal(total).times(quarter).div(4));
    return {
      quarter,
      amount: cents(amount),
      registrations: figures?.registrations ?? 0,
      cumulative: quarter <= lastBegun ? cents(running) : null,
      targetPace: input.targetAmount === null ? null : pace(input.targetAmount),
      projected:
        currentQuarter !== null && input.projectionAmount !== null && quarter >= currentQuarter
          ? pace(input.projectionAmount)
          : null,
    };
  });
  const target = input.targetAmount === null ? null : new Decimal(input.targetAmount);
  return {
    rows,
    currentQuarter,
    total: cents(running),
    attainmentPercent:
      target === null || target.isZero() ? null : running.div(target).times(100).toDecimalPlaces(1).toFixed(1),
  };
}

export interface Keyed {
  key: string;
  amount: string;
}

/** A breakdown row with its share of the breakdown's total amount. */
export type Shared<T extends Keyed> = T & { sharePercent: string };

/**
 * Rows largest amount first (ties by key), each with its share of the total in per cent to
 * one decimal; shares are 0.0 when the total is 0.
 */
export function withShares<T extends Keyed>(rows: readonly T[]): Shared<T>[] {
  const total = rows.reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
  return [...rows]
    .sort((a, b) => new Decimal(b.amount).comparedTo(a.amount) || a.key.localeCompare(b.key))
    .map((r) => ({
      ...r,
      sharePercent: total.isZero() ? '0.0' : new Decimal(r.amount).div(total).times(100).toDecimalPlaces(1).toFixed(1),
    }));
}

/** The exact sum of decimal strings, to the cent. */
export function sumAmounts(amounts: readonly string[]): string {
  return cents(new Decimal(sumDecimals(amounts)));
}
