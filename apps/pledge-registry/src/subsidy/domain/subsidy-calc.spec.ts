import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  allocateCaps,
  claimAmount,
  interestPaidBase,
  lprInterestBase,
  shareFor,
  type LprBaseInput,
} from '@registry/subsidy/domain/subsidy-calc.js';
import { quarterPeriod } from '@registry/subsidy/domain/subsidy-period.js';

const d = (v: string | number): Decimal => new Decimal(v);

/** The published 1-year LPR around 2024 (see seed/subsidy-seed.ts). */
const LPRS = [
  { from: '2023-08-21', rate: d('0.0345') },
  { from: '2024-07-22', rate: d('0.0335') },
  { from: '2024-10-21', rate: d('0.0310') },
];
const Q3_2024 = quarterPeriod(2024, 3);

function input(overrides: Partial<LprBaseInput> = {}): LprBaseInput {
  return {
    period: Q3_2024,
    disbursedOn: '2024-07-01',
    closedOn: null,
    principal: d('1000000'),
    principalRepaid: [],
    lprs: LPRS,
    ...overrides,
  };
}

describe('lprInterestBase', () => {
  it('charges each day the LPR in force that day: 21 days at 3.45 %, 71 at 3.35 %, actual/360', () => {
    const result = lprInterestBase(input());
    // 1,000,000 x (0.0345 x 21 + 0.0335 x 71) / 360 = 8,619.444...
    expect(result.base?.toFixed(2)).toBe('8619.44');
    expect(result.segments?.map((s) => [s.from, s.to, s.days, s.balance.toString(), s.lpr.toString()])).toEqual([
      ['2024-07-01', '2024-07-22', 21, '1000000', '0.0345'],
      ['2024-07-22', '2024-10-01', 71, '1000000', '0.0335'],
    ]);
  });

  it('lowers the balance from the day principal is repaid', () => {
    const result = lprInterestBase(input({ principalRepaid: [{ on: '2024-08-16', amount: d('400000') }] }));
    // 1,000,000 x 0.0345 x 21 + 1,000,000 x 0.0335 x 25 + 600,000 x 0.0335 x 46 = 2,486,600; / 360
    expect(result.base?.toFixed(2)).toBe('6907.22');
    expect(result.segments?.map((s) => s.days)).toEqual([21, 25, 46]);
  });

  it.each<[string, Partial<LprBaseInput>, string]>([
    ['disbursed mid-quarter: from the disbursement day', { disbursedOn: '2024-09-01' }, '2791.67'],
    ['closed mid-quarter: up to the day before closing', { closedOn: '2024-07-11' }, '958.33'],
    ['disbursed after the quarter', { disbursedOn: '2024-10-01' }, '0.00'],
    ['closed before the quarter', { closedOn: '2024-06-30', disbursedOn: '2024-01-02' }, '0.00'],
    ['repaid in full: no balance, no days', { principalRepaid: [{ on: '2024-07-01', amount: d('1000000') }] }, '0.00'],
  ])('%s', (_name, overrides, expected) => {
    // 1,000,000 x 0.0335 x 30 / 360 = 2,791.67; 1,000,000 x 0.0345 x 10 / 360 = 958.33
    expect(lprInterestBase(input(overrides)).base?.toFixed(2)).toBe(expected);
  });

  it('reports the first day with a balance and no LPR in force', () => {
    expect(lprInterestBase(input({ lprs: [{ from: '2024-08-01', rate: d('0.03') }] }))).toEqual({
      ok: false,
      missingLprOn: '2024-07-01',
    });
  });

  it('never exceeds the whole principal at the highest LPR for the whole quarter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 91 }), amount: fc.integer({ min: 1, max: 400000 }) }), {
          maxLength: 4,
        }),
        (repayments) => {
          const principalRepaid = repayments.map((r) => ({
            on: new Date(Date.UTC(2024, 6, 1 + r.day)).toISOString().slice(0, 10),
            amount: d(r.amount),
          }));
          const result = lprInterestBase(input({ principalRepaid }));
          const ceiling = d('1000000').times('0.0345').times(92).div(360);
          expect(result.ok).toBe(true);
          expect(result.base?.gte(0)).toBe(true);
          expect(result.base?.lte(ceiling.toDecimalPlaces(2))).toBe(true);
          expect(result.segments?.reduce((n, s) => n + s.days, 0)).toBeLessThanOrEqual(92);
        },
      ),
    );
  });
});

