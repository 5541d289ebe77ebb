import { Decimal } from '@app/money';
import { lenderPolicyInputField } from './policy-fields.js';
import {
  buildUpDiscountRate,
  costApproach,
  excessEarnings,
  incrementalIncome,
  marketApproach,
  profitSplit,
  realOption,
  recommendPledge,
  reconcileValuations,
  reliefFromRoyalty,
  scorePatent,
  ValuationInputError,
  type BuildUpDiscountRate,
  type BuildUpDiscountRateInput,
  type Comparable,
  type ContributoryAsset,
  type CostApproachResult,
  type EquivalentInvestmentInput,
  type ExcessEarningsResult,
  type IncrementalIncomeResult,
  type LenderPolicy,
  type MarketApproachResult,
  type MonteCarloDistribution,
  type MonteCarloInput,
  type MonteCarloResult,
  type MonteCarloVariable,
  type Obsolescence,
  type PledgeAssetKind,
  type PledgeRecommendation,
  type ProfitSplitResult,
  type RealOptionResult,
  type ReconciliationConfidence,
  type ReconciliationResult,
  type ReliefFromRoyaltyResult,
  type ScorecardInput,
  type ScorecardResult,
} from '@app/valuation-engine';

/**
 * One appraisal request: shared terms plus any subset of methods. Plain data, so the same
 * function serves the calculator, stored valuations and portfolio jobs.
 */
export interface AppraisalRequest {
  currency: string;
  remainingLegalYears: number;
  economicLifeYears: number;
  /** Explicit, 0 allowed. */
  taxRate: string;
  midYear?: boolean;
  discountRate?: string;
  discountRateBuildUp?: BuildUpDiscountRateInput;
  /** Add the scorecard grade's premium to the discount rate (default true when scored). */
  applyScorecardPremium?: boolean;
  reliefFromRoyalty?: {
    revenues?: string[];
    projection?: { baseRevenue: string; growthRate: string; years: number };
    royaltyRate: string;
  };
  incrementalIncome?: { extraVolumes?: string[]; unitMargins?: string[]; pricePremiums?: string[] };
  profitSplit?: {
    licenseeProfits: string[];
    splitRatio?: string;
    equivalentInvestment?: EquivalentInvestmentInput;
    profitsArePreTax: boolean;
  };
  excessEarnings?: { excessIncomes?: string[]; operatingProfits?: string[]; contributoryAssets?: ContributoryAsset[] };
  cost?: { rdLabour: string; expenses: string; overhead: string; profitRate: string; obsolescence: Obsolescence };
  market?: { comparables: Comparable[] };
  realOption?: { presentValueOfCashFlows: string; investmentCost: string; volatility: string; riskFreeRate: string };
  scorecard?: ScorecardInput;
  monteCarlo?: {
    paths: number;
    seed: number;
    distributions: Partial<Record<MonteCarloVariable, MonteCarloDistribution>>;
  };
  /** Reconciliation weights by method; by confidence when omitted. */
  weights?: { method: AppraisalMethod; weight: string }[];
  /** With a lender policy, the report includes a pledge recommendation. */
  kind?: PledgeAssetKind;
  lenderPolicy?: LenderPolicy;
}

export type AppraisalMethod =
  'RELIEF_FROM_ROYALTY' | 'INCREMENTAL_INCOME' | 'PROFIT_SPLIT' | 'EXCESS_EARNINGS' | 'COST' | 'MARKET' | 'REAL_OPTION';

export type MethodDetail =
  | ReliefFromRoyaltyResult
  | IncrementalIncomeResult
  | ProfitSplitResult
  | ExcessEarningsResult
  | CostApproachResult
  | MarketApproachResult
  | RealOptionResult;

export interface MethodOutcome {
  method: AppraisalMethod;
  value: string;
  confidence: ReconciliationConfidence;
  detail: MethodDetail;
}

export interface AppraisalReport {
  currency: string;
  discountRate: { base: string; premium: string; effective: string; buildUp: BuildUpDiscountRate | null } | null;
  methods: MethodOutcome[];
  scorecard: ScorecardResult | null;
  monteCarlo: MonteCarloResult | null;
  reconciliation: ReconciliationResult;
  pledge: PledgeRecommendation | null;
}

export type Simulate = (input: MonteCarloInput) => Promise<MonteCarloResult>;

/** Runs `work`, re-raising input errors with the full input path (e.g. `input.profitSplit.splitRatio`). */
function within<T>(prefix: string, work: () => T, rename: (field: string) => string = (f) => f): T {
  try {
    return work();
  } catch (error) {
    throw reprefixed(error, prefix, rename);
  }
}

/** An engine input error re-raised under the caller's input path (others pass through). */
function reprefixed(error: unknown, prefix: string, rename: (field: string) => string = (f) => f): unknown {
  if (!(error instanceof ValuationInputError)) return error;
  return new ValuationInputError(`${prefix}.${rename(error.field)}`, error.message.slice(error.field.length + 2));
}

