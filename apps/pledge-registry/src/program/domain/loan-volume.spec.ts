import fc from 'fast-check';
import { Decimal } from '@app/money';
import { buildLoanFigures, type LoanCell } from './loan-volume.js';

const cell = (year: number, quarter: number, dimension: string, value: string, loans: number, amount: string) =>
  ({ year, quarter, dimension, value, loans, amount }) satisfies LoanCell;

/** The three rows the trigger writes for one loan, as the rollup would hold them. */
function cellsOf(loans: readonly { year: number; quarter: number; lender: string; cents: bigint }[]): LoanCell[] {
  const sums = new Map<string, LoanCell>();
  for (const l of loans) {
    const amount = new Decimal(l.cents.toString()).div(100);
    const band = amount.lt(10_000_000) ? 'UNDER_10M' : 'OVER_10M';
    for (const [dimension, value] of [
      ['TOTAL', ''],
      ['LENDER', l.lender],
      ['BAND', band],
    ] as const) {
      const key = `${l.year}/${l.quarter}/${dimension}/${value}`;
      const had = sums.get(key);
      sums.set(
        key,
        cell(l.year, l.quarter, dimension, value, (had?.loans ?? 0) + 1, amount.plus(had?.amount ?? '0').toFixed(4)),
      );
    }
  }
  return [...sums.values()];
}

describe('buildLoanFigures', () => {
  const CELLS = [
    cell(2023, 4, 'TOTAL', '', 1, '2000000.0000'),
    cell(2024, 1, 'TOTAL', '', 3, '14000000.0000'),
    cell(2024, 1, 'BAND', 'UNDER_10M', 2, '2000000.0000'),
    cell(2024, 1, 'BAND', 'OVER_10M', 1, '12000000.0000'),
    cell(2024, 1, 'LENDER', 'b', 2, '2000000.0000'),
    cell(2024, 1, 'LENDER', 'a', 1, '12000000.0000'),
    cell(2024, 3, 'TOTAL', '', 1, '500000.5000'),
    cell(2024, 3, 'BAND', 'UNDER_10M', 1, '500000.5000'),
    cell(2024, 3, 'LENDER', 'b', 1, '500000.5000'),
  ];

  it('sums quarters, lenders and bands and shares under 10 million by count and by principal', () => {
    const f = buildLoanFigures(2024, CELLS);
    expect(f.quarters.map((q) => [q.quarter, q.loans, q.amount.toString()])).toEqual([
      [1, 3, '14000000'],
      [2, 0, '0'],
      [3, 1, '500000.5'],
      [4, 0, '0'],
    ]);
    expect(f.total).toEqual({ loans: 4, amount: new Decimal('14500000.5') });
    expect(f.previousYearTotal).toEqual({ loans: 1, amount: new Decimal('2000000') });
    expect(f.byLender.map((l) => [l.key, l.loans, l.amount.toString()])).toEqual([
      ['a', 1, '12000000'],
      ['b', 3, '2500000.5'],
    ]);
    expect(f.bySizeBand.map((b) => b.key)).toEqual(['OVER_10M', 'UNDER_10M']);
    expect(f.underTenMillionShare?.toString()).toBe('0.75');
    // 2,500,000.5 / 14,500,000.5 = 0.172413...
    expect(f.underTenMillionAmountShare?.toString()).toBe('0.1724');
  });

  it('has no shares and zero totals without loans', () => {
    const f = buildLoanFigures(2025, CELLS);
    expect(f.total).toEqual({ loans: 0, amount: new Decimal(0) });
    expect(f.previousYearTotal.loans).toBe(4);
    expect(f.underTenMillionShare).toBeNull();
    expect(f.underTenMillionAmountShare).toBeNull();
    expect(f.byLender).toEqual([]);
  });

  it('adds up exactly for any loans: quarters, lenders and bands each sum to the total', () => {
    const loan = fc.record({
      year: fc.constantFrom(2024, 2025),
      quarter: fc.integer({ min: 1, max: 4 }),
      lender: fc.constantFrom('a', 'b', 'c'),
      cents: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    });
    fc.assert(
      fc.property(fc.array(loan, { maxLength: 40 }), (loans) => {
        const f = buildLoanFigures(2025, cellsOf(loans));
        const mine = loans.filter((l) => l.year === 2025);
        const cents = mine.reduce((a, l) => a + l.cents, 0n);
        expect(f.total.loans).toBe(mine.length);
        expect(f.total.amount.times(100).toFixed(0)).toBe(cents.toString());
        for (const parts of [f.quarters, f.byLender, f.bySizeBand]) {
          expect(parts.reduce((a, p) => a + p.loans, 0)).toBe(f.total.loans);
          expect(parts.reduce((a, p) => a.plus(p.amount), new Decimal(0)).eq(f.total.amount)).toBe(true);
        }
        const under = mine.filter((l) => l.cents < 1_000_000_000n).length;
        expect(f.underTenMillionShare?.toString() ?? null).toBe(
          mine.length === 0 ? null : new Decimal(under).div(mine.length).toDecimalPlaces(4).toString(),
        );
      }),
    );
  });
});
