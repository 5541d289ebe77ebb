import { Decimal } from '@app/money';
import { ValuationInputError, requireFiniteYears, toDecimalInput, type DecimalLike } from './valuation-input.js';

/** Kinds of IP right a lender prices separately. */
export type PledgeAssetKind = 'INVENTION' | 'UTILITY_MODEL' | 'DESIGN' | 'TRADEMARK';

const KINDS: readonly PledgeAssetKind[] = ['INVENTION', 'UTILITY_MODEL', 'DESIGN', 'TRADEMARK'];

/** A remaining-life tier: from `minYears` of remaining life, the loan-to-value cap is `cap`. */
export interface LtvLifeTier {
  minYears: number;
  cap: DecimalLike;
}

/**
 * One lender's pledge policy, as data. Caps and the haircut are fractions of the
 * appraised value.
 */
export interface LenderPolicy {
  /** Loan-to-value cap per kind of right; 0 means the kind is not accepted. */
  ltvCapByKind: Readonly<Record<PledgeAssetKind, DecimalLike>>;
  /**
   * Optional tiers by remaining life, listed by increasing `minYears` with non-decreasing
   * caps (a longer life never earns a lower cap). The tier with the largest `minYears`
   * not above the remaining life applies; below the first tier nothing is lent.
   */
  ltvCapByRemainingLife?: readonly LtvLifeTier[];
  /** Share of the appraised value the lender disregards before applying the caps. */
  haircut: DecimalLike;
  /** Minimum remaining life in years (inclusive) for a right to be accepted at all. */
  minRemainingLifeYears: number;
}

/**
 * A policy modelled on the figures in the domain brief: one bank caps inventions at 25 %,
 * utility models at 15 % and trademarks at 50 % of appraised value, and banks often want
 * more than 5 years of remaining life. The brief gives no design cap: we assume the
 * utility-model cap (a short term and narrow protection). An example, not a default:
 * every lender configures its own.
 */
export const SAMPLE_LENDER_POLICY: LenderPolicy = {
  ltvCapByKind: { INVENTION: '0.25', UTILITY_MODEL: '0.15', DESIGN: '0.15', TRADEMARK: '0.5' },
  haircut: '0',
  minRemainingLifeYears: 5,
};

/** Why a right cannot secure a loan under the policy. */
export type PledgeIneligibilityReason =
  'REMAINING_LIFE_TOO_SHORT' | 'NO_LTV_TIER_FOR_REMAINING_LIFE' | 'KIND_NOT_ACCEPTED' | 'NO_LENDABLE_VALUE';

/** Inputs of {@link recommendPledge}. */
export interface PledgeRecommendationInput {
  /** Reconciled appraised value, non-negative. */
  appraisedValue: DecimalLike;
  kind: PledgeAssetKind;
  /** Years until the right expires; zero or negative when expired. */
  remainingLifeYears: number;
  policy: LenderPolicy;
}

/** How the maximum loan was reached; decimal strings. */
export interface PledgeWorkings {
  appraisedValue: string;
  haircut: string;
  /** appraised value x (1 - haircut), 2 dp rounded down. */
  lendableValue: string;
  kindCap: string;
  /** Cap of the applicable life tier; null without tiers or below the first tier. */
  lifeCap: string | null;
  /** minYears of the applicable life tier, or null. */
  lifeTierMinYears: number | null;
  /** Loan rounded down before eligibility is applied. */
  potentialLoanAmount: string;
  /** The formula, with the numbers, for the loan officer. */
  formula: string;
}

/** Result of {@link recommendPledge}. */
export interface PledgeRecommendation {
  eligible: boolean;
  /** Every reason that applies; empty when eligible. */
  reasons: PledgeIneligibilityReason[];
  /** min(kind cap, life-tier cap), the cap applied to the lendable value. */
  appliedLtv: string;
  /** 2 decimals, rounded down (never lend a cent above the cap); 0.00 when not eligible. */
  maxLoanAmount: string;
  workings: PledgeWorkings;
}

function fraction(value: unknown, field: string): Decimal {
  const parsed = toDecimalInput(value, field);
  if (parsed.lt(0) || parsed.gt(1))
    throw new ValuationInputError(field, `must be between 0 and 1, got ${parsed.toString()}`);
  return parsed;
}

interface ParsedPolicy {
  caps: Record<PledgeAssetKind, Decimal>;
  tiers: { minYears: number; cap: Decimal }[] | null;
  haircut: Decimal;
  minRemainingLifeYears: number;
}

