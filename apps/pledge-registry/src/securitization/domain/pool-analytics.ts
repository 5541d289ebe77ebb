import { Decimal } from '@app/money';
import { ConcentrationLimit, concentrations, type Concentration, type Exposure } from './concentration.js';

/** One included candidate as the analytics see it. */
export interface PoolItem extends Exposure {
  annualRate: Decimal;
  /** Instalments not yet fully repaid in principal: one a month. */
  remainingMonths: number;
  /** The pledge securing it and that pledge's appraised value (null = not appraised). */
  pledgeId: string;
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
 * LTV = balance / appraised value of the distinct pledges behind it; null when no pledge
 * has an appraised value.
 */
export function poolAnalytics(items: readonly PoolItem[]): PoolAnalytics {
  const balance = items.reduce((s, i) => s.plus(i.balance), new Decimal(0));
  const appraised = new Map<string, Decimal>();
  for (const i of items) if (i.appraisedValue !== null) appraised.set(i.pledgeId, i.appraisedValue);
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
    ltv: collateral.isZero() ? null : balance.div(collateral).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN),
    weightedAverageRemainingPatentYears: weightedAverage(
      items.map((i) => ({ weight: i.balance, value: i.remainingPatentYears })),
      2,
    ),
    byObligor: concentrations(items, ConcentrationLimit.SINGLE_OBLIGOR),
    byIndustry: concentrations(items, ConcentrationLimit.INDUSTRY),
    byCity: concentrations(items, ConcentrationLimit.CITY),
  };
}
