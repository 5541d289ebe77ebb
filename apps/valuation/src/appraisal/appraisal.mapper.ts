import { Decimal, Money, MoneyModel } from '@app/money';
import {
  ENGINE_VERSION,
  type LenderPolicy,
  type MonteCarloDistribution,
  type MonteCarloVariable,
  type Obsolescence,
  type ScorecardIndicator,
} from '@app/valuation-engine';
import type { AppraisalReport, AppraisalRequest, MethodOutcome } from '@valuation/appraisal/domain/appraise.js';
import { DistributionKind } from '@valuation/appraisal/dto/appraisal.input.js';
import type {
  AppraisalMethodEnum,
  AppraisalAssumptionsInput,
  DistributionInput,
  LenderPolicyInput,
  MonteCarloGqlInput,
} from '@valuation/appraisal/dto/appraisal.input.js';
import {
  AppraisalReportModel,
  type ConfidenceLevel,
  type MethodResultModel,
} from '@valuation/appraisal/dto/appraisal-report.model.js';

function distribution(input: DistributionInput): MonteCarloDistribution {
  switch (input.kind) {
    case DistributionKind.NORMAL:
      return { kind: 'NORMAL', sd: input.sd ?? '', mean: input.mean, min: input.min, max: input.max };
    case DistributionKind.TRIANGULAR:
      return { kind: 'TRIANGULAR', min: input.min ?? '', mode: input.mode, max: input.max ?? '' };
    case DistributionKind.UNIFORM:
      return { kind: 'UNIFORM', min: input.min ?? '', max: input.max ?? '' };
    default:
      throw new Error(`unknown distribution ${String(input.kind)}`);
  }
}

function monteCarlo(input: MonteCarloGqlInput): NonNullable<AppraisalRequest['monteCarlo']> {
  const distributions: Partial<Record<MonteCarloVariable, MonteCarloDistribution>> = {};
  for (const variable of ['growthRate', 'royaltyRate', 'discountRate', 'economicLifeYears'] as const) {
    const d = input[variable];
    if (d !== undefined && d !== null) distributions[variable] = distribution(d);
  }
  return { paths: input.paths, seed: input.seed, distributions };
}

export function toLenderPolicy(input: LenderPolicyInput): LenderPolicy {
  return {
    ltvCapByKind: {
      INVENTION: input.inventionLtvCap,
      UTILITY_MODEL: input.utilityModelLtvCap,
      DESIGN: input.designLtvCap,
      TRADEMARK: input.trademarkLtvCap,
    },
    ...(input.ltvCapByRemainingLife === undefined || input.ltvCapByRemainingLife === null
      ? {}
      : { ltvCapByRemainingLife: input.ltvCapByRemainingLife.map((t) => ({ minYears: t.minYears, cap: t.cap })) }),
    haircut: input.haircut,
    minRemainingLifeYears: input.minRemainingLifeYears,
  };
}

function obsolescence(cost: NonNullable<AppraisalAssumptionsInput['cost']>): Obsolescence {
  const physical =
    cost.physicalObsolescence ??
    (cost.elapsedYears !== undefined && cost.totalLifeYears !== undefined
      ? { elapsedYears: cost.elapsedYears, totalLifeYears: cost.totalLifeYears }
      : '');
  return { physical, functional: cost.functionalObsolescence, economic: cost.economicObsolescence };
}

/** GraphQL input (already validated field by field) -> the engine-facing request. */
export function toAppraisalRequest(
  input: AppraisalAssumptionsInput,
  extra: Pick<AppraisalRequest, 'remainingLegalYears' | 'kind' | 'lenderPolicy'> & {
    attributes?: AppraisalRequest['scorecard'];
  },
): AppraisalRequest {
  const orUndefined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
  const scorecard =
    input.scorecard === undefined || input.scorecard === null
      ? extra.attributes
      : {
          scenario: orUndefined(input.scorecard.scenario),
          // The legal life left is a scorecard attribute too; the analyst need not repeat it.
          attributes: {
            remainingLifeYears: extra.remainingLegalYears,
            ...extra.attributes?.attributes,
            ...stripNulls(input.scorecard.attributes ?? {}),
          },
          analystScores: Object.fromEntries(
            (input.scorecard.analystScores ?? []).map((a) => [a.indicator as ScorecardIndicator, a.score]),
          ),
        };
  return {
    currency: input.currency,
    remainingLegalYears: extra.remainingLegalYears,
    economicLifeYears: input.economicLifeYears,
    taxRate: input.taxRate,
    midYear: input.midYear,
    discountRate: orUndefined(input.discountRate),
    discountRateBuildUp:
      input.discountRateBuildUp === undefined || input.discountRateBuildUp === null
        ? undefined
        : { riskFreeRate: input.discountRateBuildUp.riskFreeRate, premiums: input.discountRateBuildUp.premiums },
    applyScorecardPremium: input.applyScorecardPremium,
    reliefFromRoyalty:
      input.reliefFromRoyalty === undefined || input.reliefFromRoyalty === null
        ? undefined
        : {
            revenues: orUndefined(input.reliefFromRoyalty.revenues),
            projection: orUndefined(input.reliefFromRoyalty.projection),
            royaltyRate: input.reliefFromRoyalty.royaltyRate,
          },
    incrementalIncome: orUndefined(input.incrementalIncome) ? stripNulls(input.incrementalIncome ?? {}) : undefined,
    profitSplit:
      input.profitSplit === undefined || input.profitSplit === null
        ? undefined
        : {
            licenseeProfits: input.profitSplit.licenseeProfits,
            splitRatio: orUndefined(input.profitSplit.splitRatio),
            equivalentInvestment: orUndefined(input.profitSplit.equivalentInvestment),
            profitsArePreTax: input.profitSplit.profitsArePreTax,
          },
    excessEarnings: orUndefined(input.excessEarnings) ? stripNulls(input.excessEarnings ?? {}) : undefined,
    cost:
      input.cost === undefined || input.cost === null
        ? undefined
        : {
            rdLabour: input.cost.rdLabour,
            expenses: input.cost.expenses,
            overhead: input.cost.overhead,
            profitRate: input.cost.profitRate,
            obsolescence: obsolescence(input.cost),
          },
    market:
      input.market === undefined || input.market === null
        ? undefined
        : {
            comparables: input.market.comparables.map((c) => ({
              reference: orUndefined(c.reference),
              price: c.price,
              adjustments: { technical: c.technical, economic: c.economic, legal: c.legal, time: c.time },
              ...(c.weight === undefined || c.weight === null ? {} : { weight: c.weight }),
            })),
          },
    realOption: orUndefined(input.realOption),
    scorecard,
    monteCarlo: input.monteCarlo === undefined || input.monteCarlo === null ? undefined : monteCarlo(input.monteCarlo),
    weights: input.weights?.map((w) => ({ method: w.method, weight: w.weight })),
    kind: extra.kind,
    lenderPolicy: extra.lenderPolicy,
  };
}

function stripNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

function money(amount: string, currency: string): MoneyModel {
  return MoneyModel.from(Money.of(amount, currency));
}

function methodModel(outcome: MethodOutcome, currency: string): MethodResultModel {
  const detail = outcome.detail as unknown as Record<string, unknown>;
  const income = 'incomePeriod' in outcome.detail ? outcome.detail : null;
  const years = income === null ? [] : (income.years as unknown as Record<string, string | number>[]);
  return {
    method: outcome.method as AppraisalMethodEnum,
    value: money(outcome.value, currency),
    confidence: outcome.confidence as ConfidenceLevel,
    incomePeriod: income === null ? null : { years: income.incomePeriod.years, cappedBy: income.incomePeriod.cappedBy },
    stoppedAtYear: income !== null && 'stoppedAtYear' in income ? income.stoppedAtYear : null,
    years: years.map((y) => {
      const { year, benefit, discountFactor, presentValue, ...inputs } = y;
      return {
        year: Number(year),
        benefit: new Decimal(String(benefit)),
        discountFactor: new Decimal(String(discountFactor)),
        presentValue: new Decimal(String(presentValue)),
        inputs,
      };
    }),
    detail,
  };
}

export function toReportModel(report: AppraisalReport): AppraisalReportModel {
  const c = report.currency;
  const r = report.reconciliation;
  return Object.assign(new AppraisalReportModel(), {
    currency: c,
    engineVersion: ENGINE_VERSION,
    discountRate:
      report.discountRate === null
        ? null
        : {
            base: new Decimal(report.discountRate.base),
            premium: new Decimal(report.discountRate.premium),
            effective: new Decimal(report.discountRate.effective),
            buildUp: report.discountRate.buildUp as unknown as Record<string, unknown> | null,
          },
    methods: report.methods.map((m) => methodModel(m, c)),
    scorecard:
      report.scorecard === null
        ? null
        : {
            scenario: report.scorecard.scenario,
            total: new Decimal(report.scorecard.total),
            grade: report.scorecard.grade,
            discountRatePremium: new Decimal(report.scorecard.discountRatePremium),
            confidence: report.scorecard.confidence as ConfidenceLevel,
            dimensions: report.scorecard.dimensions,
            indicators: report.scorecard.indicators,
            riskFlags: report.scorecard.riskFlags,
          },
    monteCarlo:
      report.monteCarlo === null
        ? null
        : {
            paths: report.monteCarlo.paths,
            seed: report.monteCarlo.seed,
            p10: money(report.monteCarlo.p10, c),
            p50: money(report.monteCarlo.p50, c),
            p90: money(report.monteCarlo.p90, c),
            mean: money(report.monteCarlo.mean, c),
            standardDeviation: new Decimal(report.monteCarlo.standardDeviation),
            standardError: new Decimal(report.monteCarlo.standardError),
            histogram: report.monteCarlo.histogram,
          },
    reconciliation: {
      value: money(r.value, c),
      low: money(r.low, c),
      high: money(r.high, c),
      confidence: r.confidence as ConfidenceLevel,
      notes: r.notes,
      methods: r.methods,
    },
    pledgeRecommendation:
      report.pledge === null
        ? null
        : {
            eligible: report.pledge.eligible,
            reasons: report.pledge.reasons,
            appliedLtv: new Decimal(report.pledge.appliedLtv),
            maxLoanAmount: money(report.pledge.maxLoanAmount, c),
            workings: report.pledge.workings,
          },
  });
}
