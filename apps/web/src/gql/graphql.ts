/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcknowledgeableRisk =
  | 'INVALIDATION_PENDING';

export type AnalystScoreInput = {
  indicator: ScorecardIndicator;
  /** 0-100 */
  score: string;
};

export type ApplyForLoanInput = {
  /** Nominal annual rate as a fraction, 0 <= rate <= 10 (0.049 = 4.9 %) */
  annualRate: string;
  /** Must be the pledge's claim currency */
  currency?: string;
  dayCount?: DayCountConvention;
  /** Requested; the actual date is given on disbursement */
  disbursementDate?: string | null | undefined;
  /** A REGISTERED pledge of which your bank is the pledgee */
  pledgeId: string | number;
  /** Amount to lend, > 0, in whole minor units, at most the pledge's secured claim amount */
  principal: string;
  repaymentMethod: RepaymentMethod;
  /** Number of monthly instalments, 1..600 */
  termMonths: number;
};

export type AppraisalAssumptionsInput = {
  /** Add the scorecard grade's premium to the discount rate */
  applyScorecardPremium?: boolean;
  cost?: CostMethodInput | null | undefined;
  currency?: string;
  /** Discount rate as a fraction; or discountRateBuildUp */
  discountRate?: string | null | undefined;
  discountRateBuildUp?: DiscountRateBuildUpInput | null | undefined;
  /** Years the technology keeps earning */
  economicLifeYears: number;
  excessEarnings?: ExcessEarningsMethodInput | null | undefined;
  incrementalIncome?: IncrementalIncomeMethodInput | null | undefined;
  market?: MarketMethodInput | null | undefined;
  /** Mid-year instead of end-of-year discounting */
  midYear?: boolean;
  monteCarlo?: MonteCarloInput | null | undefined;
  profitSplit?: ProfitSplitMethodInput | null | undefined;
  realOption?: RealOptionMethodInput | null | undefined;
  reliefFromRoyalty?: ReliefFromRoyaltyMethodInput | null | undefined;
  scorecard?: ScorecardInput | null | undefined;
  /** Income tax rate as a fraction, 0 allowed */
  taxRate: string;
  weights?: Array<MethodWeightInput> | null | undefined;
};

export type AppraisalMethod =
  | 'COST'
  | 'EXCESS_EARNINGS'
  | 'INCREMENTAL_INCOME'
  | 'MARKET'
  | 'PROFIT_SPLIT'
  | 'REAL_OPTION'
  | 'RELIEF_FROM_ROYALTY';

export type ComparableInput = {
  economic: string;
  legal: string;
  price: string;
  reference?: string | null | undefined;
  /** Multiplicative factor, e.g. "1.10" */
  technical: string;
  time: string;
  weight?: string | null | undefined;
};

export type ContributoryAssetInput = {
  assetValue: string;
  name?: string | null | undefined;
  requiredReturn: string;
};

/** Replacement cost x (1 - physical) x (1 - functional) x (1 - economic) */
export type CostMethodInput = {
  economicObsolescence: string;
  elapsedYears?: number | null | undefined;
  expenses: string;
  functionalObsolescence: string;
  overhead: string;
  /** Physical obsolescence; or elapsed/total life */
  physicalObsolescence?: string | null | undefined;
  /** Reasonable profit as a rate on the cost */
  profitRate: string;
  rdLabour: string;
  totalLifeYears?: number | null | undefined;
};

export type CreateValuationInput = {
  assetId: string | number;
  /** The analyst's assumptions; legal life and attributes come from the registry */
  assumptions: AppraisalAssumptionsInput;
};

/** MONTHLY_30_360: annual / 12 a month; ACTUAL_360, ACTUAL_365: actual days over the basis */
export type DayCountConvention =
  | 'ACTUAL_360'
  | 'ACTUAL_365'
  | 'MONTHLY_30_360';

/** Risk-free rate plus risk premiums */
export type DiscountRateBuildUpInput = {
  premiums: Array<RiskPremiumInput>;
  riskFreeRate: string;
};

/** NORMAL (mean, sd, optional min/max), TRIANGULAR (min, mode, max) or UNIFORM (min, max) */
export type DistributionInput = {
  kind: DistributionKind;
  max?: string | null | undefined;
  mean?: string | null | undefined;
  min?: string | null | undefined;
  mode?: string | null | undefined;
  sd?: string | null | undefined;
};

export type DistributionKind =
  | 'NORMAL'
  | 'TRIANGULAR'
  | 'UNIFORM';

