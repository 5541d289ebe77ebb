import { tableOf, type ColumnOf, type ReportTable } from '@app/report-export';
import type { RiskFundClaimModel, RiskFundEntryModel, RiskFundModel } from '@registry/risk-fund/dto/risk-fund.model.js';

/** Timestamps as GraphQL writes them (ISO 8601, UTC); the report model has no time-of-day column type. */
const instant = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** A fund's ledger as `RiskFund.ledger` lists it, in entry order, amounts signed (payouts negative). */
const ENTRY_COLUMNS: readonly ColumnOf<RiskFundEntryModel>[] = [
  { header: 'Seq', type: 'integer', value: (e) => e.seq },
  { header: 'Booked on', type: 'date', value: (e) => e.bookedOn },
  { header: 'Kind', type: 'text', value: (e) => e.kind },
  { header: 'Amount', type: 'decimal', value: (e) => e.amount },
  { header: 'Balance after', type: 'decimal', value: (e) => e.balanceAfter },
  { header: 'Claim ID', type: 'text', value: (e) => e.claimId },
  { header: 'Note', type: 'text', value: (e) => e.note },
  { header: 'Entry ID', type: 'text', value: (e) => e.id },
  { header: 'Recorded at (UTC)', type: 'text', value: (e) => instant(e.createdAt) },
];

/** The fund's name and currency head the sheet: every amount of one ledger is in the fund's currency. */
export function ledgerTable(
  fund: Pick<RiskFundModel, 'name' | 'currency'>,
  entries: readonly RiskFundEntryModel[],
): ReportTable {
  return tableOf(`Risk fund ledger: ${fund.name} (${fund.currency})`, ENTRY_COLUMNS, entries, 'Risk fund ledger');
}

/**
 * Loss claims as `riskFundClaims` lists them, with the loss figures: what was owed, appraised
 * and realised, the loss, the ratio applied (parts as weights, e.g. 54:26:16:4) and each party's part.
 */
const CLAIM_COLUMNS: readonly ColumnOf<RiskFundClaimModel>[] = [
  { header: 'Claim ID', type: 'text', value: (c) => c.id },
  { header: 'Fund ID', type: 'text', value: (c) => c.fundId },
  { header: 'Loan ID', type: 'text', value: (c) => c.loanId },
  { header: 'Pledge ID', type: 'text', value: (c) => c.pledgeId },
  { header: 'Lender party ID', type: 'text', value: (c) => c.lenderPartyId },
  { header: 'Status', type: 'text', value: (c) => c.status },
  { header: 'Currency', type: 'text', value: (c) => c.currency },
  { header: 'Loss date', type: 'date', value: (c) => c.lossDate },
  { header: 'Outstanding principal', type: 'decimal', value: (c) => c.outstandingPrincipal },
  { header: 'Unpaid interest', type: 'decimal', value: (c) => c.unpaidInterest },
  { header: 'Outstanding claim', type: 'decimal', value: (c) => c.outstandingClaim },
  { header: 'Appraised value', type: 'decimal', value: (c) => c.appraisedValue },
  { header: 'Realised', type: 'decimal', value: (c) => c.realizedAmount },
  { header: 'Realisation ratio', type: 'percent', value: (c) => c.realizationRatio },
  { header: 'Appraisal shortfall', type: 'decimal', value: (c) => c.appraisalShortfall },
  { header: 'Loss', type: 'decimal', value: (c) => c.loss },
  { header: 'Ratio version ID', type: 'text', value: (c) => c.ratio.versionId },
  { header: 'Fund ratio part', type: 'decimal', value: (c) => c.ratio.fund },
  { header: 'Bank ratio part', type: 'decimal', value: (c) => c.ratio.bank },
  { header: 'Insurer ratio part', type: 'decimal', value: (c) => c.ratio.insurer },
  { header: 'Appraiser ratio part', type: 'decimal', value: (c) => c.ratio.appraiser },
  { header: 'Fund part', type: 'decimal', value: (c) => c.fundPart },
  { header: 'Bank part', type: 'decimal', value: (c) => c.bankPart },
  { header: 'Insurer part', type: 'decimal', value: (c) => c.insurerPart },
  { header: 'Appraiser part', type: 'decimal', value: (c) => c.appraiserPart },
  { header: 'Cap excess', type: 'decimal', value: (c) => c.capExcess },
  { header: 'Recovered', type: 'decimal', value: (c) => c.recoveredAmount },
  { header: 'Filed at (UTC)', type: 'text', value: (c) => instant(c.createdAt) },
  { header: 'Decided at (UTC)', type: 'text', value: (c) => instant(c.decidedAt) },
  { header: 'Decision note', type: 'text', value: (c) => c.decisionNote },
];

export function riskFundClaimsTable(claims: readonly RiskFundClaimModel[]): ReportTable {
  return tableOf('Risk fund claims', CLAIM_COLUMNS, claims);
}
