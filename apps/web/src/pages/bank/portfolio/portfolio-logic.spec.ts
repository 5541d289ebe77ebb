import {
  breaches,
  limitBasisShare,
  portfolioTotals,
  progressToTarget,
  shareToPercent,
  sortLoans,
} from '@web/pages/bank/portfolio/portfolio-logic';

const money = (amount: string, currency = 'CNY') => ({ amount, currency });
const loan = (
  id: string,
  status: string,
  principal: string,
  outstanding: string,
  overdueDays = 0,
  currency = 'CNY',
) => ({
  id,
  status,
  overdueDays,
  principal: money(principal, currency),
  outstandingPrincipal: money(outstanding, currency),
  nextDue: null as { dueDate: string } | null,
});

describe('portfolio figures', () => {
  it('sums exactly per currency, leaving rejected and withdrawn loans out', () => {
    const totals = portfolioTotals([
      loan('1', 'ACTIVE', '0.10', '0.10', 3),
      loan('2', 'ACTIVE', '0.20', '0.20'),
      loan('3', 'CLOSED', '1000000', '0'),
      loan('4', 'REJECTED', '5000000', '5000000'),
      loan('5', 'WITHDRAWN', '1', '1'),
      loan('6', 'ACTIVE', '100', '40.5', 0, 'USD'),
    ]);
    expect(totals).toEqual([
      {
        currency: 'CNY',
        loans: 3,
        principal: '1000000.30',
        outstanding: '0.30',
        overdueOutstanding: '0.10',
        overdueLoans: 1,
      },
      {
        currency: 'USD',
        loans: 1,
        principal: '100.00',
        outstanding: '40.50',
        overdueOutstanding: '0.00',
        overdueLoans: 0,
      },
    ]);
    expect(portfolioTotals([])).toEqual([]);
  });

  it('lists the most overdue first, then by the next due date', () => {
    const a = { ...loan('a', 'ACTIVE', '1', '1'), nextDue: { dueDate: '2026-12-20' } };
    const b = { ...loan('b', 'ACTIVE', '1', '1'), nextDue: { dueDate: '2026-12-01' } };
    const c = loan('c', 'ACTIVE', '1', '1', 40);
    const d = loan('d', 'ACTIVE', '1', '1', 5);
    const e = loan('e', 'SUBMITTED', '1', '1');
    expect(sortLoans([a, e, b, d, c]).map((l) => l.id)).toEqual(['c', 'd', 'b', 'a', 'e']);
  });

  it('reads pool shares and targets as percentages without floats', () => {
    expect(shareToPercent('0.12345678')).toBe('12.35');
    expect(shareToPercent('1')).toBe('100.00');
    expect(progressToTarget('3000000', '30000000')).toBe('10.0');
    expect(progressToTarget('1', null)).toBeNull();
    expect(progressToTarget('1', '0')).toBeNull();
    expect(breaches('0.25000001', '0.25')).toBe(true);
    expect(breaches('0.25', '0.25')).toBe(false);
    expect(breaches('0.9', null)).toBe(false);
  });
});

describe('concentration limits', () => {
  it('checks shares against the target while the pool is below it, else against the pool', () => {
    expect(limitBasisShare('3000000', '3000000', '30000000')).toBe('0.1');
    expect(limitBasisShare('3000000', '40000000', '30000000')).toBe('0.075');
    expect(limitBasisShare('1', '3', null)).toBe('0.33333333');
    expect(limitBasisShare('0', '0', null)).toBe('0');
  });
});