/** Split = IP equivalent / (IP equivalent + other equivalent) */
export type EquivalentInvestmentInput = {
  /** Cost-profit rate, e.g. "4" for 400 % */
  costProfitRate: string;
  ipReplacementCost: string;
  licenseeAssets: string;
  licenseeProfitRate: string;
};

/** Either excessIncomes, or operatingProfits with contributoryAssets */
export type ExcessEarningsMethodInput = {
  contributoryAssets?: Array<ContributoryAssetInput> | null | undefined;
  excessIncomes?: Array<string> | null | undefined;
  operatingProfits?: Array<string> | null | undefined;
};

/** Online (2 working days) or paper (5) */
export type FilingChannel =
  | 'ONLINE'
  | 'PAPER';

/** Either extraVolumes with unitMargins, or pricePremiums */
export type IncrementalIncomeMethodInput = {
  extraVolumes?: Array<string> | null | undefined;
  pricePremiums?: Array<string> | null | undefined;
  unitMargins?: Array<string> | null | undefined;
};

/** Invention, utility model or design patent, or trademark */
export type IpKind =
  | 'DESIGN'
  | 'INVENTION'
  | 'TRADEMARK'
  | 'UTILITY_MODEL';

export type IpLegalStatus =
  | 'EXPIRED'
  | 'FEE_GRACE'
  | 'GRANTED'
  | 'INVALIDATED'
  | 'LAPSED'
  | 'PENDING';

export type ListingFilter = {
  /** The pledgor's city */
  city?: string | null | undefined;
  /** Listings with an asset in an IPC class starting with this */
  ipcPrefix?: string | null | undefined;
  /** Listings with at least one asset of this kind */
  kind?: IpKind | null | undefined;
  maxAmount?: string | null | undefined;
  minAmount?: string | null | undefined;
  /** Every asset has at least this many days of protection left */
  minRemainingLifeDays?: number | null | undefined;
  /** Valuation total when listed, at least this */
  minValuation?: string | null | undefined;
  /** Effective status (EXPIRED once past expiresOn) */
  status?: ListingStatus | null | undefined;
};

/** OPEN, WITHDRAWN, ACCEPTED; EXPIRED once past its last day while still open */
export type ListingStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'OPEN'
  | 'WITHDRAWN';

/** REPAID: nothing owed; WRITTEN_OFF: a defaulted loan the lender wrote off; RESCHEDULED: replaced by a new loan */
export type LoanCloseReason =
  | 'REPAID'
  | 'RESCHEDULED'
  | 'WRITTEN_OFF';

/** SUBMITTED -> APPROVED -> ACTIVE (disbursed) -> CLOSED (repaid, written off or rescheduled) or OVERPAID (paid beyond what was owed); REJECTED, WITHDRAWN */
export type LoanStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'CLOSED'
  | 'OVERPAID'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type MakeOfferInput = {
  /** Loan amount offered, > 0 */
  amount: string;
  /** Nominal annual rate as a fraction, 0 < rate < 1 (e.g. 0.0435) */
  annualRate: string;
  conditions?: string | null | undefined;
  currency?: string;
  /** The offer lapses at this instant */
  expiresAt: string;
  listingId: string | number;
  /** Loan-to-value as a fraction, 0 < ltv <= 1 */
  ltv: string;
  repaymentMethod: RepaymentMethod;
  termMonths: number;
};

export type MarketMethodInput = {
  comparables: Array<ComparableInput>;
};

export type MethodWeightInput = {
  method: AppraisalMethod;
  weight: string;
};

/** Seeded simulation over growth, royalty, discount rate and life */
export type MonteCarloInput = {
  discountRate?: DistributionInput | null | undefined;
  economicLifeYears?: DistributionInput | null | undefined;
  growthRate?: DistributionInput | null | undefined;
  paths: number;
  royaltyRate?: DistributionInput | null | undefined;
  seed: number;
};

/** OPEN, WITHDRAWN, DECLINED, ACCEPTED; EXPIRED once past expiresAt while still open */
export type OfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'OPEN'
  | 'WITHDRAWN';

/** Pledgor (SME) or pledgee (bank) */
export type PledgeSide =
  | 'PLEDGEE'
  | 'PLEDGOR';