function fraction(value: string, field: string, ok: (d: Decimal) => boolean, rule: string): void {
  let parsed: Decimal;
  try {
    parsed = new Decimal(value);
  } catch {
    throw new ValuationInputError(field, 'is not a decimal number');
  }
  if (!parsed.isFinite() || !ok(parsed)) throw new ValuationInputError(field, `${rule}, got ${value}`);
}

/**
 * Checks the terms every method shares once, under their own names, before any method runs:
 * a bad tax rate is `input.taxRate`, not a field of whichever method happened to run first,
 * and the base discount rate is checked before the scorecard premium is added to it.
 */
function validateSharedTerms(request: AppraisalRequest, prefix: string): void {
  fraction(request.taxRate, `${prefix}.taxRate`, (d) => d.gte(0) && d.lt(1), 'must be at least 0 and below 1');
  if (request.discountRate !== undefined) {
    fraction(
      request.discountRate,
      `${prefix}.discountRate`,
      (d) => d.gt(-1) && d.lt(10),
      'must be above -1 (-100 %) and below 10',
    );
  }
  for (const [field, years] of [
    ['remainingLegalYears', request.remainingLegalYears],
    ['economicLifeYears', request.economicLifeYears],
  ] as const) {
    if (!Number.isFinite(years) || years <= 0 || years > 1000) {
      throw new ValuationInputError(`${prefix}.${field}`, `must be a number of years above 0, got ${String(years)}`);
    }
  }
}

const INCOME_METHODS = ['reliefFromRoyalty', 'incrementalIncome', 'profitSplit', 'excessEarnings'] as const;

function effectiveDiscountRate(
  request: AppraisalRequest,
  scorecard: ScorecardResult | null,
  prefix: string,
): AppraisalReport['discountRate'] {
  const needsRate = INCOME_METHODS.some((m) => request[m] !== undefined) || request.monteCarlo !== undefined;
  if (!needsRate) return null;
  if ((request.discountRate === undefined) === (request.discountRateBuildUp === undefined)) {
    throw new ValuationInputError(
      `${prefix}.discountRate`,
      'give either discountRate or discountRateBuildUp (exactly one)',
    );
  }
  const buildUp =
    request.discountRateBuildUp === undefined
      ? null
      : within(`${prefix}.discountRateBuildUp`, () =>
          buildUpDiscountRate(request.discountRateBuildUp as BuildUpDiscountRateInput),
        );
  const base = new Decimal(buildUp?.rate ?? (request.discountRate as string));
  const premium =
    scorecard !== null && request.applyScorecardPremium !== false
      ? new Decimal(scorecard.discountRatePremium)
      : new Decimal(0);
  return { base: base.toString(), premium: premium.toString(), effective: base.plus(premium).toString(), buildUp };
}

/**
 * Appraises with every method the request fills in, scores the asset, optionally runs the
 * Monte Carlo, reconciles the methods into one value with a range and a confidence, and
 * applies a lender policy. The scorecard's confidence stands for the income methods' own.
 */
