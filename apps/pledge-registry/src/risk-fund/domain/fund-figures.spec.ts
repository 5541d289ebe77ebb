import { Decimal } from '@app/money';
import { enrolmentFits, fundFigures, type CoverFacts } from '@registry/risk-fund/domain/fund-figures.js';
import type { SharingRatio } from '@registry/risk-fund/domain/loss-sharing.js';

const D = (v: string): Decimal => new Decimal(v);
const ratio: SharingRatio = { fund: D('54'), bank: D('26'), insurer: D('16'), appraiser: D('4') };
const facts = (over: Partial<CoverFacts> = {}): CoverFacts => ({
  balance: D('1000000'),
  coveredOutstanding: D('5000000'),
  withinCapOutstanding: D('5000000'),
  cappedLoans: 0,
  pendingClaims: D('0'),
  ...over,
});

describe('fundFigures', () => {
  it('commits the fund share of covered outstanding; leverage is covered / balance', () => {
    const f = fundFigures(facts(), { leverageLimit: D('10'), perLoanCap: null }, ratio);
    expect({
      commitments: f.commitments?.toFixed(2),
      leverage: f.leverage?.toFixed(4),
      capacity: f.capacity.toFixed(2),
    }).toEqual({ commitments: '2700000.00', leverage: '5.0000', capacity: '5000000.00' });
  });

  it('commits the cap for capped loans and the fund part of pending claims', () => {
    const f = fundFigures(
      facts({
        coveredOutstanding: D('2000000'),
        withinCapOutstanding: D('1000000'),
        cappedLoans: 2,
        pendingClaims: D('50000.55'),
      }),
      { leverageLimit: D('10'), perLoanCap: D('100000') },
      ratio,
    );
    expect(f.commitments?.toFixed(2)).toBe('790000.55');
  });

  it('has no commitments without a ratio in force, no leverage and no capacity without a balance', () => {
    const f = fundFigures(facts({ balance: D('0') }), { leverageLimit: D('10'), perLoanCap: null }, null);
    expect(f.commitments).toBeNull();
    expect(f.leverage).toBeNull();
    expect(f.capacity.toFixed(2)).toBe('0.00');
  });

  it('rounds leverage to 4 places and commitments to the cent (fund:bank = 1:2)', () => {
    const f = fundFigures(
      facts({ balance: D('3'), coveredOutstanding: D('10'), withinCapOutstanding: D('10') }),
      { leverageLimit: D('10'), perLoanCap: null },
      { fund: D('1'), bank: D('2'), insurer: D('0'), appraiser: D('0') },
    );
    expect(f.leverage?.toFixed(4)).toBe('3.3333');
    expect(f.commitments?.toFixed(2)).toBe('3.33');
  });
});

describe('enrolmentFits', () => {
  it.each([
    ['at the limit exactly', '5000000', true],
    ['one cent above it', '5000000.01', false],
    ['well within it', '1', true],
  ])('%s', (_name, outstanding, fits) => {
    expect(enrolmentFits(facts(), D('10'), D(outstanding)).fits).toBe(fits);
  });

  it('never fits an empty fund', () => {
    const result = enrolmentFits(facts({ balance: D('0'), coveredOutstanding: D('0') }), D('10'), D('1'));
    expect(result).toMatchObject({ fits: false, leverageAfter: null });
  });

  it('reports the leverage the enrolment would make', () => {
    expect(enrolmentFits(facts(), D('10'), D('6000000')).leverageAfter?.toFixed(4)).toBe('11.0000');
  });
});