export type PledgeStatus =
  | 'CORRECTION_REQUESTED'
  | 'DEFAULTED'
  | 'DEREGISTERED'
  | 'DRAFT'
  | 'ENFORCING'
  | 'REALIZED'
  | 'REFUSED'
  | 'REGISTERED'
  | 'REVOKED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** INCLUDED (counted in the pool) | REJECTED (ineligible; see reasons) */
export type PoolCandidateStatus =
  | 'INCLUDED'
  | 'REJECTED';

export type ProfitSplitMethodInput = {
  equivalentInvestment?: EquivalentInvestmentInput | null | undefined;
  licenseeProfits: Array<string>;
  /** When true, the tax rate is applied to the split profit */
  profitsArePreTax: boolean;
  /** Given split; or equivalentInvestment */
  splitRatio?: string | null | undefined;
};

/** Black-Scholes call with delay-cost yield 1 / remaining life */
export type RealOptionMethodInput = {
  /** K: present value of the investment */
  investmentCost: string;
  /** S: present value of the cash flows */
  presentValueOfCashFlows: string;
  /** Continuously compounded */
  riskFreeRate: string;
  volatility: string;
};

/** Refusal grounds (DOMAIN.md), plus OTHER */
export type RefusalCode =
  | 'ALREADY_PLEDGED'
  | 'AMOUNT_NOT_POSITIVE'
  | 'ASSET_NOT_FOUND'
  | 'COURT_PRESERVATION'
  | 'CO_OWNER_CONSENT_MISSING'
  | 'CREDIT_LISTED'
  | 'DUE_DATE_AFTER_EXPIRY'
  | 'DUE_DATE_IN_PAST'
  | 'DUPLICATE_ASSET'
  | 'EXPIRED'
  | 'FEES_UNPAID'
  | 'FORFEITURE_CLAUSE'
  | 'INVALIDATED'
  | 'INVALIDATION_RISK_NOT_ACKNOWLEDGED'
  | 'LAPSED'
  | 'MANDATORY_CONTENT_MISSING'
  | 'NOT_GRANTED'
  | 'OTHER'
  | 'OWNERSHIP_DISPUTE'
  | 'PLEDGOR_NOT_OWNER';

export type ReliefFromRoyaltyMethodInput = {
  projection?: RevenueProjectionInput | null | undefined;
  /** Revenue per year, year 1 first */
  revenues?: Array<string> | null | undefined;
  /** Royalty as a fraction of revenue, 0-1 */
  royaltyRate: string;
};

export type RepaymentMethod =
  | 'ANNUITY'
  | 'EQUAL_PRINCIPAL'
  | 'FLAT'
  | 'INTEREST_ONLY_BULLET';

/** Revenue growing at a constant rate: base x (1 + g)^t */
export type RevenueProjectionInput = {
  baseRevenue: string;
  /** Yearly growth as a fraction, e.g. "0.05" */
  growthRate: string;
  years: number;
};

export type RiskAcknowledgementInput = {
  assetId: string | number;
  risk: AcknowledgeableRisk;
};

export type RiskPremiumInput = {
  name: string;
  rate: string;
};

/** Asset attributes; createValuation fills them from the registry */
export type ScorecardAttributesInput = {
  claimsCount?: number | null | undefined;
  countries?: number | null | undefined;
  courtPreservation?: boolean | null | undefined;
  familySize?: number | null | undefined;
  forwardCitations?: number | null | undefined;
  independentClaims?: number | null | undefined;
  invalidationPending?: boolean | null | undefined;
  licencesGranted?: number | null | undefined;
  litigationCount?: number | null | undefined;
  ownershipDispute?: boolean | null | undefined;
};

export type ScorecardIndicator =
  | 'ADVANCEMENT'
  | 'APPLICABILITY'
  | 'COMPETITION'
  | 'DEPENDENCY'
  | 'FAMILY_COVERAGE'
  | 'INFRINGEMENT_DETECTABILITY'
  | 'LICENSING'
  | 'MARKET_SHARE'
  | 'MARKET_SIZE'
  | 'MATURITY'
  | 'POLICY_FIT'
  | 'REMAINING_LIFE'
  | 'SCOPE'
  | 'STABILITY'
  | 'SUBSTITUTABILITY';

export type ScorecardInput = {
  analystScores?: Array<AnalystScoreInput> | null | undefined;
  attributes?: ScorecardAttributesInput | null | undefined;
  /** PLEDGE_FINANCE by default */
  scenario?: ScorecardScenario | null | undefined;
};

export type ScorecardScenario =
  | 'LICENSING'
  | 'PLEDGE_FINANCE'
  | 'TRANSFER';

