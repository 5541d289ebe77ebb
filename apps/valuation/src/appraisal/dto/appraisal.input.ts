import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DecimalInputField } from '@app/platform';

/** Streams are bounded: a patent's term is at most 20 years; 100 covers any trademark projection. */
const MAX_YEARS = 100;

export enum AppraisalMethodEnum {
  RELIEF_FROM_ROYALTY = 'RELIEF_FROM_ROYALTY',
  INCREMENTAL_INCOME = 'INCREMENTAL_INCOME',
  PROFIT_SPLIT = 'PROFIT_SPLIT',
  EXCESS_EARNINGS = 'EXCESS_EARNINGS',
  COST = 'COST',
  MARKET = 'MARKET',
  REAL_OPTION = 'REAL_OPTION',
}
registerEnumType(AppraisalMethodEnum, { name: 'AppraisalMethod' });

export enum ScorecardScenarioEnum {
  PLEDGE_FINANCE = 'PLEDGE_FINANCE',
  TRANSFER = 'TRANSFER',
  LICENSING = 'LICENSING',
}
registerEnumType(ScorecardScenarioEnum, { name: 'ScorecardScenario' });

export enum ScorecardIndicatorEnum {
  STABILITY = 'STABILITY',
  SCOPE = 'SCOPE',
  REMAINING_LIFE = 'REMAINING_LIFE',
  DEPENDENCY = 'DEPENDENCY',
  INFRINGEMENT_DETECTABILITY = 'INFRINGEMENT_DETECTABILITY',
  FAMILY_COVERAGE = 'FAMILY_COVERAGE',
  LICENSING = 'LICENSING',
  ADVANCEMENT = 'ADVANCEMENT',
  MATURITY = 'MATURITY',
  SUBSTITUTABILITY = 'SUBSTITUTABILITY',
  APPLICABILITY = 'APPLICABILITY',
  MARKET_SIZE = 'MARKET_SIZE',
  MARKET_SHARE = 'MARKET_SHARE',
  COMPETITION = 'COMPETITION',
  POLICY_FIT = 'POLICY_FIT',
}
registerEnumType(ScorecardIndicatorEnum, { name: 'ScorecardIndicator' });

export enum DistributionKind {
  NORMAL = 'NORMAL',
  TRIANGULAR = 'TRIANGULAR',
  UNIFORM = 'UNIFORM',
}
registerEnumType(DistributionKind, { name: 'DistributionKind' });

export enum IpKindInput {
  INVENTION = 'INVENTION',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN = 'DESIGN',
  TRADEMARK = 'TRADEMARK',
}
registerEnumType(IpKindInput, { name: 'AppraisedIpKind' });

@InputType('RevenueProjectionInput', { description: 'Revenue growing at a constant rate: base x (1 + g)^t' })
export class RevenueProjectionInput {
  @DecimalInputField()
  baseRevenue: string;

  @DecimalInputField({ description: 'Yearly growth as a fraction, e.g. "0.05"' })
  growthRate: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_YEARS)
  years: number;
}

