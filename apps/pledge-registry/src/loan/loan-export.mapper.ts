import { tableOf, type ColumnOf, type ReportTable } from '@app/report-export';
import type { LoanModel } from '@registry/loan/dto/loan.model.js';

/** A loan as the `loans` list shows it, with `overdueDays` as of the export day. */
export interface LoanExportRow {
  loan: LoanModel;
  overdueDays: number;
}

const COLUMNS: readonly ColumnOf<LoanExportRow>[] = [
  { header: 'Loan ID', type: 'text', value: (r) => r.loan.id },
  { header: 'Pledge ID', type: 'text', value: (r) => r.loan.pledgeId },
  { header: 'Lender party ID', type: 'text', value: (r) => r.loan.lenderPartyId },
  { header: 'Borrower party ID', type: 'text', value: (r) => r.loan.borrowerPartyId },
  { header: 'Status', type: 'text', value: (r) => r.loan.status },
  { header: 'Currency', type: 'text', value: (r) => r.loan.principal.currency },
  { header: 'Principal', type: 'decimal', value: (r) => r.loan.principal.amount },
  // Rates carry up to 8 decimals (numeric(12,8)); show 4 places of percent, store all digits.
  { header: 'Annual rate', type: 'percent', places: 4, value: (r) => r.loan.annualRate },
  { header: 'Term (months)', type: 'integer', value: (r) => r.loan.termMonths },
  { header: 'Repayment method', type: 'text', value: (r) => r.loan.repaymentMethod },
  { header: 'Day count', type: 'text', value: (r) => r.loan.dayCount },
  { header: 'Requested disbursement', type: 'date', value: (r) => r.loan.requestedDisbursementDate },
  { header: 'Disbursed on', type: 'date', value: (r) => r.loan.disbursedOn },
  { header: 'Outstanding principal', type: 'decimal', value: (r) => r.loan.outstandingPrincipal.amount },
  { header: 'Excess', type: 'decimal', value: (r) => r.loan.excess.amount },
  { header: 'Overdue days', type: 'integer', value: (r) => r.overdueDays },
  { header: 'Close reason', type: 'text', value: (r) => r.loan.closeReason },
  { header: 'Closed on', type: 'date', value: (r) => r.loan.closedOn },
];

export function loansTable(rows: readonly LoanExportRow[]): ReportTable {
  return tableOf('Loans', COLUMNS, rows);
}
