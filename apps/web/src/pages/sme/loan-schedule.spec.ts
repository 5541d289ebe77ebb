import { instalmentState } from '@web/pages/sme/loan-schedule';

const instalment = (dueDate: string, principalPaid: string, interestPaid: string) => ({
  dueDate,
  principalDue: { amount: '2461.11' },
  interestDue: { amount: '4083.33' },
  principalPaid: { amount: principalPaid },
  interestPaid: { amount: interestPaid },
});

describe('instalmentState', () => {
  it.each([
    ['2026-10-21', '2461.11', '4083.33', 'PAID'],
    ['2026-12-21', '2461.110', '4083.33', 'PAID'],
    ['2026-11-20', '0', '4083.33', 'OVERDUE'],
    ['2026-11-21', '0.00', '0.00', 'DUE'],
    ['2026-12-21', '0', '100.00', 'PARTLY_PAID'],
    ['2026-11-20', '2461.11', '4083.32', 'OVERDUE'],
  ])('due %s, paid %s + %s -> %s', (due, principal, interest, state) => {
    expect(instalmentState(instalment(due, principal, interest), '2026-11-21')).toBe(state);
  });
});
