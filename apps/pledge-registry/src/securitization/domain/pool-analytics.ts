import { Decimal } from '@app/money';
import { ConcentrationLimit, concentrations, type Concentration, type Exposure } from './concentration.js';

/** One included candidate as the analytics see it. */
export interface PoolItem extends Exposure {
  annualRate: Decimal;
  /** Instalments not yet fully repaid in principal: one a month. */
  remainingMonths: number;
  /** The pledge securing it (null for a receivable) and that pledge's appraised value (null = not appraised). */
  pledgeId: string | null;
  appraisedValue: Decimal | null;
  /** Years from today to the earliest expiry of its pledged assets; null = unknown. */
  remainingPatentYears: Decimal | null;
}

export interface PoolAnalytics {
  count: number;
  balance: Decimal;
  weightedAverageRate: Decimal | null;
  weightedAverageRemainingMonths: Decimal | null;
  ltv: Decimal | null;
  weightedAverageRemainingPatentYears: Decimal | null;
  byObligor: Concentration[];
  byIndustry: Concentration[];
  byCity: Concentration[];
}

/** Balance-weighted mean of the items that have a value; null when none has or their weight is 0. */
export function weightedAverage(
  items: readonly { weight: Decimal; value: Decimal | null }[],
  places: number,
): Decimal | null {
  let weight = new Decimal(0);
  let sum = new Decimal(0);
  for (const { weight: w, value } of items) {
    if (value === null) continue;
    weight = weight.plus(w);
    sum = sum.plus(w.times(value));
  }
  return weight.isZero() ? null : sum.div(weight).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
}

/**
 * The pool's figures: rates to 8 decimals, months and years to 2, LTV to 4 (half-even).
 * LTV = balance of the pledge-secured items whose pledge is appraised / appraised value of
 * those distinct pledges (receivables have no pledge and are left out); null when none is.
 */
export function poolAnalytics(items: readonly PoolItem[]): PoolAnalytics {
  const balance = items.reduce((s, i) => s.plus(i.balance), new Decimal(0));
  const appraised = new Map<string, Decimal>();
  let secured = new Decimal(0);
  for (const i of items) {
    if (i.pledgeId === null || i.appraisedValue === null) continue;
    appraised.set(i.pledgeId, i.appraisedValue);
    secured = secured.plus(i.balance);
  }
  const collateral = [...appraised.values()].reduce((s, v) => s.plus(v), new Decimal(0));
  return {
    count: items.length,
    balance,
    weightedAverageRate: weightedAverage(
      items.map((i) => ({ weight: i.balance, value: i.annualRate })),
      8,
    ),
    weightedAverageRemainingMonths: weightedAverage(
      items.map((i) => ({ weight: i.balance, value: new Decimal(i.remainingMonths) })),
      2,
    ),
    ltv: collateral.isZero() ? null : secured.div(collateral).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN),
    weightedAverageRemainingPatentYears: weightedAverage(
      items.map((i) => ({ weight: i.balance, value: i.remainingPatentYears })),
      2,
    ),
    byObligor: concentrations(items, ConcentrationLimit.SINGLE_OBLIGOR),
    byIndustry: concentrations(items, ConcentrationLimit.INDUSTRY),
    byCity: concentrations(items, ConcentrationLimit.CITY),
  };
}

/** The IPC section (A-H) of a classification such as `H01L27/11`; UNKNOWN without a valid one. */
export function ipcSection(ipc: string | null): string {
  const section = ipc?.trim().charAt(0).toUpperCase() ?? '';
  return /^[A-H]$/.test(section) ? section : 'UNKNOWN';
}

/** Calendar months from `today` to `date`, a started month counting whole; 0 once past. */
export function monthsUntil(today: string, date: string): number {
  const [y1, m1, d1] = today.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = date.split('-').map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) + (d2 > d1 ? 1 : 0);
  return Math.max(0, months);
}

/** Years from `today` to `date` as days / 365.25 (unrounded); 0 once past. */
export function yearsUntil(today: string, date: string): Decimal {
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= 0 ? new Decimal(0) : new Decimal(days).div('365.25');
}