export type SecuredClaimInput = {
  /** The secured amount, e.g. "5000000.00" */
  amount: string;
  /** ISO 4217, e.g. CNY */
  currency: string;
  /** E.g. LOAN, GUARANTEE_RECOURSE */
  type: string;
};

/** DRAFT while the arranger builds it */
export type SecuritizationPoolStatus =
  | 'DRAFT';

/** The joint application; it reaches the registrar once both parties submitted the same content */
export type SubmitPledgeApplicationInput = {
  acknowledgedRisks?: Array<RiskAcknowledgementInput> | null | undefined;
  /** A DRAFT or CORRECTION_REQUESTED application to sign */
  applicationId?: string | number | null | undefined;
  appraisalReference?: string | null | undefined;
  /** Appraised value of the assets, in the claim currency */
  appraisedValue?: string | null | undefined;
  assetIds: Array<string | number>;
  /** Party ids or credit codes of consenting co-owners */
  coOwnerConsents?: Array<string> | null | undefined;
  /** The debtor's repayment due date under the main contract */
  debtorDueDate: string;
  filingChannel?: FilingChannel | null | undefined;
  /** The asset passes to the pledgee on default: such contracts are refused */
  forfeitureClause: boolean;
  guaranteeScope: string;
  pledgeePartyId: string | number;
  pledgorPartyId: string | number;
  securedClaim: SecuredClaimInput;
};

export type BankPartyNameQueryVariables = Exact<{
  id: string | number;
}>;


export type BankPartyNameQuery = { party: { id: string, name: string } };

export type MakeOfferMutationVariables = Exact<{
  input: MakeOfferInput;
}>;


export type MakeOfferMutation = { makeOffer: { id: string, listingId: string, status: OfferStatus, annualRate: string, termMonths: number, expiresAt: string, amount: { amount: string, currency: string } } };

export type OpenListingsQueryVariables = Exact<{
  filter: ListingFilter;
}>;


export type OpenListingsQuery = { listings: { edges: Array<{ node: { id: string, termMonths: number, purpose: string, expiresOn: string | null, amount: { amount: string, currency: string }, pledgor: { id: string, name: string, city: string }, assets: Array<{ position: number, asset: { id: string, number: string, title: string, kind: IpKind, remainingLifeDays: number | null, latestValuation: { id: string, valuedAt: string, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null, staleness: { stale: boolean } } | null } }>, offers: Array<{ id: string, status: OfferStatus, annualRate: string, amount: { amount: string, currency: string } }> } }>, pageInfo: { hasNextPage: boolean } } };

export type ValueListedAssetMutationVariables = Exact<{
  input: CreateValuationInput;
}>;


export type ValueListedAssetMutation = { createValuation: { id: string, assetId: string, version: number, confidence: string | null, valuedAt: string, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null, staleness: { stale: boolean } } };

export type BankViewerPartyQueryVariables = Exact<{ [key: string]: never; }>;


export type BankViewerPartyQuery = { viewer: { party: { id: string } | null } };

export type BankLenderPolicyQueryVariables = Exact<{
  lenderId: string | number;
}>;


export type BankLenderPolicyQuery = { lenderPolicy: { version: number, inventionLtvCap: string, utilityModelLtvCap: string, designLtvCap: string, trademarkLtvCap: string, haircut: string, minRemainingLifeYears: number, validityMonths: number, ltvCapByRemainingLife: Array<{ minYears: number, cap: string }> } | null };

export type BankApproveLoanMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type BankApproveLoanMutation = { approveLoan: { id: string, status: LoanStatus } };

export type BankDisburseLoanMutationVariables = Exact<{
  id: string | number;
  on: string;
  key?: string | null | undefined;
}>;


export type BankDisburseLoanMutation = { disburseLoan: { id: string, status: LoanStatus, disbursedOn: string | null } };

export type BankPoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type BankPoolsQuery = { securitizationPools: Array<{ id: string, name: string, status: SecuritizationPoolStatus, currency: string, targetBalance: string | null, maxObligorShare: string | null, maxIndustryShare: string | null, maxCityShare: string | null, candidates: Array<{ id: string, status: PoolCandidateStatus }>, analytics: { balance: string, count: number, ltv: string | null, weightedAverageRate: string | null, weightedAverageRemainingMonths: string | null, weightedAverageRemainingPatentYears: string | null, byObligor: Array<{ key: string, share: string, balance: string }>, byIndustry: Array<{ key: string, share: string, balance: string }>, byCity: Array<{ key: string, share: string, balance: string }> } }> };

