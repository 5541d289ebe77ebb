import fc from 'fast-check';
import { Decimal } from '@app/money';
import { buildAreas, type AreaCell, type LoanAreaCell } from '@registry/program/domain/program-areas.js';

const figures = (v: { registrations: number; amount: Decimal; loans: number; loanAmount: Decimal }) => ({
  registrations: v.registrations,
  amount: v.amount.toFixed(2),
  loans: v.loans,
  loanAmount: v.loanAmount.toFixed(2),
});

describe('buildAreas', () => {
  it('sums a district over its parks and the enterprises outside any park, and keys parks within districts', () => {
    const cells: AreaCell[] = [
      { district: 'East', park: '', registrations: 1, amount: '3000000.00' },
      { district: 'East', park: 'Hi-Tech Park', registrations: 2, amount: '5000000.50' },
      { district: 'West', park: 'Hi-Tech Park', registrations: 1, amount: '12000000.00' },
    ];
    const loanCells: LoanAreaCell[] = [
      { district: 'East', park: 'Hi-Tech Park', loans: 1, amount: '4000000.00' },
      { district: 'North', park: '', loans: 1, amount: '1000000.00' },
    ];
    const { byDistrict, byPark } = buildAreas(cells, loanCells);
    expect(byDistrict.map((d) => [d.district, d.park, figures(d)])).toEqual([
      ['West', null, { registrations: 1, amount: '12000000.00', loans: 0, loanAmount: '0.00' }],
      ['East', null, { registrations: 3, amount: '8000000.50', loans: 1, loanAmount: '4000000.00' }],
      ['North', null, { registrations: 0, amount: '0.00', loans: 1, loanAmount: '1000000.00' }],
    ]);
    expect(byPark.map((p) => [p.district, p.park, figures(p)])).toEqual([
      ['West', 'Hi-Tech Park', { registrations: 1, amount: '12000000.00', loans: 0, loanAmount: '0.00' }],
      ['East', 'Hi-Tech Park', { registrations: 2, amount: '5000000.50', loans: 1, loanAmount: '4000000.00' }],
    ]);
  });

  it('gives empty lists without cells', () => {
    expect(buildAreas([], [])).toEqual({ byDistrict: [], byPark: [] });
  });

  it('keeps every registration and loan: districts add up to the cells, parks to the cells inside a park', () => {
    const name = fc.constantFrom('', 'A', 'B');
    const cell = fc.record({
      district: name,
      park: name,
      count: fc.integer({ min: 1, max: 50 }),
      cents: fc.bigInt({ min: 1n, max: 10n ** 14n }),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), fc.array(cell, { maxLength: 12 }), (raw, rawLoans) => {
        const amount = (cents: bigint) => new Decimal(cents.toString()).div(100).toFixed(2);
        const cells = raw.map((c) => ({
          district: c.district,
          park: c.park,
          registrations: c.count,
          amount: amount(c.cents),
        }));
        const loanCells = rawLoans.map((c) => ({
          district: c.district,
          park: c.park,
          loans: c.count,
          amount: amount(c.cents),
        }));
        const { byDistrict, byPark } = buildAreas(cells, loanCells);
        const sum = (xs: readonly { amount: string }[]) => xs.reduce((s, x) => s.plus(x.amount), new Decimal(0));
        expect(byDistrict.reduce((s, d) => s + d.registrations, 0)).toBe(
          cells.reduce((s, c) => s + c.registrations, 0),
        );
        expect(byDistrict.reduce((s, d) => s.plus(d.amount), new Decimal(0)).eq(sum(cells))).toBe(true);
        expect(byDistrict.reduce((s, d) => s.plus(d.loanAmount), new Decimal(0)).eq(sum(loanCells))).toBe(true);
        const inParks = cells.filter((c) => c.park !== '');
        expect(byPark.reduce((s, p) => s.plus(p.amount), new Decimal(0)).eq(sum(inParks))).toBe(true);
        expect(new Set(byDistrict.map((d) => d.district)).size).toBe(byDistrict.length);
      }),
    );
  });
});
