/**
 * Lifecycle of a loan disbursed against a registered pledge (DOMAIN.md "Loans"):
 *
 *   SUBMITTED -> APPROVED | REJECTED | WITHDRAWN
 *   APPROVED  -> ACTIVE (disbursed, schedule stored) | WITHDRAWN
 *   ACTIVE    -> CLOSED (reason REPAID: nothing owed) | OVERPAID (paid more than was owed)
 *   ACTIVE    -> CLOSED (reason WRITTEN_OFF: the lender writes off a defaulted loan)
 *   ACTIVE    -> CLOSED (reason RESCHEDULED: a new ACTIVE loan takes over what is owed)
 *
 * CLOSED, OVERPAID, REJECTED and WITHDRAWN take no repayment. Default is not a status: it
 * is a date recorded on an ACTIVE loan (DOMAIN.md lists it beside overdue days), which
 * keeps taking repayments and may then be written off.
 */

/** Stored values: they must not change. */
export enum LoanStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
  OVERPAID = 'OVERPAID',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Why a loan was closed; stored values. */
export enum LoanCloseReason {
  REPAID = 'REPAID',
  WRITTEN_OFF = 'WRITTEN_OFF',
  RESCHEDULED = 'RESCHEDULED',
}

export type LoanEvent =
  'APPROVE' | 'REJECT' | 'WITHDRAW' | 'DISBURSE' | 'REPAY_IN_FULL' | 'OVERPAY' | 'WRITE_OFF' | 'RESCHEDULE';

/** Where each event leads from each status; a missing entry is not allowed. */
const TRANSITIONS: Readonly<Record<LoanStatus, Partial<Record<LoanEvent, LoanStatus>>>> = {
  [LoanStatus.SUBMITTED]: {
    APPROVE: LoanStatus.APPROVED,
    REJECT: LoanStatus.REJECTED,
    WITHDRAW: LoanStatus.WITHDRAWN,
  },
  [LoanStatus.APPROVED]: { DISBURSE: LoanStatus.ACTIVE, WITHDRAW: LoanStatus.WITHDRAWN },
  [LoanStatus.ACTIVE]: {
    REPAY_IN_FULL: LoanStatus.CLOSED,
    OVERPAY: LoanStatus.OVERPAID,
    WRITE_OFF: LoanStatus.CLOSED,
    RESCHEDULE: LoanStatus.CLOSED,
  },
  [LoanStatus.CLOSED]: {},
  [LoanStatus.OVERPAID]: {},
  [LoanStatus.REJECTED]: {},
  [LoanStatus.WITHDRAWN]: {},
};

export type LoanTransition = { ok: true; status: LoanStatus } | { ok: false; message: string };

/** The status an event leads to, or why it is not allowed. */
export function loanTransition(status: LoanStatus, event: LoanEvent): LoanTransition {
  const next = TRANSITIONS[status][event];
  return next === undefined ? { ok: false, message: `a ${status} loan cannot ${event}` } : { ok: true, status: next };
}

/** Whether a repayment may be recorded: only while the loan is disbursed and not yet repaid. */
export function takesRepayments(status: LoanStatus): boolean {
  return status === LoanStatus.ACTIVE;
}