describe('interestPaidBase', () => {
  it('sums the interest received inside the half-open period', () => {
    const repayments = [
      { on: '2024-06-30', interest: d('100') },
      { on: '2024-07-01', interest: d('10.005') },
      { on: '2024-09-30', interest: d('20') },
      { on: '2024-10-01', interest: d('1000') },
    ];
    expect(interestPaidBase(Q3_2024, repayments).toFixed(2)).toBe('30.00');
  });
});

describe('shares and amounts', () => {
  it.each<[boolean, boolean, string | null, string]>([
    [false, false, '0.50', '0.20'],
    [true, false, '0.50', '0.50'],
    [false, true, '0.50', '0.50'],
    [true, true, null, '0.20'],
  ])('insured %s, guaranteed %s, uplift %s -> %s', (insured, guaranteed, uplift, expected) => {
    const rule = { share: d('0.20'), upliftedShare: uplift === null ? null : d(uplift) };
    expect(shareFor(rule, { insured, guaranteed }).toFixed(2)).toBe(expected);
  });

  it('takes the plain share when the bank reported no facts', () => {
    expect(shareFor({ share: d('0.2'), upliftedShare: d('0.5') }, null).toString()).toBe('0.2');
  });

  it('rounds base x share to cents half-even', () => {
    expect(claimAmount(d('8619.44'), d('0.2')).toFixed(2)).toBe('1723.89');
    expect(claimAmount(d('0.25'), d('0.5')).toFixed(2)).toBe('0.12');
  });
});

describe('allocateCaps', () => {
  it('gives the firm cap out in order and names the cap that cut each claim', () => {
    const capped = allocateCaps(
      [
        { computed: d('400000'), loanUsed: d(0) },
        { computed: d('200000'), loanUsed: d(0) },
        { computed: d('5'), loanUsed: d(0) },
      ],
      { firmCap: d('500000'), firmUsed: d(0), loanCap: null },
    );
    expect(capped.map((c) => [c.capped.toFixed(2), c.note])).toEqual([
      ['400000.00', null],
      ['100000.00', 'per-firm cap 500000.00 a year, 100000.00 left'],
      ['0.00', 'per-firm cap 500000.00 a year, 0.00 left'],
    ]);
  });

  it('applies the per-loan cap before the firm cap', () => {
    const [claim] = allocateCaps([{ computed: d('15000'), loanUsed: d('2000') }], {
      firmCap: d('20000'),
      firmUsed: d(0),
      loanCap: d('10000'),
    });
    expect([claim?.capped.toFixed(2), claim?.note]).toEqual(['8000.00', 'per-loan cap 10000.00 a year, 8000.00 left']);
  });

  const amount = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => d(cents).div(100));

  it('never exceeds a cap: each capped amount in [0, computed], within its loan cap, and their sum within the firm cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ computed: amount, loanUsed: amount }), { maxLength: 8 }),
        amount,
        amount,
        fc.option(amount, { nil: null }),
        (claims, firmCap, firmUsed, loanCap) => {
          const capped = allocateCaps(claims, { firmCap, firmUsed, loanCap });
          let sum = d(0);
          capped.forEach((c, i) => {
            const claim = claims[i] as { computed: Decimal; loanUsed: Decimal };
            expect(c.capped.gte(0)).toBe(true);
            expect(c.capped.lte(claim.computed)).toBe(true);
            if (loanCap !== null) expect(c.capped.lte(Decimal.max(0, loanCap.minus(claim.loanUsed)))).toBe(true);
            expect(c.note === null).toBe(c.capped.eq(claim.computed));
            sum = sum.plus(c.capped);
          });
          expect(sum.lte(Decimal.max(0, firmCap.minus(firmUsed)))).toBe(true);
          // Nothing is cut while the caps leave room.
          const total = claims.reduce((s, c) => s.plus(c.computed), d(0));
          if (loanCap === null && total.lte(firmCap.minus(firmUsed))) expect(sum.eq(total)).toBe(true);
        },
      ),
    );
  });
});