export async function appraise(
  request: AppraisalRequest,
  simulate: Simulate,
  prefix = 'input',
): Promise<AppraisalReport> {
  validateSharedTerms(request, prefix);
  const scorecard =
    request.scorecard === undefined ? null : within(`${prefix}.scorecard`, () => scorePatent(request.scorecard));
  const rate = effectiveDiscountRate(request, scorecard, prefix);
  const terms = {
    discountRate: rate?.effective ?? '0',
    remainingLegalYears: request.remainingLegalYears,
    economicLifeYears: request.economicLifeYears,
    midYear: request.midYear ?? false,
    currency: request.currency,
  };
  const incomeConfidence: ReconciliationConfidence = scorecard?.confidence ?? 'MEDIUM';
  const methods: MethodOutcome[] = [];
  const add = (method: AppraisalMethod, confidence: ReconciliationConfidence, detail: MethodDetail): void => {
    methods.push({ method, value: detail.value, confidence, detail });
  };

  const rfr = request.reliefFromRoyalty;
  if (rfr !== undefined) {
    if ((rfr.revenues === undefined) === (rfr.projection === undefined)) {
      throw new ValuationInputError(
        `${prefix}.reliefFromRoyalty.revenues`,
        'give either revenues or projection (exactly one)',
      );
    }
    add(
      'RELIEF_FROM_ROYALTY',
      incomeConfidence,
      within(`${prefix}.reliefFromRoyalty`, () =>
        reliefFromRoyalty({
          ...terms,
          revenues: rfr.revenues ?? rfr.projection!,
          royaltyRate: rfr.royaltyRate,
          taxRate: request.taxRate,
        }),
      ),
    );
  }
  const inc = request.incrementalIncome;
  if (inc !== undefined) {
    add(
      'INCREMENTAL_INCOME',
      incomeConfidence,
      within(`${prefix}.incrementalIncome`, () =>
        incrementalIncome(
          inc.pricePremiums !== undefined
            ? { ...terms, taxRate: request.taxRate, pricePremiums: inc.pricePremiums }
            : {
                ...terms,
                taxRate: request.taxRate,
                extraVolumes: inc.extraVolumes ?? [],
                unitMargins: inc.unitMargins ?? [],
              },
        ),
      ),
    );
  }
  const ps = request.profitSplit;
  if (ps !== undefined) {
    const ratio =
      ps.equivalentInvestment !== undefined
        ? { equivalentInvestment: ps.equivalentInvestment }
        : { splitRatio: ps.splitRatio ?? '' };
    const tax = ps.profitsArePreTax
      ? { profitsArePreTax: true as const, taxRate: request.taxRate }
      : { profitsArePreTax: false as const };
    add(
      'PROFIT_SPLIT',
      incomeConfidence,
      within(`${prefix}.profitSplit`, () =>
        profitSplit({ ...terms, ...ratio, ...tax, licenseeProfits: ps.licenseeProfits }),
      ),
    );
  }
  const ee = request.excessEarnings;
  if (ee !== undefined) {
    add(
      'EXCESS_EARNINGS',
      incomeConfidence,
      within(`${prefix}.excessEarnings`, () =>
        excessEarnings(
          ee.excessIncomes !== undefined
            ? { ...terms, taxRate: request.taxRate, excessIncomes: ee.excessIncomes }
            : {
                ...terms,
                taxRate: request.taxRate,
                operatingProfits: ee.operatingProfits ?? [],
                contributoryAssets: ee.contributoryAssets ?? [],
              },
        ),
      ),
    );
  }
  const cost = request.cost;
  // Replacement cost rarely reflects what an asset earns: low confidence by design.
  if (cost !== undefined)
    add(
      'COST',
      'LOW',
      within(`${prefix}.cost`, () => costApproach({ ...cost, currency: request.currency })),
    );
  const market = request.market;
  if (market !== undefined) {
    const result = within(`${prefix}.market`, () =>
      marketApproach({ comparables: market.comparables, currency: request.currency }),
    );
    add('MARKET', result.confidence, result);
  }
  const option = request.realOption;
  if (option !== undefined) {
    add(
      'REAL_OPTION',
      'LOW',
      within(`${prefix}.realOption`, () =>
        realOption({ ...option, remainingLifeYears: request.remainingLegalYears, currency: request.currency }),
      ),
    );
  }
  if (methods.length === 0) throw new ValuationInputError(prefix, 'choose at least one valuation method');

  let monteCarlo: MonteCarloResult | null = null;
  if (request.monteCarlo !== undefined) {
    const projection = rfr?.projection;
    if (rfr === undefined || projection === undefined) {
      throw new ValuationInputError(
        `${prefix}.monteCarlo`,
        'needs reliefFromRoyalty with a projection (base revenue and growth)',
      );
    }
    monteCarlo = await simulate({
      baseRevenue: projection.baseRevenue,
      growthRate: projection.growthRate,
      royaltyRate: rfr.royaltyRate,
      taxRate: request.taxRate,
      discountRate: terms.discountRate,
      // The simulated stream ends where the analyst's projection ends, as the method's does.
      remainingLegalYears: Math.min(request.remainingLegalYears, projection.years),
      economicLifeYears: request.economicLifeYears,
      currency: request.currency,
      distributions: request.monteCarlo.distributions,
      paths: request.monteCarlo.paths,
      seed: request.monteCarlo.seed,
    }).catch((error: unknown) => {
      throw reprefixed(error, `${prefix}.monteCarlo`);
    });
  }

  const weights = new Map((request.weights ?? []).map((w) => [w.method, w.weight]));
  const reconciliation = within(prefix, () =>
    reconcileValuations({
      methods: methods.map((m) => ({
        method: m.method,
        value: m.value,
        confidence: m.confidence,
        ...(weights.size === 0 ? {} : { weight: weights.get(m.method) ?? '0' }),
      })),
      ...(monteCarlo === null ? {} : { monteCarlo: { p10: monteCarlo.p10, p50: monteCarlo.p50, p90: monteCarlo.p90 } }),
    }),
  );

  let pledge: PledgeRecommendation | null = null;
  if (request.lenderPolicy !== undefined) {
    if (request.kind === undefined) throw new ValuationInputError(`${prefix}.kind`, 'is required with a lender policy');
    pledge = within(
      `${prefix}.lenderPolicy`,
      () =>
        recommendPledge({
          appraisedValue: reconciliation.value,
          kind: request.kind as PledgeAssetKind,
          remainingLifeYears: request.remainingLegalYears,
          policy: request.lenderPolicy as LenderPolicy,
        }),
      lenderPolicyInputField,
    );
  }
  return { currency: request.currency, discountRate: rate, methods, scorecard, monteCarlo, reconciliation, pledge };
}
