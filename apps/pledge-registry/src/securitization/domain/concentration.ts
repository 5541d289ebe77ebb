import { Decimal } from '@app/money';

export enum ConcentrationLimit {
  SINGLE_OBLIGOR = 'SINGLE_OBLIGOR',
  INDUSTRY = 'INDUSTRY',
  CITY = 'CITY',
}

/** One included candidate as the limits see it. */
export interface Exposure {
  obligor: string;
  /** IPC section (A-H) of the pledge's first asset; UNKNOWN without one. */
  industry: string;
  city: string;
  balance: Decimal;
}

/** Most share of the pool balance per key; null = no limit. */
export type ConcentrationLimits = Record<ConcentrationLimit, Decimal | null>;

export interface Concentration {
  key: string;
  balance: Decimal;
  /** balance / pool balance, 8 decimals half-even (0 for an empty pool). */
  share: Decimal;
}

export interface Breach {
  limit: ConcentrationLimit;
  key: string;
  share: Decimal;
  max: Decimal;
}

const KEY: Record<ConcentrationLimit, (e: Exposure) => string> = {
  SINGLE_OBLIGOR: (e) => e.obligor,
  INDUSTRY: (e) => e.industry,
  CITY: (e) => e.city,
};

/** Balances per key, largest first (ties by key), with their shares of the total. */
export function concentrations(exposures: readonly Exposure[], limit: ConcentrationLimit): Concentration[] {
  const sums = new Map<string, Decimal>();
  for (const e of exposures) {
    const key = KEY[limit](e);
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(e.balance));
  }
  const total = exposures.reduce((s, e) => s.plus(e.balance), new Decimal(0));
  return [...sums.entries()]
    .map(([key, balance]) => ({
      key,
      balance,
      share: total.isZero() ? new Decimal(0) : balance.div(total).toDecimalPlaces(8, Decimal.ROUND_HALF_EVEN),
    }))
    .sort((a, b) => b.balance.comparedTo(a.balance) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Limits broken by the exposures. The base is the pool balance, or the target balance while
 * the pool is below it (ramp-up: the first candidate is not 100 % of a pool meant to hold
 * many). The test is exact (balance > max x base, no rounding), so a share that rounds to
 * the limit but exceeds it is still a breach; the reported share is of the same base.
 */
export function breaches(
  exposures: readonly Exposure[],
  limits: ConcentrationLimits,
  targetBalance: Decimal | null = null,
): Breach[] {
  const total = exposures.reduce((s, e) => s.plus(e.balance), new Decimal(0));
  const base = targetBalance === null ? total : Decimal.max(total, targetBalance);
  const found: Breach[] = [];
  for (const limit of Object.values(ConcentrationLimit)) {
    const max = limits[limit];
    if (max === null || base.isZero()) continue;
    for (const c of concentrations(exposures, limit)) {
      if (c.balance.gt(max.times(base))) {
        found.push({ limit, key: c.key, share: c.balance.div(base).toDecimalPlaces(8, Decimal.ROUND_HALF_EVEN), max });
      }
    }
  }
  return found;
}
