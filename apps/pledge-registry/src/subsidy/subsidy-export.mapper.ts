import { tableOf, type ColumnOf, type ReportTable } from '@app/report-export';
import type { SubsidyClaimModel, SubsidyFirmYearTotalModel } from '@registry/subsidy/dto/subsidy-claim.dto.js';

/** The claim ledger as `subsidyClaims` lists it, one row per loan, kind and quarter (its JSON details left out). */
const CLAIM_COLUMNS: readonly ColumnOf<SubsidyClaimModel>[] = [
  { header: 'Claim ID', type: 'text', value: (c) => c.id },
  { header: 'City', type: 'text', value: (c) => c.city },
  { header: 'Year', type: 'integer', value: (c) => c.year },
  { header: 'Quarter', type: 'integer', value: (c) => c.quarter },
  { header: 'Period start', type: 'date', value: (c) => c.periodStart },
  { header: 'Period end (exclusive)', type: 'date', value: (c) => c.periodEnd },
  { header: 'Kind', type: 'text', value: (c) => c.kind },
  { header: 'Loan ID', type: 'text', value: (c) => c.loanId },
  { header: 'Borrower party ID', type: 'text', value: (c) => c.borrowerPartyId },
  { header: 'Rule version ID', type: 'text', value: (c) => c.ruleVersionId },
  { header: 'Base amount (CNY)', type: 'decimal', value: (c) => c.baseAmount },
  { header: 'Rate', type: 'percent', value: (c) => c.rate },
  { header: 'Computed (CNY)', type: 'decimal', value: (c) => c.computedAmount },
  { header: 'Capped (CNY)', type: 'decimal', value: (c) => c.cappedAmount },
  { header: 'Cap note', type: 'text', value: (c) => c.capNote },
  { header: 'Status', type: 'text', value: (c) => c.status },
  { header: 'Screening', type: 'text', value: (c) => c.screening },
  { header: 'Rejection reason', type: 'text', value: (c) => c.rejectionReason },
  { header: 'Review note', type: 'text', value: (c) => c.reviewNote },
  { header: 'Paid on', type: 'date', value: (c) => c.paidOn },
];

export interface SubsidyClaimsScope {
  city: string;
  year?: number | null;
  quarter?: number | null;
}

/** Title scope: the city, and the year and quarter when the filter names them. */
export function claimsScope(s: SubsidyClaimsScope): string {
  return [s.city, s.year, s.quarter == null ? null : `Q${s.quarter}`].filter((p) => p != null).join(' ');
}

export function subsidyClaimsTable(scope: SubsidyClaimsScope, claims: readonly SubsidyClaimModel[]): ReportTable {
  return tableOf(`Subsidy claims: ${claimsScope(scope)}`, CLAIM_COLUMNS, claims, 'Subsidy claims');
}

/** `subsidyFirmTotals`: a row per firm and kind, the cap and what is left of it empty where no cap applies. */
const FIRM_COLUMNS: readonly ColumnOf<SubsidyFirmYearTotalModel>[] = [
  { header: 'Borrower party ID', type: 'text', value: (t) => t.borrowerPartyId },
  { header: 'Kind', type: 'text', value: (t) => t.kind },
  { header: 'Claimed (CNY)', type: 'decimal', value: (t) => t.claimed },
  { header: 'Approved (CNY)', type: 'decimal', value: (t) => t.approved },
  { header: 'Paid (CNY)', type: 'decimal', value: (t) => t.paid },
  { header: 'Cap per firm (CNY)', type: 'decimal', value: (t) => t.cap },
  { header: 'Remaining (CNY)', type: 'decimal', value: (t) => t.remaining },
];

export function firmTotalsTable(city: string, year: number, totals: readonly SubsidyFirmYearTotalModel[]): ReportTable {
  return tableOf(`Subsidy firm totals: ${city} ${year}`, FIRM_COLUMNS, totals, 'Subsidy firm totals');
}
