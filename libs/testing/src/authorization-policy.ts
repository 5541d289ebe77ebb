import { ALL_ROLES, Role } from '@app/auth';

/**
 * Who may call what: the authorization matrix, decided entry by entry. One entry per
 * root field (Query, Mutation), per object field with its own resolver (@ResolveField)
 * and per federation reference resolver (`_entities.<Type>`), per subgraph.
 *
 * `allow` is the set of callers the role check lets through; everyone else must get
 * FORBIDDEN (UNAUTHENTICATED when anonymous). Being allowed can still mean row-level
 * filtering (others' records answer NOT_FOUND, or FORBIDDEN with a business reason):
 * that is a `note`, not a denial.
 *
 * Checked three ways: against the subgraph and supergraph schemas (no field without an
 * entry, no entry without a field: test/platform/authorization-policy.spec.ts), against the
 * code's @Roles / @Public (each app's authorization-policy.spec.ts) and against the
 * running platform (test/platform/authorization-matrix.e2e-spec.ts).
 */

export const ANONYMOUS_CALLER = 'ANONYMOUS';
export type Caller = Role | typeof ANONYMOUS_CALLER;
export const ALL_CALLERS: readonly Caller[] = [ANONYMOUS_CALLER, ...ALL_ROLES];

export interface AccessPolicy {
  allow: readonly Caller[];
  note?: string;
}

export const POLICY_SUBGRAPHS = ['pledge-registry', 'valuation'] as const;
export type PolicySubgraph = (typeof POLICY_SUBGRAPHS)[number];

const EVERYONE: readonly Caller[] = ALL_CALLERS;
/** Every human role; ARRANGER is always held together with BANK, never alone. */
const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];
const FUND_READERS = [Role.BANK, Role.PROGRAM_STAFF, Role.ADMIN];
const POOL_READERS = [Role.ARRANGER, Role.PROGRAM_STAFF, Role.ADMIN];
const ROW_LEVEL = "row-level: the caller's party decides which records it sees (others' are NOT_FOUND)";
const OWN_PARTY = "acts for the caller's party: others' records are NOT_FOUND or FORBIDDEN with a business reason";

function allow(callers: readonly Caller[], note?: string): AccessPolicy {
  return note === undefined ? { allow: callers } : { allow: callers, note };
}