export type BankLoansQueryVariables = Exact<{ [key: string]: never; }>;


export type BankLoansQuery = { loans: { edges: Array<{ node: { id: string, pledgeId: string, status: LoanStatus, closeReason: LoanCloseReason | null, annualRate: string, termMonths: number, disbursedOn: string | null, overdueDays: number, defaultedOn: string | null, principal: { amount: string, currency: string }, outstandingPrincipal: { amount: string, currency: string }, nextDue: { dueDate: string, amount: { amount: string, currency: string } } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type BankPledgeLoansQueryVariables = Exact<{
  pledgeId: string | number;
}>;


export type BankPledgeLoansQuery = { loans: { edges: Array<{ node: { id: string, status: LoanStatus, annualRate: string, termMonths: number, principal: { amount: string, currency: string } } }> } };

export type BankApplyForLoanMutationVariables = Exact<{
  input: ApplyForLoanInput;
  key?: string | null | undefined;
}>;


export type BankApplyForLoanMutation = { applyForLoan: { id: string, status: LoanStatus } };

export type BankDeclarePledgeDefaultMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type BankDeclarePledgeDefaultMutation = { declarePledgeDefault: { id: string, status: PledgeStatus } };

export type BankReviewApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type BankReviewApplicationQuery = { viewer: { party: { id: string } | null }, pledgeApplication: { id: string, status: PledgeStatus, pledgorPartyId: string, pledgeePartyId: string, pledgeeSigned: boolean, pledgorSigned: boolean, awaitingSignatureOf: PledgeSide | null, claimType: string, debtorDueDate: string, guaranteeScope: string, forfeitureClause: boolean, filingChannel: FilingChannel, appraisalReference: string | null, coOwnerConsents: Array<string>, examinationDueDate: string | null, overdue: boolean, createdAt: string, updatedAt: string, registrationNumber: string | null, registeredOn: string | null, examinerNote: string | null, claimAmount: { amount: string, currency: string }, appraisedValue: { amount: string, currency: string } | null, acknowledgedRisks: Array<{ assetId: string, risk: AcknowledgeableRisk }>, refusalReasons: Array<{ code: RefusalCode, message: string, assetId: string | null }>, reviewFlags: Array<{ code: string, message: string }>, assets: Array<{ assetId: string, number: string, title: string, asset: { id: string, kind: IpKind, legalStatus: IpLegalStatus, expiryDate: string | null, remainingLifeDays: number | null, riskFlags: { invalidationPending: boolean, ownershipDispute: boolean, courtPreservation: boolean }, owners: Array<{ partyId: string | null, creditCode: string | null, name: string }>, latestValuation: { id: string, valuedAt: string, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null, staleness: { stale: boolean } } | null } | null }> } };

export type PatentOnRegisterQueryVariables = Exact<{
  patentNumber: string;
}>;


export type PatentOnRegisterQuery = { pledgeRegister: { edges: Array<{ node: { registrationNumber: string, status: PledgeStatus } }> } };

export type SignPledgeApplicationMutationVariables = Exact<{
  input: SubmitPledgeApplicationInput;
  key?: string | null | undefined;
}>;


export type SignPledgeApplicationMutation = { submitPledgeApplication: { accepted: boolean, awaitingSignatureOf: PledgeSide | null, reasons: Array<{ code: RefusalCode, message: string, assetId: string | null }>, reviewFlags: Array<{ code: string, message: string }>, application: { id: string, status: PledgeStatus, pledgeeSigned: boolean, pledgorSigned: boolean, awaitingSignatureOf: PledgeSide | null, examinationDueDate: string | null, overdue: boolean, updatedAt: string } | null } };

export type BankReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BankReviewQueueQuery = { pledgeApplications: { edges: Array<{ node: { id: string, status: PledgeStatus, pledgeeSigned: boolean, pledgorSigned: boolean, awaitingSignatureOf: PledgeSide | null, examinationDueDate: string | null, debtorDueDate: string, overdue: boolean, createdAt: string, updatedAt: string, registrationNumber: string | null, claimAmount: { amount: string, currency: string }, assets: Array<{ assetId: string, number: string, title: string }> } }>, pageInfo: { hasNextPage: boolean } } };

export type MyPartyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartyQuery = { viewer: { login: string, party: { id: string, name: string } | null } };

export type MyPatentsQueryVariables = Exact<{
  partyId: string | number;
}>;


export type MyPatentsQuery = { ipAssets: { edges: Array<{ node: { id: string, kind: IpKind, number: string, title: string, legalStatus: IpLegalStatus, expiryDate: string | null, riskFlags: { invalidationPending: boolean, ownershipDispute: boolean, courtPreservation: boolean }, latestValuation: { id: string, valuedAt: string, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null } | null } }>, pageInfo: { hasNextPage: boolean } } };


export const BankPartyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankPartyName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BankPartyNameQuery, BankPartyNameQueryVariables>;
export const MakeOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MakeOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MakeOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"makeOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<MakeOfferMutation, MakeOfferMutationVariables>;
export const OpenListingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenListings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"pledgor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"remainingLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OpenListingsQuery, OpenListingsQueryVariables>;
export const ValueListedAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValueListedAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateValuationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]}}]} as unknown as DocumentNode<ValueListedAssetMutation, ValueListedAssetMutationVariables>;
export const BankViewerPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankViewerParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BankViewerPartyQuery, BankViewerPartyQueryVariables>;
export const BankLenderPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankLenderPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lenderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lenderPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lenderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lenderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"inventionLtvCap"}},{"kind":"Field","name":{"kind":"Name","value":"utilityModelLtvCap"}},{"kind":"Field","name":{"kind":"Name","value":"designLtvCap"}},{"kind":"Field","name":{"kind":"Name","value":"trademarkLtvCap"}},{"kind":"Field","name":{"kind":"Name","value":"haircut"}},{"kind":"Field","name":{"kind":"Name","value":"minRemainingLifeYears"}},{"kind":"Field","name":{"kind":"Name","value":"validityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ltvCapByRemainingLife"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYears"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]}}]} as unknown as DocumentNode<BankLenderPolicyQuery, BankLenderPolicyQueryVariables>;
export const BankApproveLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankApproveLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BankApproveLoanMutation, BankApproveLoanMutationVariables>;
export const BankDisburseLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankDisburseLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disburseLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}}]}}]}}]} as unknown as DocumentNode<BankDisburseLoanMutation, BankDisburseLoanMutationVariables>;
export const BankPoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securitizationPools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"targetBalance"}},{"kind":"Field","name":{"kind":"Name","value":"maxObligorShare"}},{"kind":"Field","name":{"kind":"Name","value":"maxIndustryShare"}},{"kind":"Field","name":{"kind":"Name","value":"maxCityShare"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ltv"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAverageRemainingMonths"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAverageRemainingPatentYears"}},{"kind":"Field","name":{"kind":"Name","value":"byObligor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankPoolsQuery, BankPoolsQueryVariables>;
export const BankLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BankLoansQuery, BankLoansQueryVariables>;
export const BankPledgeLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankPledgeLoans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pledgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pledgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pledgeId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankPledgeLoansQuery, BankPledgeLoansQueryVariables>;
export const BankApplyForLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankApplyForLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForLoanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BankApplyForLoanMutation, BankApplyForLoanMutationVariables>;
export const BankDeclarePledgeDefaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankDeclarePledgeDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarePledgeDefault"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BankDeclarePledgeDefaultMutation, BankDeclarePledgeDefaultMutationVariables>;
export const BankReviewApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeePartyId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtorDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeScope"}},{"kind":"Field","name":{"kind":"Name","value":"forfeitureClause"}},{"kind":"Field","name":{"kind":"Name","value":"filingChannel"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReference"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOwnerConsents"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"examinerNote"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidationPending"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipDispute"}},{"kind":"Field","name":{"kind":"Name","value":"courtPreservation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staleness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankReviewApplicationQuery, BankReviewApplicationQueryVariables>;
export const PatentOnRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatentOnRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"patentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patentNumber"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatentOnRegisterQuery, PatentOnRegisterQueryVariables>;
export const SignPledgeApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignPledgeApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPledgeApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPledgeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SignPledgeApplicationMutation, SignPledgeApplicationMutationVariables>;
export const BankReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtorDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BankReviewQueueQuery, BankReviewQueueQueryVariables>;
export const MyPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyPartyQuery, MyPartyQueryVariables>;
export const MyPatentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPatents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerPartyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidationPending"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipDispute"}},{"kind":"Field","name":{"kind":"Name","value":"courtPreservation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyPatentsQuery, MyPatentsQueryVariables>;