@InputType('ReliefFromRoyaltyMethodInput')
export class ReliefFromRoyaltyMethodInput {
  @DecimalInputField({ list: true, nullable: true, description: 'Revenue per year, year 1 first' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_YEARS)
  revenues?: string[];

  @Field(() => RevenueProjectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RevenueProjectionInput)
  projection?: RevenueProjectionInput;

  @DecimalInputField({ description: 'Royalty as a fraction of revenue, 0-1' })
  royaltyRate: string;
}

@InputType('IncrementalIncomeMethodInput', { description: 'Either extraVolumes with unitMargins, or pricePremiums' })
export class IncrementalIncomeMethodInput {
  @DecimalInputField({ list: true, nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_YEARS)
  extraVolumes?: string[];

  @DecimalInputField({ list: true, nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_YEARS)
  unitMargins?: string[];

  @DecimalInputField({ list: true, nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_YEARS)
  pricePremiums?: string[];
}

@InputType('EquivalentInvestmentInput', { description: 'Split = IP equivalent / (IP equivalent + other equivalent)' })
export class EquivalentInvestmentGqlInput {
  @DecimalInputField()
  ipReplacementCost: string;

  @DecimalInputField({ description: 'Cost-profit rate, e.g. "4" for 400 %' })
  costProfitRate: string;

  @DecimalInputField()
  licenseeAssets: string;

  @DecimalInputField()
  licenseeProfitRate: string;
}

@InputType('ProfitSplitMethodInput')
export class ProfitSplitMethodInput {
  @DecimalInputField({ list: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_YEARS)
  licenseeProfits: string[];

  @DecimalInputField({ nullable: true, description: 'Given split; or equivalentInvestment' })
  @IsOptional()
  splitRatio?: string;

  @Field(() => EquivalentInvestmentGqlInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EquivalentInvestmentGqlInput)
  equivalentInvestment?: EquivalentInvestmentGqlInput;

  @Field({ description: 'When true, the tax rate is applied to the split profit' })
  @IsBoolean()
  profitsArePreTax: boolean;
}

@InputType('ContributoryAssetInput')
export class ContributoryAssetInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @DecimalInputField()
  assetValue: string;

  @DecimalInputField()
  requiredReturn: string;
}

@InputType('ExcessEarningsMethodInput', {
  description: 'Either excessIncomes, or operatingProfits with contributoryAssets',
})
export class ExcessEarningsMethodInput {
  @DecimalInputField({ list: true, nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_YEARS)
  excessIncomes?: string[];

  @DecimalInputField({ list: true, nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_YEARS)
  operatingProfits?: string[];

  @Field(() => [ContributoryAssetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContributoryAssetInput)
  contributoryAssets?: ContributoryAssetInput[];
}

@InputType('CostMethodInput', { description: 'Replacement cost x (1 - physical) x (1 - functional) x (1 - economic)' })
export class CostMethodInput {
  @DecimalInputField()
  rdLabour: string;

  @DecimalInputField()
  expenses: string;

  @DecimalInputField()
  overhead: string;

  @DecimalInputField({ description: 'Reasonable profit as a rate on the cost' })
  profitRate: string;

  @DecimalInputField({ nullable: true, description: 'Physical obsolescence; or elapsed/total life' })
  @IsOptional()
  physicalObsolescence?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_YEARS)
  elapsedYears?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(MAX_YEARS)
  totalLifeYears?: number;

  @DecimalInputField()
  functionalObsolescence: string;

  @DecimalInputField()
  economicObsolescence: string;
}

@InputType('ComparableInput')
export class ComparableInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @DecimalInputField()
  price: string;

  @DecimalInputField({ description: 'Multiplicative factor, e.g. "1.10"' })
  technical: string;

  @DecimalInputField()
  economic: string;

  @DecimalInputField()
  legal: string;

  @DecimalInputField()
  time: string;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  weight?: string;
}

@InputType('MarketMethodInput')
export class MarketMethodInput {
  @Field(() => [ComparableInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ComparableInput)
  comparables: ComparableInput[];
}

@InputType('RealOptionMethodInput', { description: 'Black-Scholes call with delay-cost yield 1 / remaining life' })
export class RealOptionMethodInput {
  @DecimalInputField({ description: 'S: present value of the cash flows' })
  presentValueOfCashFlows: string;

  @DecimalInputField({ description: 'K: present value of the investment' })
  investmentCost: string;

  @DecimalInputField()
  volatility: string;

  @DecimalInputField({ description: 'Continuously compounded' })
  riskFreeRate: string;
}

@InputType('RiskPremiumInput')
export class RiskPremiumInput {
  @Field()
  @IsString()
  @MaxLength(100)
  name: string;

  @DecimalInputField()
  rate: string;
}

@InputType('DiscountRateBuildUpInput', { description: 'Risk-free rate plus risk premiums' })
export class DiscountRateBuildUpInput {
  @DecimalInputField()
  riskFreeRate: string;

  @Field(() => [RiskPremiumInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RiskPremiumInput)
  premiums: RiskPremiumInput[];
}

@InputType('AnalystScoreInput')
export class AnalystScoreInput {
  @Field(() => ScorecardIndicatorEnum)
  indicator: ScorecardIndicatorEnum;

  @DecimalInputField({ description: '0-100' })
  score: string;
}

@InputType('ScorecardAttributesInput', {
  description: 'Asset attributes; createValuation fills them from the registry',
})
export class ScorecardAttributesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  claimsCount?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  independentClaims?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  forwardCitations?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  familySize?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  countries?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  licencesGranted?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  litigationCount?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  invalidationPending?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ownershipDispute?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  courtPreservation?: boolean;
}

@InputType('ScorecardInput')
export class ScorecardGqlInput {
  @Field(() => ScorecardScenarioEnum, { nullable: true, description: 'PLEDGE_FINANCE by default' })
  @IsOptional()
  @IsIn(Object.values(ScorecardScenarioEnum))
  scenario?: ScorecardScenarioEnum;

  @Field(() => ScorecardAttributesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScorecardAttributesInput)
  attributes?: ScorecardAttributesInput;

  @Field(() => [AnalystScoreInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => AnalystScoreInput)
  analystScores?: AnalystScoreInput[];
}

@InputType('DistributionInput', {
  description: 'NORMAL (mean, sd, optional min/max), TRIANGULAR (min, mode, max) or UNIFORM (min, max)',
})
export class DistributionInput {
  @Field(() => DistributionKind)
  kind: DistributionKind;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  mean?: string;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  sd?: string;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  min?: string;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  mode?: string;

  @DecimalInputField({ nullable: true })
  @IsOptional()
  max?: string;
}

@InputType('MonteCarloInput', { description: 'Seeded simulation over growth, royalty, discount rate and life' })
export class MonteCarloGqlInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  paths: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(4_294_967_295)
  seed: number;

  @Field(() => DistributionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DistributionInput)
  growthRate?: DistributionInput;

  @Field(() => DistributionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DistributionInput)
  royaltyRate?: DistributionInput;

  @Field(() => DistributionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DistributionInput)
  discountRate?: DistributionInput;

  @Field(() => DistributionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DistributionInput)
  economicLifeYears?: DistributionInput;
}

@InputType('MethodWeightInput')
export class MethodWeightInput {
  @Field(() => AppraisalMethodEnum)
  method: AppraisalMethodEnum;

  @DecimalInputField()
  weight: string;
}

@InputType('LtvLifeTierInput')
export class LtvLifeTierInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minYears: number;

  @DecimalInputField()
  cap: string;
}

@InputType('LenderPolicyInput', { description: 'LTV caps by kind and remaining life, haircut, minimum remaining life' })
export class LenderPolicyInput {
  @DecimalInputField()
  inventionLtvCap: string;

  @DecimalInputField()
  utilityModelLtvCap: string;

  @DecimalInputField()
  designLtvCap: string;

  @DecimalInputField()
  trademarkLtvCap: string;

  @Field(() => [LtvLifeTierInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LtvLifeTierInput)
  ltvCapByRemainingLife?: LtvLifeTierInput[];

  @DecimalInputField()
  haircut: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minRemainingLifeYears: number;

  @Field(() => Int, { nullable: true, description: 'Months a valuation stays current (default 12)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  validityMonths?: number;
}

/** Shared by the calculator and stored valuations. */
@InputType('AppraisalAssumptionsInput')
export class AppraisalAssumptionsInput {
  @Field({ defaultValue: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as CNY' })
  currency: string;

  @Field(() => Float, { description: 'Years the technology keeps earning' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(MAX_YEARS)
  economicLifeYears: number;

  @DecimalInputField({ description: 'Income tax rate as a fraction, 0 allowed' })
  taxRate: string;

  @Field({ defaultValue: false, description: 'Mid-year instead of end-of-year discounting' })
  @IsBoolean()
  midYear: boolean;

  @DecimalInputField({ nullable: true, description: 'Discount rate as a fraction; or discountRateBuildUp' })
  @IsOptional()
  discountRate?: string;

  @Field(() => DiscountRateBuildUpInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DiscountRateBuildUpInput)
  discountRateBuildUp?: DiscountRateBuildUpInput;

  @Field({ defaultValue: true, description: "Add the scorecard grade's premium to the discount rate" })
  @IsBoolean()
  applyScorecardPremium: boolean;

  @Field(() => ReliefFromRoyaltyMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReliefFromRoyaltyMethodInput)
  reliefFromRoyalty?: ReliefFromRoyaltyMethodInput;

  @Field(() => IncrementalIncomeMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncrementalIncomeMethodInput)
  incrementalIncome?: IncrementalIncomeMethodInput;

  @Field(() => ProfitSplitMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfitSplitMethodInput)
  profitSplit?: ProfitSplitMethodInput;

  @Field(() => ExcessEarningsMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExcessEarningsMethodInput)
  excessEarnings?: ExcessEarningsMethodInput;

  @Field(() => CostMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostMethodInput)
  cost?: CostMethodInput;

  @Field(() => MarketMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MarketMethodInput)
  market?: MarketMethodInput;

  @Field(() => RealOptionMethodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RealOptionMethodInput)
  realOption?: RealOptionMethodInput;

  @Field(() => ScorecardGqlInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScorecardGqlInput)
  scorecard?: ScorecardGqlInput;

  @Field(() => MonteCarloGqlInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MonteCarloGqlInput)
  monteCarlo?: MonteCarloGqlInput;

  @Field(() => [MethodWeightInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => MethodWeightInput)
  weights?: MethodWeightInput[];
}

@InputType('ValuationEstimateInput', { description: 'A calculation on fully explicit inputs; nothing is stored' })
export class ValuationEstimateInput extends AppraisalAssumptionsInput {
  @Field(() => Float, { description: 'Years of legal protection left' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(MAX_YEARS)
  remainingLegalYears: number;

  @Field(() => IpKindInput, { nullable: true, description: 'Needed with a lender policy' })
  @IsOptional()
  @IsIn(Object.values(IpKindInput))
  kind?: IpKindInput;

  @Field(() => LenderPolicyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LenderPolicyInput)
  lenderPolicy?: LenderPolicyInput;
}
