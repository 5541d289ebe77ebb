import { LoanStatus, loanTransition, takesRepayments, type LoanEvent } from '@registry/loan/domain/loan-state.js';

describe('loanTransition', () => {
  it.each<[LoanStatus, LoanEvent, LoanStatus]>([
    [LoanStatus.SUBMITTED, 'APPROVE', LoanStatus.APPROVED],
    [LoanStatus.SUBMITTED, 'REJECT', LoanStatus.REJECTED],
    [LoanStatus.SUBMITTED, 'WITHDRAW', LoanStatus.WITHDRAWN],
    [LoanStatus.APPROVED, 'DISBURSE', LoanStatus.ACTIVE],
    [LoanStatus.APPROVED, 'WITHDRAW', LoanStatus.WITHDRAWN],
    [LoanStatus.ACTIVE, 'REPAY_IN_FULL', LoanStatus.CLOSED],
    [LoanStatus.ACTIVE, 'OVERPAY', LoanStatus.OVERPAID],
    [LoanStatus.ACTIVE, 'WRITE_OFF', LoanStatus.CLOSED],
    [LoanStatus.ACTIVE, 'RESCHEDULE', LoanStatus.CLOSED],
  ])('%s --%s--> %s', (from, event, to) => {
    expect(loanTransition(from, event)).toEqual({ ok: true, status: to });
  });

  it.each<[LoanStatus, LoanEvent]>([
    [LoanStatus.SUBMITTED, 'DISBURSE'],
    [LoanStatus.APPROVED, 'APPROVE'],
    [LoanStatus.APPROVED, 'REJECT'],
    [LoanStatus.ACTIVE, 'WITHDRAW'],
    [LoanStatus.CLOSED, 'REPAY_IN_FULL'],
    [LoanStatus.OVERPAID, 'OVERPAY'],
    [LoanStatus.REJECTED, 'APPROVE'],
    [LoanStatus.WITHDRAWN, 'DISBURSE'],
    [LoanStatus.APPROVED, 'WRITE_OFF'],
    [LoanStatus.CLOSED, 'WRITE_OFF'],
    [LoanStatus.CLOSED, 'RESCHEDULE'],
    [LoanStatus.OVERPAID, 'RESCHEDULE'],
    [LoanStatus.SUBMITTED, 'RESCHEDULE'],
  ])('refuses %s --%s-->', (from, event) => {
    expect(loanTransition(from, event)).toEqual({ ok: false, message: expect.stringContaining(from) });
  });

  it.each(Object.values(LoanStatus))('only an ACTIVE loan takes repayments (%s)', (status) => {
    expect(takesRepayments(status)).toBe(status === LoanStatus.ACTIVE);
  });
});
