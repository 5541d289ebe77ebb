import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar, MoneyModel, type Decimal } from '@app/money';
import { JsonScalar } from '@app/platform';
import { AppraisalMethodEnum } from '@valuation/appraisal/dto/appraisal.input.js';

export enum ConfidenceLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(ConfidenceLevel, { name: 'ConfidenceLevel' });

@ObjectType('AppraisalYear', { description: 'One year of an income-method working' })
export class AppraisalYearModel {
  @Field(() => Int)
  year: number;

  @Field(() => DecimalScalar)
  benefit: Decimal;

  @Field(() => DecimalScalar, { description: 'End-of-year (or mid-year) discount factor' })
  discountFactor: Decimal;

  @Field(() => DecimalScalar)
  presentValue: Decimal;

  @Field(() => JsonScalar, { description: 'The year inputs (revenue, licensee profit, ...)' })
  inputs: Record<string, unknown>;
}

@ObjectType('AppraisalIncomePeriod')
export class AppraisalIncomePeriodModel {
  @Field(() => Int)
  years: number;

  @Field({ description: 'LEGAL_TERM or ECONOMIC_LIFE' })
  cappedBy: string;
}

@ObjectType('MethodResult', { description: "One method's value with its working" })
export class MethodResultModel {
  @Field(() => AppraisalMethodEnum)
  method: AppraisalMethodEnum;

  @Field(() => MoneyModel)
  value: MoneyModel;

  @Field(() => ConfidenceLevel)
  confidence: ConfidenceLevel;

  @Field(() => AppraisalIncomePeriodModel, {
    nullable: true,
    description: 'Income methods: which rule capped the period',
  })
  incomePeriod: AppraisalIncomePeriodModel | null;

  @Field(() => Int, { nullable: true, description: 'Income methods: the year a declining stream reached zero' })
  stoppedAtYear: number | null;

  @Field(() => [AppraisalYearModel], { description: 'Income methods: per-year working; empty otherwise' })
  years: AppraisalYearModel[];

  @Field(() => JsonScalar, { description: "The engine's full result" })
  detail: Record<string, unknown>;
}

@ObjectType('DiscountRateWorking')
export class DiscountRateModel {
  @Field(() => DecimalScalar)
  base: Decimal;

  @Field(() => DecimalScalar, { description: 'Scorecard premium added to the base rate' })
  premium: Decimal;

  @Field(() => DecimalScalar)
  effective: Decimal;

  @Field(() => JsonScalar, { nullable: true, description: 'Build-up components, when built up' })
  buildUp: Record<string, unknown> | null;
}

@ObjectType('ScorecardResult', { description: 'Indicator scorecard (GB/T 42748-2023 dimensions)' })
export class ScorecardModel {
  @Field()
  scenario: string;

  @Field(() => DecimalScalar, { description: '0-100' })
  total: Decimal;

  @Field({ description: 'A, B, C or D' })
  grade: string;

  @Field(() => DecimalScalar)
  discountRatePremium: Decimal;

  @Field(() => ConfidenceLevel)
  confidence: ConfidenceLevel;

  @Field(() => JsonScalar, { description: 'Dimension scores and weights' })
  dimensions: unknown;

  @Field(() => JsonScalar, { description: 'Indicator scores with source and reasons' })
  indicators: unknown;

  @Field(() => [String])
  riskFlags: string[];
}

@ObjectType('MonteCarloSummary')
export class MonteCarloModel {
  @Field(() => Int)
  paths: number;

  @Field(() => Int)
  seed: number;

  @Field(() => MoneyModel)
  p10: MoneyModel;

  @Field(() => MoneyModel)
  p50: MoneyModel;

  @Field(() => MoneyModel)
  p90: MoneyModel;

  @Field(() => MoneyModel)
  mean: MoneyModel;

  @Field(() => DecimalScalar)
  standardDeviation: Decimal;

  @Field(() => DecimalScalar)
  standardError: Decimal;

  @Field(() => JsonScalar)
  histogram: unknown;
}

@ObjectType('Reconciliation', { description: 'The methods reconciled into one appraised value' })
export class ReconciliationModel {
  @Field(() => MoneyModel)
  value: MoneyModel;

  @Field(() => MoneyModel)
  low: MoneyModel;

  @Field(() => MoneyModel)
  high: MoneyModel;

  @Field(() => ConfidenceLevel)
  confidence: ConfidenceLevel;

  @Field(() => [String])
  notes: string[];

  @Field(() => JsonScalar, { description: 'Weights and contributions per method' })
  methods: unknown;
}

@ObjectType('PledgeRecommendation', { description: 'Maximum loan under a lender policy' })
export class PledgeRecommendationModel {
  @Field()
  eligible: boolean;

  @Field(() => [String])
  reasons: string[];

  @Field(() => DecimalScalar)
  appliedLtv: Decimal;

  @Field(() => MoneyModel)
  maxLoanAmount: MoneyModel;

  @Field(() => JsonScalar)
  workings: unknown;
}

@ObjectType('AppraisalReport')
export class AppraisalReportModel {
  @Field()
  currency: string;

  @Field(() => DiscountRateModel, { nullable: true })
  discountRate: DiscountRateModel | null;

  @Field(() => [MethodResultModel])
  methods: MethodResultModel[];

  @Field(() => ScorecardModel, { nullable: true })
  scorecard: ScorecardModel | null;

  @Field(() => MonteCarloModel, { nullable: true })
  monteCarlo: MonteCarloModel | null;

  @Field(() => ReconciliationModel)
  reconciliation: ReconciliationModel;

  @Field(() => PledgeRecommendationModel, { nullable: true })
  pledgeRecommendation: PledgeRecommendationModel | null;

  @Field({ description: 'Engine version that produced the report' })
  engineVersion: string;
}
