import { ExactDecimal } from '@web/kit/exact-decimal';

/**
 * A loan amount against the pledged assets' valuations and the bank's lender policy, computed
 * the way the valuation service's pledge recommendation does it:
 *   max loan per asset = value x (1 - haircut) x min(kind cap, remaining-life tier cap),
 * rounded down to the cent, and nothing for an asset below the policy's minimum remaining life.
 * Everything is decimal-string arithmetic; the server stays the judge of the numbers it stores.
 */
export interface PolicyTerms {
  inventionLtvCap: string;
  utilityModelLtvCap: string;
  designLtvCap: string;
  trademarkLtvCap: string;
  haircut: string;
  minRemainingLifeYears: number;
  ltvCapByRemainingLife: readonly { minYears: number; cap: string }[];
  validityMonths?: number;
}

export interface ValuedAsset {
  id: string;
  number: string;
  kind: string;
  remainingLifeDays?: number | null;
  /** Latest valuation's point value, or null when the asset was never valued. */
  value: string | null;
  stale?: boolean;
}

export interface AssetAllowance {
  assetId: string;
  number: string;
  /** The cap applied, as a fraction; null without a policy. */
  cap: string | null;
  /** Max loan this asset supports; null without a valuation or policy. */
  maxLoan: string | null;
  /** Why the policy lends nothing on it (sentences). */
  problems: string[];
}

export interface LtvAssessment {
  /** Sum of the latest valuations; null when any asset has none. */
  valuationTotal: string | null;
  /** amount / valuation total, 4 decimals; null without a total (or a zero one). */
  ltv: string | null;
  /** Sum of the assets' max loans under the policy; null when it cannot be computed. */
  maxLoan: string | null;
  /** amount > maxLoan; null when unknown. */
  abovePolicy: boolean | null;
  assets: AssetAllowance[];
}

const DAYS_PER_YEAR = new ExactDecimal('365.25');

function kindCap(policy: PolicyTerms, kind: string): string | null {
  switch (kind) {
    case 'INVENTION':
      return policy.inventionLtvCap;
    case 'UTILITY_MODEL':
      return policy.utilityModelLtvCap;
    case 'DESIGN':
      return policy.designLtvCap;
    case 'TRADEMARK':
      return policy.trademarkLtvCap;
    default:
      return null;
  }
}

/** Remaining life in years (2 decimals) from whole days; null when unknown. */
export function remainingYears(days: number | null | undefined): string | null {
  if (days === null || days === undefined) return null;
  return new ExactDecimal(days).dividedBy(DAYS_PER_YEAR).toDecimalPlaces(2, ExactDecimal.ROUND_DOWN).toFixed(2);
}

function allowance(asset: ValuedAsset, policy: PolicyTerms | null): AssetAllowance {
  const base: AssetAllowance = { assetId: asset.id, number: asset.number, cap: null, maxLoan: null, problems: [] };
  if (policy === null) return base;
  const problems: string[] = [];
  let cap = new ExactDecimal(kindCap(policy, asset.kind) ?? 0);
  if (cap.isZero()) problems.push(`Your policy does not lend on this kind of right (${asset.number}).`);
  const years = remainingYears(asset.remainingLifeDays);
  if (years !== null) {
    if (new ExactDecimal(years).lessThan(policy.minRemainingLifeYears)) {
      problems.push(
        `${asset.number} has ${years} years of protection left; your policy asks for at least ${policy.minRemainingLifeYears}.`,
      );
    }
    if (policy.ltvCapByRemainingLife.length > 0) {
      let tier: string | null = null;
      for (const t of policy.ltvCapByRemainingLife)
        if (new ExactDecimal(years).greaterThanOrEqualTo(t.minYears)) tier = t.cap;
      if (tier === null) problems.push(`${asset.number} is below every remaining-life tier of your policy.`);
      cap = ExactDecimal.min(cap, tier ?? 0);
    }
  }
  const withCap = { ...base, cap: cap.toFixed(), problems };
  if (asset.value === null) return withCap;
  const lendable = new ExactDecimal(asset.value).times(new ExactDecimal(1).minus(policy.haircut));
  const max =
    problems.length > 0 ? new ExactDecimal(0) : lendable.times(cap).toDecimalPlaces(2, ExactDecimal.ROUND_DOWN);
  return { ...withCap, maxLoan: max.toFixed(2) };
}

export function assessLtv(amount: string, assets: readonly ValuedAsset[], policy: PolicyTerms | null): LtvAssessment {
  const values = assets.map((a) => a.value);
  const valuationTotal =
    assets.length === 0 || values.some((v) => v === null)
      ? null
      : values.reduce((sum, v) => sum.plus(v ?? 0), new ExactDecimal(0)).toFixed();
  const ltv =
    valuationTotal === null || new ExactDecimal(valuationTotal).isZero()
      ? null
      : new ExactDecimal(amount).dividedBy(valuationTotal).toDecimalPlaces(4, ExactDecimal.ROUND_HALF_UP).toFixed(4);
  const allowances = assets.map((a) => allowance(a, policy));
  const maxes = allowances.map((a) => a.maxLoan);
  const maxLoan =
    policy === null || maxes.length === 0 || maxes.some((m) => m === null)
      ? null
      : maxes.reduce((sum, m) => sum.plus(m ?? 0), new ExactDecimal(0)).toFixed(2);
  const abovePolicy = maxLoan === null ? null : new ExactDecimal(amount).greaterThan(maxLoan);
  return { valuationTotal, ltv, maxLoan, abovePolicy, assets: allowances };
}
