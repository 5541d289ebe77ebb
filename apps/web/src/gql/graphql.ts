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

export type ConfidenceLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

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

export type CreateListingInput = {
  /** Financing sought, > 0 */
  amountSought: string;
  /** The assets offered as collateral, owned by your enterprise */
  assetIds: Array<string | number>;
  currency?: string;
  /** Last day offers are taken; none = until withdrawn */
  expiresOn?: string | null | undefined;
  /** Lenders who may see an INVITED listing */
  invitedLenderIds?: Array<string | number> | null | undefined;
  purpose: string;
  termMonths: number;
  visibility?: ListingVisibility;
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

export type DeregistrationReason =
  | 'MAIN_CONTRACT_VOID'
  | 'OTHER'
  | 'REALIZED'
  | 'REPAID'
  | 'WAIVED';

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

export type ExaminationDecisionInput = {
  note?: string | null | undefined;
  outcome: ExaminationOutcome;
  /** REFUSE: at least one; OTHER needs a note */
  reasons?: Array<RefusalCode> | null | undefined;
};

export type ExaminationOutcome =
  | 'REFUSE'
  | 'REGISTER'
  | 'REQUEST_CORRECTION';

/** Either excessIncomes, or operatingProfits with contributoryAssets */
export type ExcessEarningsMethodInput = {
  contributoryAssets?: Array<ContributoryAssetInput> | null | undefined;
  excessIncomes?: Array<string> | null | undefined;
  operatingProfits?: Array<string> | null | undefined;
};

/** CSV: RFC 4180, UTF-8 with BOM, CRLF. XLSX: an Office Open XML workbook of one sheet */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

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

/** PUBLIC: every lender; INVITED: only the invited lenders */
export type ListingVisibility =
  | 'INVITED'
  | 'PUBLIC';

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

export type PledgeRegisterFilter = {
  /** Part of the pledgor or pledgee name */
  partyName?: string | null | undefined;
  /** Exact patent number, e.g. CN202110123456.7 */
  patentNumber?: string | null | undefined;
  registeredFrom?: string | null | undefined;
  registeredTo?: string | null | undefined;
  status?: PledgeStatus | null | undefined;
};

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

/** Whether the run-rate projection reaches the target (NO_TARGET when none is set) */
export type ProgramTrack =
  | 'AT_RISK'
  | 'NO_TARGET'
  | 'ON_TRACK';

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

export type RepaymentScheduleInput = {
  /** Nominal annual rate as a fraction, 0 <= rate <= 10 (0.049 = 4.9 %); a rate quoted per month is stated times 12 (20 % a month = 2.40) */
  annualRate: string;
  currency?: string;
  dayCount?: DayCountConvention;
  disbursementDate: string;
  /** Defaults to one month after disbursement; at most two months after it */
  firstDueDate?: string | null | undefined;
  /** Amount disbursed, > 0, in whole minor units, e.g. "1000000.00" */
  principal: string;
  repaymentMethod: RepaymentMethod;
  rounding?: RoundingRule;
  /** Number of monthly instalments, 1..600 */
  termMonths: number;
};

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

/** FILED -> PAID (approved, the fund's part paid from the balance) | REJECTED */
export type RiskFundClaimStatus =
  | 'FILED'
  | 'PAID'
  | 'REJECTED';

/** CONTRIBUTION (+, capital paid in), PAYOUT (-, fund part of a claim), RECOVERY (+, paid back) */
export type RiskFundEntryKind =
  | 'CONTRIBUTION'
  | 'PAYOUT'
  | 'RECOVERY';

export type RiskPremiumInput = {
  name: string;
  rate: string;
};

/** Rounding of each part to minor units */
export type RoundingRule =
  | 'HALF_EVEN'
  | 'HALF_UP';

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

/** COMPUTED (a draft a recomputation replaces) -> APPROVED -> PAID; or REJECTED */
export type SubsidyClaimStatus =
  | 'APPROVED'
  | 'COMPUTED'
  | 'PAID'
  | 'REJECTED';

/** INTEREST_LPR_SHARE: share of interest at the 1-year LPR on the outstanding principal; INTEREST_PAID_SHARE: share of interest paid; APPRAISAL_FEE, INSURANCE_PREMIUM: share of the fee the bank reported */
export type SubsidyKind =
  | 'APPRAISAL_FEE'
  | 'INSURANCE_PREMIUM'
  | 'INTEREST_LPR_SHARE'
  | 'INTEREST_PAID_SHARE';

/** The borrower against the IP credit list when the claim was computed */
export type SubsidyScreening =
  | 'CLEAR'
  | 'LISTED_BLOCKED'
  | 'LISTED_IGNORED'
  | 'LISTED_REVIEW';

export type ValuationMethod =
  | 'RECONCILED'
  | 'RELIEF_FROM_ROYALTY';

export type SignPledgeApplicationMutationVariables = Exact<{
  input: SubmitPledgeApplicationInput;
  key?: string | null | undefined;
}>;


export type SignPledgeApplicationMutation = { submitPledgeApplication: { accepted: boolean, awaitingSignatureOf: PledgeSide | null, reasons: Array<{ code: RefusalCode, message: string, assetId: string | null }>, reviewFlags: Array<{ code: string, message: string }>, application: { id: string, status: PledgeStatus, pledgorSigned: boolean, pledgeeSigned: boolean, awaitingSignatureOf: PledgeSide | null, examinationDueDate: string | null, overdue: boolean, updatedAt: string } | null } };

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

export type BankReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BankReviewQueueQuery = { pledgeApplications: { edges: Array<{ node: { id: string, status: PledgeStatus, pledgeeSigned: boolean, pledgorSigned: boolean, awaitingSignatureOf: PledgeSide | null, examinationDueDate: string | null, debtorDueDate: string, overdue: boolean, createdAt: string, updatedAt: string, registrationNumber: string | null, claimAmount: { amount: string, currency: string }, assets: Array<{ assetId: string, number: string, title: string }> } }>, pageInfo: { hasNextPage: boolean } } };

export type LenderNameQueryVariables = Exact<{
  id: string | number;
}>;


export type LenderNameQuery = { party: { id: string, name: string } };

export type ProgramDashboardQueryVariables = Exact<{
  city: string;
  year: number;
  district?: string | null | undefined;
  park?: string | null | undefined;
}>;


export type ProgramDashboardQuery = { programDashboard: { city: string, district: string | null, park: string | null, year: number, track: ProgramTrack, elapsedFraction: string, enterprisesServed: number, growth: string | null, total: { amount: string, registrations: number }, projection: { amount: string, registrations: number } | null, target: { id: string, targetAmount: string, targetRegistrations: number } | null, quarters: Array<{ quarter: number, amount: string, registrations: number }>, byDistrict: Array<{ district: string, park: string | null, amount: string, registrations: number, loanAmount: string, loans: number }>, byLender: Array<{ key: string, amount: string, registrations: number }>, byIpcSection: Array<{ key: string, amount: string, registrations: number }> } };

export type ProgramDashboardExportQueryVariables = Exact<{
  city: string;
  year: number;
  format: ExportFormat;
  district?: string | null | undefined;
  park?: string | null | undefined;
}>;


export type ProgramDashboardExportQuery = { programDashboardExport: { filename: string, contentType: string, content: string, rows: number, complete: boolean } };

export type CityRiskFundsQueryVariables = Exact<{
  city?: string | null | undefined;
}>;


export type CityRiskFundsQuery = { riskFunds: Array<{ id: string, name: string, city: string, currency: string, balance: string, capacity: string, coveredOutstanding: string, commitments: string | null, leverage: string | null, leverageLimit: string, currentRatio: { id: string, fundPart: string, bankPart: string, insurerPart: string, appraiserPart: string } | null }> };

export type RiskFundLedgerPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RiskFundLedgerPageQuery = { riskFund: { id: string, ledger: { edges: Array<{ node: { id: string, seq: number, kind: RiskFundEntryKind, amount: string, balanceAfter: string, bookedOn: string, note: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type FundClaimsQueryVariables = Exact<{
  fundId: string | number;
}>;


export type FundClaimsQuery = { riskFundClaims: { edges: Array<{ node: { id: string, loanId: string, lenderPartyId: string, lossDate: string, loss: string, outstandingClaim: string, realizedAmount: string, fundPart: string, bankPart: string, currency: string, status: RiskFundClaimStatus, createdAt: string } }>, pageInfo: { hasNextPage: boolean } } };

export type RiskFundLedgerExportQueryVariables = Exact<{
  fundId: string | number;
  format: ExportFormat;
}>;


export type RiskFundLedgerExportQuery = { riskFundLedgerExport: { filename: string, contentType: string, content: string, rows: number, complete: boolean } };

export type ApproveRiskFundClaimMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ApproveRiskFundClaimMutation = { approveRiskFundClaim: { id: string, status: RiskFundClaimStatus } };

export type RejectRiskFundClaimMutationVariables = Exact<{
  id: string | number;
  note: string;
  idempotencyKey?: string | null | undefined;
}>;


export type RejectRiskFundClaimMutation = { rejectRiskFundClaim: { id: string, status: RiskFundClaimStatus } };

export type SubsidyClaimRowFragment = { id: string, loanId: string, borrowerPartyId: string, kind: SubsidyKind, quarter: number, periodStart: string, periodEnd: string, baseAmount: string, rate: string, computedAmount: string, cappedAmount: string, capNote: string | null, screening: SubsidyScreening, status: SubsidyClaimStatus, paidOn: string | null, rejectionReason: string | null, reviewNote: string | null };

export type SubsidyClaimsQueryVariables = Exact<{
  city: string;
  year: number;
  quarter?: number | null | undefined;
}>;


export type SubsidyClaimsQuery = { claims: { edges: Array<{ node: { id: string, loanId: string, borrowerPartyId: string, kind: SubsidyKind, quarter: number, periodStart: string, periodEnd: string, baseAmount: string, rate: string, computedAmount: string, cappedAmount: string, capNote: string | null, screening: SubsidyScreening, status: SubsidyClaimStatus, paidOn: string | null, rejectionReason: string | null, reviewNote: string | null } }>, pageInfo: { hasNextPage: boolean }, totals: { count: number, computedAmount: string, cappedAmount: string } }, q1: { totals: { count: number, computedAmount: string, cappedAmount: string } }, q2: { totals: { count: number, computedAmount: string, cappedAmount: string } }, q3: { totals: { count: number, computedAmount: string, cappedAmount: string } }, q4: { totals: { count: number, computedAmount: string, cappedAmount: string } } };

export type SubsidyClaimsExportQueryVariables = Exact<{
  city: string;
  year: number;
  quarter?: number | null | undefined;
  format: ExportFormat;
}>;


export type SubsidyClaimsExportQuery = { subsidyClaimsExport: { filename: string, contentType: string, content: string, rows: number, complete: boolean } };

export type ComputeSubsidyClaimsMutationVariables = Exact<{
  city: string;
  year: number;
  quarter: number;
  idempotencyKey?: string | null | undefined;
}>;


export type ComputeSubsidyClaimsMutation = { computeSubsidyClaims: { computed: number, heldForReview: number, rejected: number, final: number, cappedAmount: string } };

export type ApproveSubsidyClaimsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  note?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ApproveSubsidyClaimsMutation = { approveSubsidyClaims: Array<{ id: string, loanId: string, borrowerPartyId: string, kind: SubsidyKind, quarter: number, periodStart: string, periodEnd: string, baseAmount: string, rate: string, computedAmount: string, cappedAmount: string, capNote: string | null, screening: SubsidyScreening, status: SubsidyClaimStatus, paidOn: string | null, rejectionReason: string | null, reviewNote: string | null }> };

export type RejectSubsidyClaimMutationVariables = Exact<{
  id: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type RejectSubsidyClaimMutation = { rejectSubsidyClaim: { id: string, loanId: string, borrowerPartyId: string, kind: SubsidyKind, quarter: number, periodStart: string, periodEnd: string, baseAmount: string, rate: string, computedAmount: string, cappedAmount: string, capNote: string | null, screening: SubsidyScreening, status: SubsidyClaimStatus, paidOn: string | null, rejectionReason: string | null, reviewNote: string | null } };

export type PaySubsidyClaimsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  paidOn: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PaySubsidyClaimsMutation = { paySubsidyClaims: Array<{ id: string, loanId: string, borrowerPartyId: string, kind: SubsidyKind, quarter: number, periodStart: string, periodEnd: string, baseAmount: string, rate: string, computedAmount: string, cappedAmount: string, capNote: string | null, screening: SubsidyScreening, status: SubsidyClaimStatus, paidOn: string | null, rejectionReason: string | null, reviewNote: string | null }> };

export type ProgramViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramViewerQuery = { viewer: { login: string, party: { id: string, name: string, city: string } | null } };

export type PledgeRegisterQueryVariables = Exact<{
  filter?: PledgeRegisterFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PledgeRegisterQuery = { pledgeRegister: { edges: Array<{ node: { registrationNumber: string, registeredOn: string, status: PledgeStatus, pledgorName: string, pledgeeName: string, mainIpcClass: string | null, patents: Array<{ number: string, title: string, grantDate: string | null, mainIpc: string | null }>, changes: Array<{ date: string, type: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PledgeRegisterExportQueryVariables = Exact<{
  filter?: PledgeRegisterFilter | null | undefined;
}>;


export type PledgeRegisterExportQuery = { pledgeRegisterExport: { filename: string, contentType: string, content: string, rows: number, complete: boolean } };

export type DeregisterPledgeMutationVariables = Exact<{
  id: string | number;
  reason: DeregistrationReason;
  date?: string | null | undefined;
  note?: string | null | undefined;
  key?: string | null | undefined;
}>;


export type DeregisterPledgeMutation = { deregisterPledge: { id: string, status: PledgeStatus, deregistrationReason: DeregistrationReason | null, endedOn: string | null } };

export type PledgeFileQueryVariables = Exact<{
  id: string | number;
}>;


export type PledgeFileQuery = { pledgeApplication: { id: string, status: PledgeStatus, version: number, registrationNumber: string | null, registeredOn: string | null, endedOn: string | null, deregistrationReason: DeregistrationReason | null, filingChannel: FilingChannel, createdAt: string, submittedAt: string | null, examinationDueDate: string | null, overdue: boolean, examinedAt: string | null, examinerNote: string | null, pledgorPartyId: string, pledgeePartyId: string, pledgorSigned: boolean, pledgeeSigned: boolean, awaitingSignatureOf: PledgeSide | null, claimType: string, debtorDueDate: string, guaranteeScope: string, forfeitureClause: boolean, appraisalReference: string | null, coOwnerConsents: Array<string>, claimAmount: { amount: string, currency: string }, appraisedValue: { amount: string, currency: string } | null, acknowledgedRisks: Array<{ assetId: string, risk: AcknowledgeableRisk }>, assets: Array<{ position: number, assetId: string, number: string, title: string, filingDate: string, grantDate: string | null, asset: { id: string, kind: IpKind, legalStatus: IpLegalStatus, expiryDate: string | null, riskFlags: { invalidationPending: boolean, ownershipDispute: boolean, courtPreservation: boolean } } | null }>, reviewFlags: Array<{ code: string, message: string, partyId: string }>, refusalReasons: Array<{ code: RefusalCode, message: string, assetId: string | null, field: string | null }> } };

export type PledgePartiesQueryVariables = Exact<{
  pledgor: string | number;
  pledgee: string | number;
}>;


export type PledgePartiesQuery = { pledgor: { id: string, name: string, city: string, creditCode: string | null }, pledgee: { id: string, name: string, city: string, creditCode: string | null } };

export type ExaminationQueueQueryVariables = Exact<{
  overdueAfter?: string | null | undefined;
  awaitingAfter?: string | null | undefined;
}>;


export type ExaminationQueueQuery = { overduePledgeApplications: { edges: Array<{ node: { id: string, status: PledgeStatus, filingChannel: FilingChannel, submittedAt: string | null, examinationDueDate: string | null, overdue: boolean, claimType: string, claimAmount: { amount: string, currency: string }, assets: Array<{ position: number, number: string, title: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, pledgeApplications: { edges: Array<{ node: { id: string, status: PledgeStatus, filingChannel: FilingChannel, submittedAt: string | null, examinationDueDate: string | null, overdue: boolean, claimType: string, claimAmount: { amount: string, currency: string }, assets: Array<{ position: number, number: string, title: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type QueueFileFragment = { id: string, status: PledgeStatus, filingChannel: FilingChannel, submittedAt: string | null, examinationDueDate: string | null, overdue: boolean, claimType: string, claimAmount: { amount: string, currency: string }, assets: Array<{ position: number, number: string, title: string }> };

export type ExamineApplicationMutationVariables = Exact<{
  id: string | number;
  decision: ExaminationDecisionInput;
  key?: string | null | undefined;
}>;


export type ExamineApplicationMutation = { examinePledgeApplication: { status: PledgeStatus, reasons: Array<{ code: RefusalCode, message: string, assetId: string | null, field: string | null }>, application: { id: string, status: PledgeStatus, registrationNumber: string | null, registeredOn: string | null, examinedAt: string | null, examinerNote: string | null, overdue: boolean, refusalReasons: Array<{ code: RefusalCode, message: string, assetId: string | null, field: string | null }> } } };

export type RegisteredFilesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RegisteredFilesQuery = { pledgeApplications: { edges: Array<{ node: { id: string, registrationNumber: string | null, registeredOn: string | null, version: number, claimAmount: { amount: string, currency: string }, assets: Array<{ position: number, number: string, title: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RevokeRegistrationMutationVariables = Exact<{
  id: string | number;
  note: string;
  key?: string | null | undefined;
}>;


export type RevokeRegistrationMutation = { revokePledgeRegistration: { id: string, status: PledgeStatus, endedOn: string | null } };

export type PledgeApplicationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PledgeApplicationDetailQuery = { pledgeApplication: { id: string, status: PledgeStatus, pledgorPartyId: string, pledgeePartyId: string, pledgorSigned: boolean, pledgeeSigned: boolean, awaitingSignatureOf: PledgeSide | null, claimType: string, debtorDueDate: string, guaranteeScope: string, forfeitureClause: boolean, appraisalReference: string | null, coOwnerConsents: Array<string>, filingChannel: FilingChannel, createdAt: string, submittedAt: string | null, examinationDueDate: string | null, overdue: boolean, examinedAt: string | null, examinerNote: string | null, registrationNumber: string | null, registeredOn: string | null, endedOn: string | null, claimAmount: { amount: string, currency: string }, appraisedValue: { amount: string, currency: string } | null, acknowledgedRisks: Array<{ assetId: string, risk: AcknowledgeableRisk }>, assets: Array<{ assetId: string, number: string, title: string, filingDate: string, grantDate: string | null, asset: { id: string, riskFlags: { invalidationPending: boolean } } | null }>, refusalReasons: Array<{ code: RefusalCode, message: string, assetId: string | null }>, events: Array<{ eventId: string, action: string, occurredAt: string, actorLogin: string | null, after: unknown }> } };

export type MyListingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyListingsQuery = { listings: { edges: Array<{ node: { id: string, status: ListingStatus, purpose: string, termMonths: number, expiresOn: string | null, createdAt: string, amount: { amount: string, currency: string }, valuationTotal: { amount: string, currency: string } | null, assets: Array<{ assetId: string, asset: { id: string, number: string, title: string } }>, offers: Array<{ id: string, status: OfferStatus, annualRate: string, termMonths: number, repaymentMethod: RepaymentMethod, ltv: string, expiresAt: string, conditions: string | null, pledgeApplicationId: string | null, amount: { amount: string, currency: string }, lender: { id: string, name: string } }> } }>, pageInfo: { hasNextPage: boolean } } };

export type AcceptOfferMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type AcceptOfferMutation = { acceptOffer: { id: string, status: OfferStatus, pledgeApplicationId: string | null, lender: { id: string, name: string } } };

export type DeclineOfferMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type DeclineOfferMutation = { declineOffer: { id: string, status: OfferStatus } };

export type WithdrawListingMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type WithdrawListingMutation = { withdrawListing: { id: string, status: ListingStatus } };

export type CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
  key?: string | null | undefined;
}>;


export type CreateListingMutation = { createListing: { id: string, status: ListingStatus, termMonths: number, amount: { amount: string, currency: string } } };

export type LoanDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanDetailQuery = { loan: { id: string, status: LoanStatus, annualRate: string, termMonths: number, repaymentMethod: RepaymentMethod, disbursedOn: string | null, closedOn: string | null, overdueDays: number, principal: { amount: string, currency: string }, outstandingPrincipal: { amount: string, currency: string }, instalments: Array<{ number: number, dueDate: string, principalDue: { amount: string, currency: string }, principalPaid: { amount: string, currency: string }, interestDue: { amount: string, currency: string }, interestPaid: { amount: string, currency: string } }> } };

export type MyLoansQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLoansQuery = { loans: { edges: Array<{ node: { id: string, status: LoanStatus, annualRate: string, termMonths: number, repaymentMethod: RepaymentMethod, disbursedOn: string | null, overdueDays: number, principal: { amount: string, currency: string }, outstandingPrincipal: { amount: string, currency: string }, nextDue: { number: number, dueDate: string, amount: { amount: string, currency: string } } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { pledgeApplications: { edges: Array<{ node: { id: string, status: PledgeStatus, createdAt: string, pledgorSigned: boolean, pledgeeSigned: boolean, overdue: boolean, examinationDueDate: string | null, registrationNumber: string | null, registeredOn: string | null, endedOn: string | null, claimAmount: { amount: string, currency: string }, assets: Array<{ assetId: string, title: string }> } }>, pageInfo: { hasNextPage: boolean } } };

export type MyPartyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartyQuery = { viewer: { login: string, party: { id: string, name: string } | null } };

export type MyPatentsQueryVariables = Exact<{
  partyId: string | number;
}>;


export type MyPatentsQuery = { ipAssets: { edges: Array<{ node: { id: string, kind: IpKind, number: string, title: string, legalStatus: IpLegalStatus, expiryDate: string | null, pledgeable: boolean, riskFlags: { invalidationPending: boolean, ownershipDispute: boolean, courtPreservation: boolean }, latestValuation: { id: string, valuedAt: string, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type OfferCostQueryVariables = Exact<{
  input: RepaymentScheduleInput;
}>;


export type OfferCostQuery = { repaymentSchedule: { totalInterest: { amount: string, currency: string }, totalInstalments: { amount: string, currency: string }, lines: Array<{ number: number, instalment: { amount: string, currency: string } }> } };

export type PatentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PatentDetailQuery = { ipAsset: { id: string, kind: IpKind, number: string, title: string, legalStatus: IpLegalStatus, filingDate: string, grantDate: string | null, expiryDate: string | null, remainingLifeDays: number | null, pledgeable: boolean, mainIpc: string | null, riskFlags: { invalidationPending: boolean, ownershipDispute: boolean, courtPreservation: boolean }, owners: Array<{ name: string, share: string }>, latestValuation: { id: string, version: number, method: ValuationMethod, valuedAt: string, confidence: string | null, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null, staleness: { stale: boolean, reasons: Array<string>, validUntil: string }, report: { currency: string, discountRate: { base: string, premium: string, effective: string } | null, methods: Array<{ method: AppraisalMethod, confidence: ConfidenceLevel, stoppedAtYear: number | null, value: { amount: string, currency: string }, incomePeriod: { years: number, cappedBy: string } | null, years: Array<{ year: number, benefit: string, discountFactor: string, presentValue: string }> }>, scorecard: { total: string, grade: string } | null, monteCarlo: { paths: number, p10: { amount: string, currency: string }, p50: { amount: string, currency: string }, p90: { amount: string, currency: string } } | null, reconciliation: { confidence: ConfidenceLevel, notes: Array<string>, methods: unknown, value: { amount: string, currency: string }, low: { amount: string, currency: string }, high: { amount: string, currency: string } } } | null } | null } };

export type ValuationWhyFragment = { id: string, version: number, method: ValuationMethod, valuedAt: string, confidence: string | null, value: { amount: string, currency: string }, low: { amount: string, currency: string } | null, high: { amount: string, currency: string } | null, staleness: { stale: boolean, reasons: Array<string>, validUntil: string }, report: { currency: string, discountRate: { base: string, premium: string, effective: string } | null, methods: Array<{ method: AppraisalMethod, confidence: ConfidenceLevel, stoppedAtYear: number | null, value: { amount: string, currency: string }, incomePeriod: { years: number, cappedBy: string } | null, years: Array<{ year: number, benefit: string, discountFactor: string, presentValue: string }> }>, scorecard: { total: string, grade: string } | null, monteCarlo: { paths: number, p10: { amount: string, currency: string }, p50: { amount: string, currency: string }, p90: { amount: string, currency: string } } | null, reconciliation: { confidence: ConfidenceLevel, notes: Array<string>, methods: unknown, value: { amount: string, currency: string }, low: { amount: string, currency: string }, high: { amount: string, currency: string } } } | null };

export const SubsidyClaimRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyClaimRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capNote"}},{"kind":"Field","name":{"kind":"Name","value":"screening"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]} as unknown as DocumentNode<SubsidyClaimRowFragment, unknown>;
export const QueueFileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filingChannel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<QueueFileFragment, unknown>;
export const ValuationWhyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValuationWhy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Valuation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"cappedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAtYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"discountFactor"}},{"kind":"Field","name":{"kind":"Name","value":"presentValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monteCarlo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"}},{"kind":"Field","name":{"kind":"Name","value":"p10"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p50"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}}]}}]}}]}}]} as unknown as DocumentNode<ValuationWhyFragment, unknown>;
export const SignPledgeApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignPledgeApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPledgeApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPledgeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SignPledgeApplicationMutation, SignPledgeApplicationMutationVariables>;
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
export const BankReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtorDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BankReviewQueueQuery, BankReviewQueueQueryVariables>;
export const LenderNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenderName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LenderNameQuery, LenderNameQueryVariables>;
export const ProgramDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"park"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"park"},"value":{"kind":"Variable","name":{"kind":"Name","value":"park"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"park"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesServed"}},{"kind":"Field","name":{"kind":"Name","value":"growth"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegistrations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"park"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"loanAmount"}},{"kind":"Field","name":{"kind":"Name","value":"loans"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIpcSection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramDashboardQuery, ProgramDashboardQueryVariables>;
export const ProgramDashboardExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramDashboardExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"park"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programDashboardExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"park"},"value":{"kind":"Variable","name":{"kind":"Name","value":"park"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<ProgramDashboardExportQuery, ProgramDashboardExportQueryVariables>;
export const CityRiskFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityRiskFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"leverageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currentRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundPart"}},{"kind":"Field","name":{"kind":"Name","value":"bankPart"}},{"kind":"Field","name":{"kind":"Name","value":"insurerPart"}},{"kind":"Field","name":{"kind":"Name","value":"appraiserPart"}}]}}]}}]}}]} as unknown as DocumentNode<CityRiskFundsQuery, CityRiskFundsQueryVariables>;
export const RiskFundLedgerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskFundLedgerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskFundLedgerPageQuery, RiskFundLedgerPageQueryVariables>;
export const FundClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFundClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FILED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"lenderPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"lossDate"}},{"kind":"Field","name":{"kind":"Name","value":"loss"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingClaim"}},{"kind":"Field","name":{"kind":"Name","value":"realizedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundPart"}},{"kind":"Field","name":{"kind":"Name","value":"bankPart"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FundClaimsQuery, FundClaimsQueryVariables>;
export const RiskFundLedgerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskFundLedgerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFundLedgerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<RiskFundLedgerExportQuery, RiskFundLedgerExportQueryVariables>;
export const ApproveRiskFundClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRiskFundClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRiskFundClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveRiskFundClaimMutation, ApproveRiskFundClaimMutationVariables>;
export const RejectRiskFundClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRiskFundClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRiskFundClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectRiskFundClaimMutation, RejectRiskFundClaimMutationVariables>;
export const SubsidyClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"claims"},"name":{"kind":"Name","value":"subsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyClaimRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q1"},"name":{"kind":"Name","value":"subsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"IntValue","value":"1"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q2"},"name":{"kind":"Name","value":"subsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"IntValue","value":"2"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q3"},"name":{"kind":"Name","value":"subsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"IntValue","value":"3"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"q4"},"name":{"kind":"Name","value":"subsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"IntValue","value":"4"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyClaimRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capNote"}},{"kind":"Field","name":{"kind":"Name","value":"screening"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]} as unknown as DocumentNode<SubsidyClaimsQuery, SubsidyClaimsQueryVariables>;
export const SubsidyClaimsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyClaimsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyClaimsExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<SubsidyClaimsExportQuery, SubsidyClaimsExportQueryVariables>;
export const ComputeSubsidyClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeSubsidyClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeSubsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"heldForReview"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}}]}}]}}]} as unknown as DocumentNode<ComputeSubsidyClaimsMutation, ComputeSubsidyClaimsMutationVariables>;
export const ApproveSubsidyClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveSubsidyClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSubsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyClaimRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyClaimRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capNote"}},{"kind":"Field","name":{"kind":"Name","value":"screening"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]} as unknown as DocumentNode<ApproveSubsidyClaimsMutation, ApproveSubsidyClaimsMutationVariables>;
export const RejectSubsidyClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSubsidyClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSubsidyClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyClaimRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyClaimRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capNote"}},{"kind":"Field","name":{"kind":"Name","value":"screening"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]} as unknown as DocumentNode<RejectSubsidyClaimMutation, RejectSubsidyClaimMutationVariables>;
export const PaySubsidyClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaySubsidyClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paySubsidyClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyClaimRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyClaimRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cappedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capNote"}},{"kind":"Field","name":{"kind":"Name","value":"screening"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]} as unknown as DocumentNode<PaySubsidyClaimsMutation, PaySubsidyClaimsMutationVariables>;
export const ProgramViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramViewerQuery, ProgramViewerQueryVariables>;
export const PledgeRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegisterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorName"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeName"}},{"kind":"Field","name":{"kind":"Name","value":"mainIpcClass"}},{"kind":"Field","name":{"kind":"Name","value":"patents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"grantDate"}},{"kind":"Field","name":{"kind":"Name","value":"mainIpc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PledgeRegisterQuery, PledgeRegisterQueryVariables>;
export const PledgeRegisterExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeRegisterExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeRegisterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeRegisterExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<PledgeRegisterExportQuery, PledgeRegisterExportQueryVariables>;
export const DeregisterPledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeregisterPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeregistrationReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterPledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<DeregisterPledgeMutation, DeregisterPledgeMutationVariables>;
export const PledgeFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"filingChannel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"examinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinerNote"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeePartyId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtorDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeScope"}},{"kind":"Field","name":{"kind":"Name","value":"forfeitureClause"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReference"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOwnerConsents"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantDate"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidationPending"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipDispute"}},{"kind":"Field","name":{"kind":"Name","value":"courtPreservation"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PledgeFileQuery, PledgeFileQueryVariables>;
export const PledgePartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pledgor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pledgee"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"pledgor"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pledgor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pledgee"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pledgee"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]}}]} as unknown as DocumentNode<PledgePartiesQuery, PledgePartiesQueryVariables>;
export const ExaminationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExaminationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awaitingAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overduePledgeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueFile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awaitingAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueFile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filingChannel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ExaminationQueueQuery, ExaminationQueueQueryVariables>;
export const ExamineApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExamineApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExaminationDecisionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examinePledgeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"examinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinerNote"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamineApplicationMutation, ExamineApplicationMutationVariables>;
export const RegisteredFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisteredFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REGISTERED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegisteredFilesQuery, RegisteredFilesQueryVariables>;
export const RevokeRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePledgeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<RevokeRegistrationMutation, RevokeRegistrationMutationVariables>;
export const PledgeApplicationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeApplicationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeePartyId"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignatureOf"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtorDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeScope"}},{"kind":"Field","name":{"kind":"Name","value":"forfeitureClause"}},{"kind":"Field","name":{"kind":"Name","value":"appraisalReference"}},{"kind":"Field","name":{"kind":"Name","value":"appraisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOwnerConsents"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filingChannel"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantDate"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidationPending"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"examinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"examinerNote"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"assetId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PledgeApplicationDetailQuery, PledgeApplicationDetailQueryVariables>;
export const MyListingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyListings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valuationTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"ltv"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeApplicationId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyListingsQuery, MyListingsQueryVariables>;
export const AcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeApplicationId"}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const DeclineOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const WithdrawListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawListingMutation, WithdrawListingMutationVariables>;
export const CreateListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateListingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}}]}}]}}]} as unknown as DocumentNode<CreateListingMutation, CreateListingMutationVariables>;
export const LoanDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoanDetailQuery, LoanDetailQueryVariables>;
export const MyLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyLoansQuery, MyLoansQueryVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pledgorSigned"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeeSigned"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"examinationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const MyPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyPartyQuery, MyPartyQueryVariables>;
export const MyPatentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPatents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerPartyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeable"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidationPending"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipDispute"}},{"kind":"Field","name":{"kind":"Name","value":"courtPreservation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MyPatentsQuery, MyPatentsQueryVariables>;
export const OfferCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepaymentScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repaymentSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInstalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferCostQuery, OfferCostQueryVariables>;
export const PatentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingLifeDays"}},{"kind":"Field","name":{"kind":"Name","value":"pledgeable"}},{"kind":"Field","name":{"kind":"Name","value":"mainIpc"}},{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidationPending"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipDispute"}},{"kind":"Field","name":{"kind":"Name","value":"courtPreservation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestValuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValuationWhy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValuationWhy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Valuation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"valuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"cappedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAtYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"discountFactor"}},{"kind":"Field","name":{"kind":"Name","value":"presentValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monteCarlo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"}},{"kind":"Field","name":{"kind":"Name","value":"p10"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p50"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"low"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"high"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}}]}}]}}]}}]} as unknown as DocumentNode<PatentDetailQuery, PatentDetailQueryVariables>;