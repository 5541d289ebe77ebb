import { ExactDecimal as Decimal, toCents as cents } from '@web/kit/exact-decimal';

export interface LedgerEntry {
  kind: string;
  amount: string;
}

/** The fund's movements by kind, exact: payouts are booked negative and shown as paid amounts. */
export interface FundPosition {
  contributions: string;
  claimsPaid: string;
  recoveries: string;
  /** Contributions - claims paid + recoveries: equals the fund's balance when the whole ledger is summed. */
  net: string;
}

export function fundPosition(entries: readonly LedgerEntry[]): FundPosition {
  const sum = (kind: string): Decimal =>
    entries.filter((e) => e.kind === kind).reduce((total, e) => total.plus(e.amount), new Decimal(0));
  const contributions = sum('CONTRIBUTION');
  const payouts = sum('PAYOUT');
  const recoveries = sum('RECOVERY');
  return {
    contributions: cents(contributions),
    claimsPaid: cents(payouts.negated()),
    recoveries: cents(recoveries),
    net: cents(contributions.plus(payouts).plus(recoveries)),
  };
}