function parsePolicy(policy: LenderPolicy): ParsedPolicy {
  if (typeof policy !== 'object' || policy === null) throw new ValuationInputError('policy', 'must be an object');
  const byKind = policy.ltvCapByKind as Partial<Record<PledgeAssetKind, DecimalLike>> | undefined;
  if (typeof byKind !== 'object' || byKind === null)
    throw new ValuationInputError('policy.ltvCapByKind', 'must be an object');
  const caps = {} as Record<PledgeAssetKind, Decimal>;
  for (const kind of KINDS) caps[kind] = fraction(byKind[kind], `policy.ltvCapByKind.${kind}`);

  let tiers: ParsedPolicy['tiers'] = null;
  const lifeTiers = policy.ltvCapByRemainingLife;
  if (lifeTiers !== undefined) {
    // Checked through unknown: Array.isArray would narrow a readonly array to any[].
    const raw: unknown = lifeTiers;
    if (!Array.isArray(raw) || lifeTiers.length === 0) {
      throw new ValuationInputError('policy.ltvCapByRemainingLife', 'must be a non-empty list of tiers when given');
    }
    tiers = [];
    for (const [i, tier] of lifeTiers.entries()) {
      const field = `policy.ltvCapByRemainingLife[${i}]`;
      const minYears = requireFiniteYears(tier.minYears, `${field}.minYears`);
      if (minYears < 0) throw new ValuationInputError(`${field}.minYears`, `must not be negative, got ${minYears}`);
      const cap = fraction(tier.cap, `${field}.cap`);
      const previous = tiers[tiers.length - 1];
      if (previous !== undefined && minYears <= previous.minYears) {
        throw new ValuationInputError(
          `${field}.minYears`,
          `tiers must be listed by increasing minYears (previous ${previous.minYears})`,
        );
      }
      if (previous !== undefined && cap.lt(previous.cap)) {
        throw new ValuationInputError(
          `${field}.cap`,
          `a longer remaining life must not get a lower cap than ${previous.cap.toString()}`,
        );
      }
      tiers.push({ minYears, cap });
    }
  }
  const minRemainingLifeYears = requireFiniteYears(policy.minRemainingLifeYears, 'policy.minRemainingLifeYears');
  if (minRemainingLifeYears < 0)
    throw new ValuationInputError('policy.minRemainingLifeYears', `must not be negative, got ${minRemainingLifeYears}`);
  return { caps, tiers, haircut: fraction(policy.haircut, 'policy.haircut'), minRemainingLifeYears };
}

/**
 * Checks a lender policy: caps and haircut decimals in [0, 1], the minimum life and tier
 * years finite and non-negative, tiers by strictly increasing `minYears` with
 * non-decreasing caps.
 *
 * @throws ValuationInputError naming the field, e.g. `policy.ltvCapByKind.TRADEMARK` or
 *   `policy.ltvCapByRemainingLife[1].cap`.
 */
export function validateLenderPolicy(policy: LenderPolicy): void {
  parsePolicy(policy);
}

/**
 * Recommends the maximum loan a right can secure under a lender's policy:
 *
 *   maxLoan = appraised x (1 - haircut) x min(kind cap, life-tier cap), rounded down to
 *   the cent,
 *
 * and 0.00 unless eligible. Ineligible when the remaining life is below the policy
 * minimum (REMAINING_LIFE_TOO_SHORT) or below every life tier
 * (NO_LTV_TIER_FOR_REMAINING_LIFE), when the kind's cap is 0 (KIND_NOT_ACCEPTED), or when
 * the loan would otherwise round to zero (NO_LENDABLE_VALUE: zero value, 100 % haircut or
 * a zero tier cap). A longer remaining life can only lift a reason or move to a higher
 * tier, so it never lowers the loan.
 *
 * @throws ValuationInputError naming the field: an invalid policy (see
 *   {@link validateLenderPolicy}), a negative or non-decimal appraised value, an unknown
 *   kind, a non-finite remaining life.
 */
export function recommendPledge(input: PledgeRecommendationInput): PledgeRecommendation {
  const policy = parsePolicy(input.policy);
  const appraised = toDecimalInput(input.appraisedValue, 'appraisedValue');
  if (appraised.lt(0))
    throw new ValuationInputError('appraisedValue', `must not be negative, got ${appraised.toString()}`);
  if (!KINDS.includes(input.kind))
    throw new ValuationInputError('kind', `must be one of ${KINDS.join(', ')}, got ${JSON.stringify(input.kind)}`);
  const remainingLife = requireFiniteYears(input.remainingLifeYears, 'remainingLifeYears');

  const reasons: PledgeIneligibilityReason[] = [];
  if (remainingLife < policy.minRemainingLifeYears) reasons.push('REMAINING_LIFE_TOO_SHORT');

  const kindCap = policy.caps[input.kind];
  if (kindCap.isZero()) reasons.push('KIND_NOT_ACCEPTED');

  let tier: { minYears: number; cap: Decimal } | null = null;
  if (policy.tiers !== null) {
    for (const candidate of policy.tiers) if (candidate.minYears <= remainingLife) tier = candidate;
    if (tier === null) reasons.push('NO_LTV_TIER_FOR_REMAINING_LIFE');
  }
  // Below the first tier the policy lends nothing.
  const lifeCap = policy.tiers === null ? null : (tier?.cap ?? new Decimal(0));
  const appliedLtv = lifeCap === null ? kindCap : Decimal.min(kindCap, lifeCap);

  const lendable = appraised.times(new Decimal(1).minus(policy.haircut));
  const potential = lendable.times(appliedLtv).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  if (
    potential.isZero() &&
    !reasons.includes('KIND_NOT_ACCEPTED') &&
    !reasons.includes('NO_LTV_TIER_FOR_REMAINING_LIFE')
  ) {
    reasons.push('NO_LENDABLE_VALUE');
  }
  const eligible = reasons.length === 0;
  const maxLoan = eligible ? potential : new Decimal(0);

  return {
    eligible,
    reasons,
    appliedLtv: appliedLtv.toString(),
    maxLoanAmount: maxLoan.toFixed(2),
    workings: {
      appraisedValue: appraised.toString(),
      haircut: policy.haircut.toString(),
      lendableValue: lendable.toFixed(2, Decimal.ROUND_DOWN),
      kindCap: kindCap.toString(),
      lifeCap: tier === null ? null : tier.cap.toString(),
      lifeTierMinYears: tier === null ? null : tier.minYears,
      potentialLoanAmount: potential.toFixed(2),
      formula: `${appraised.toString()} x (1 - ${policy.haircut.toString()}) x ${appliedLtv.toString()} = ${potential.toFixed(2)} (rounded down)`,
    },
  };
}
