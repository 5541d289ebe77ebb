import { compareDecimals } from '@web/kit/exact-decimal';

/**
 * An instalment of a loan's stored schedule as the borrower reads it: paid, partly paid,
 * overdue or due, from the amounts the API reports (compared as decimals) and today's date.
 */
export interface Instalment {
  dueDate: string;
  principalDue: { amount: string };
  principalPaid: { amount: string };
  interestDue: { amount: string };
  interestPaid: { amount: string };
}

export type InstalmentState = 'PAID' | 'OVERDUE' | 'PARTLY_PAID' | 'DUE';

const covered = (paid: { amount: string }, due: { amount: string }): boolean =>
  (compareDecimals(paid.amount, due.amount) ?? -1) >= 0;
const anything = (paid: { amount: string }): boolean => (compareDecimals(paid.amount, '0') ?? 0) > 0;

/** `today` is YYYY-MM-DD: an instalment is overdue from the day after its due date. */
export function instalmentState(i: Instalment, today: string): InstalmentState {
  if (covered(i.principalPaid, i.principalDue) && covered(i.interestPaid, i.interestDue)) return 'PAID';
  if (i.dueDate < today) return 'OVERDUE';
  return anything(i.principalPaid) || anything(i.interestPaid) ? 'PARTLY_PAID' : 'DUE';
}

export const INSTALMENT_LABEL: Record<InstalmentState, string> = {
  PAID: 'Paid',
  OVERDUE: 'Overdue',
  PARTLY_PAID: 'Partly paid',
  DUE: 'Due',
};