export const AUTHORIZATION_POLICY: Record<PolicySubgraph, Record<string, AccessPolicy>> = {
  'pledge-registry': {
    '_entities.IpAsset': allow(SIGNED_IN),
    'IpAsset.owners': allow(SIGNED_IN),
    'Listing.assets': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Listing.invitedLenderIds': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Listing.offers': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Listing.pledgor': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'ListingAsset.asset': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Loan.instalments': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Loan.nextDue': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Loan.overdueDays': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Loan.penalty': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Loan.repayments': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Loan.rescheduledFrom': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Loan.rescheduledTo': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'LoanRepayment.loan': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Mutation.acceptOffer': allow([Role.SME], OWN_PARTY),
    'Mutation.addCreditListEntry': allow([Role.REGISTRAR, Role.ADMIN], OWN_PARTY),
    'Mutation.addLoanToPool': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.addRiskFundRatioVersion': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.addRoyaltyReceivableToPool': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.applyForLoan': allow([Role.BANK], OWN_PARTY),
    'Mutation.approveLoan': allow([Role.BANK], OWN_PARTY),
    'Mutation.approveRiskFundClaim': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.approveSubsidyClaims': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.changePledgeRegistration': allow([Role.REGISTRAR], OWN_PARTY),
    'Mutation.computeSubsidyClaims': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.contributeToRiskFund': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.createIpAsset': allow([Role.REGISTRAR, Role.ADMIN]),
    'Mutation.createListing': allow([Role.SME], OWN_PARTY),
    'Mutation.createRiskFund': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.createSecuritizationPool': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.createSubsidyRuleVersion': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.decideAssetDisposal': allow([Role.BANK], OWN_PARTY),
    'Mutation.declareLoanDefault': allow([Role.BANK], OWN_PARTY),
    'Mutation.declarePledgeDefault': allow([Role.BANK], OWN_PARTY),
    'Mutation.declineOffer': allow([Role.SME], OWN_PARTY),
    'Mutation.deregisterPledge': allow([Role.REGISTRAR], OWN_PARTY),
    'Mutation.disburseLoan': allow([Role.BANK], OWN_PARTY),
    'Mutation.enrolLoanInRiskFund': allow([Role.BANK], OWN_PARTY),
    'Mutation.examinePledgeApplication': allow([Role.REGISTRAR], OWN_PARTY),
    'Mutation.extendCreditListEntry': allow([Role.REGISTRAR, Role.ADMIN], OWN_PARTY),
    'Mutation.fileRiskFundClaim': allow([Role.BANK], OWN_PARTY),
    'Mutation.importCreditList': allow([Role.REGISTRAR, Role.ADMIN], OWN_PARTY),
    'Mutation.importPatents': allow([Role.REGISTRAR, Role.ADMIN]),
    'Mutation.makeOffer': allow([Role.BANK], OWN_PARTY),
    'Mutation.paySubsidyClaims': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.recordPledgeRealization': allow([Role.BANK], OWN_PARTY),
    'Mutation.recordRepayment': allow([Role.BANK], OWN_PARTY),
    'Mutation.recordRiskFundRecovery': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.recordRoyaltyReceivable': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.registerEnterprise': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Mutation.registerLender': allow([Role.ADMIN]),
    'Mutation.registerProgramOffice': allow([Role.ADMIN]),
    'Mutation.rejectLoan': allow([Role.BANK], OWN_PARTY),
    'Mutation.rejectRiskFundClaim': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.rejectSubsidyClaim': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.removeCreditListEntry': allow([Role.REGISTRAR, Role.ADMIN], OWN_PARTY),
    'Mutation.removePoolCandidate': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.reportLoanSubsidyFacts': allow([Role.BANK], OWN_PARTY),
    'Mutation.requestAssetDisposal': allow([Role.SME], OWN_PARTY),
    'Mutation.rescheduleLoan': allow([Role.BANK], OWN_PARTY),
    'Mutation.reviewRiskFundEnrolment': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.revokePledgeRegistration': allow([Role.REGISTRAR], OWN_PARTY),
    'Mutation.setCalendarDays': allow([Role.ADMIN]),
    'Mutation.setLoanPrimeRate': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.setProgramTarget': allow([Role.PROGRAM_STAFF, Role.ADMIN], OWN_PARTY),
    'Mutation.setSecuritizationPoolStructure': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.setSecuritizationPoolLimits': allow([Role.ARRANGER], OWN_PARTY),
    'Mutation.startPledgeEnforcement': allow([Role.BANK], OWN_PARTY),
    'Mutation.submitPledgeApplication': allow([Role.SME, Role.BANK], OWN_PARTY),
    'Mutation.updateIpAssetStatus': allow([Role.REGISTRAR, Role.ADMIN]),
    'Mutation.updateParty': allow(SIGNED_IN, OWN_PARTY),
    'Mutation.withdrawListing': allow([Role.SME], OWN_PARTY),
    'Mutation.withdrawLoan': allow([Role.BANK], OWN_PARTY),
    'Mutation.withdrawOffer': allow([Role.BANK], OWN_PARTY),
    'Mutation.withdrawPledgeApplication': allow([Role.SME, Role.BANK], OWN_PARTY),
    'Mutation.writeOffLoan': allow([Role.BANK], OWN_PARTY),
    'Offer.lender': allow([Role.SME, Role.BANK, Role.ADMIN]),
    'Offer.listing': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'PledgeApplication.disposals': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN]),
    'PledgeApplication.events': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN]),
    'PledgeApplication.versions': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN]),
    'PledgedAsset.asset': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN]),
    'Query.assetAuditTrail': allow([Role.REGISTRAR, Role.ADMIN]),
    'Query.calendarDays': allow(SIGNED_IN),
    'Query.creditListEntries': allow(SIGNED_IN),
    'Query.ipAsset': allow(SIGNED_IN),
    'Query.ipAssets': allow(SIGNED_IN),
    'Query.listing': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.listings': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.loan': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.loanPrimeRates': allow(SIGNED_IN),
    'Query.loans': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.loansExport': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.offer': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.overduePledgeApplications': allow([Role.REGISTRAR, Role.ADMIN]),
    'Query.parties': allow(SIGNED_IN),
    'Query.party': allow(SIGNED_IN),
    'Query.pledgeApplication': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN], ROW_LEVEL),
    'Query.pledgeApplications': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN], ROW_LEVEL),
    'Query.pledgeRegister': allow(EVERYONE, 'the public gazette: no party data beyond what registration publishes'),
    'Query.pledgeRegisterExport': allow(EVERYONE),
    'Query.pledgeStatistics': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.pledgeStatisticsExport': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.programDashboard': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.programDashboardExport': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.repaymentSchedule': allow(SIGNED_IN),
    'Query.riskFund': allow(FUND_READERS),
    'Query.riskFundClaim': allow(FUND_READERS, ROW_LEVEL),
    'Query.riskFundClaims': allow(FUND_READERS, ROW_LEVEL),
    'Query.riskFundClaimsExport': allow(FUND_READERS, ROW_LEVEL),
    'Query.riskFundEnrolments': allow(FUND_READERS, ROW_LEVEL),
    'Query.riskFundLedgerExport': allow([Role.PROGRAM_STAFF, Role.ADMIN], ROW_LEVEL),
    'Query.riskFunds': allow(FUND_READERS),
    'Query.securitizationPool': allow(POOL_READERS, ROW_LEVEL),
    'Query.securitizationPoolProjection': allow(POOL_READERS, ROW_LEVEL),
    'Query.securitizationPools': allow(POOL_READERS, ROW_LEVEL),
    'Query.subsidyClaims': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.subsidyClaimsExport': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.subsidyFirmTotals': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.subsidyFirmTotalsExport': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
    'Query.subsidyRules': allow(SIGNED_IN),
    'Query.verifyAssetAuditChain': allow([Role.REGISTRAR, Role.ADMIN]),
    'Query.viewer': allow(SIGNED_IN, ROW_LEVEL),
    'RiskFund.balance': allow(FUND_READERS),
    'RiskFund.capacity': allow(FUND_READERS),
    'RiskFund.commitments': allow(FUND_READERS),
    'RiskFund.coveredOutstanding': allow(FUND_READERS),
    'RiskFund.currentRatio': allow(FUND_READERS),
    'RiskFund.ledger': allow(
      FUND_READERS,
      "banks get FORBIDDEN NOT_FUND_ADMINISTRATOR from the service; only the fund's office and admins read it",
    ),
    'RiskFund.leverage': allow(FUND_READERS),
    'RiskFund.ratioVersions': allow(FUND_READERS),
    'SecuritizationPool.analytics': allow(POOL_READERS),
    'SecuritizationPool.candidates': allow(POOL_READERS),
    'SecuritizationPool.structure': allow(POOL_READERS),
    'SubsidyClaim.ruleVersion': allow([Role.PROGRAM_STAFF, Role.ADMIN]),
  },
  valuation: {
    '_entities.IpAsset': allow(SIGNED_IN),
    'IpAsset.latestValuation': allow(SIGNED_IN),
    'IpAsset.valuations': allow(SIGNED_IN),
    'Mutation.createValuation': allow([Role.SME, Role.BANK, Role.REGISTRAR, Role.ADMIN], OWN_PARTY),
    'Mutation.setLenderPolicy': allow([Role.BANK], OWN_PARTY),
    'Mutation.startPortfolioValuation': allow([Role.SME, Role.BANK, Role.ADMIN], OWN_PARTY),
    'PortfolioValuation.items': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.lenderPolicy': allow([Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.portfolioValuation': allow([Role.SME, Role.BANK, Role.ADMIN], ROW_LEVEL),
    'Query.valuation': allow(SIGNED_IN),
    'Query.valuationEstimate': allow(SIGNED_IN),
    'Valuation.staleness': allow(SIGNED_IN, ROW_LEVEL),
  },
};

/** The entry of a root field (`Query.x`, `Mutation.y`), whichever subgraph serves it. */
export function rootFieldPolicy(key: string): AccessPolicy | undefined {
  return POLICY_SUBGRAPHS.map((subgraph) => AUTHORIZATION_POLICY[subgraph][key]).find((p) => p !== undefined);
}
