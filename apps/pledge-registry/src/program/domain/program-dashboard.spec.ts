import { Decimal } from '@app/money';
import type { LoanCell } from './loan-volume.js';
import { buildDashboard, elapsedFraction, ProgramTrack, SizeShareBasis, type VolumeCell } from './program-dashboard.js';

const cell = (
  year: number,
  quarter: number,
  dimension: string,
  value: string,
  n: number,
  amount: string,
): VolumeCell => ({
  year,
  quarter,
  dimension,
  value,
  registrations: n,
  amount,
});

const CELLS: VolumeCell[] = [
  cell(2023, 1, 'TOTAL', '', 2, '10000000.0000'),
  cell(2024, 1, 'TOTAL', '', 2, '6000000.0000'),
  cell(2024, 2, 'TOTAL', '', 1, '12000000.0000'),
  cell(2024, 1, 'BAND', 'UNDER_10M', 2, '6000000.0000'),
  cell(2024, 2, 'BAND', 'OVER_10M', 1, '12000000.0000'),
  cell(2024, 1, 'LENDER', 'b', 2, '6000000.0000'),
  cell(2024, 2, 'LENDER', 'a', 1, '12000000.0000'),
  cell(2024, 1, 'IPC', 'G', 2, '6000000.0000'),
  cell(2024, 2, 'IPC', 'G', 1, '12000000.0000'),
  cell(2024, 1, 'FIRST_TIME', 'Y', 1, '1000000.0000'),
];

describe('elapsedFraction', () => {
  it.each([
    [2025, '2026-03-01', '1'],
    [2027, '2026-03-01', '0'],
    [2026, '2026-12-31', '1'],
    [2026, '2026-01-01', new Decimal(1).div(365).toString()],
    [2024, '2024-12-31', '1'],
    [2024, '2024-07-01', new Decimal(183).div(366).toString()],
  ])('year %i on %s is %s', (year, today, expected) => {
    expect(elapsedFraction(year, today).toString()).toBe(expected);
  });
});

describe('buildDashboard', () => {
  const base = {
    year: 2024,
    cells: CELLS,
    loanCells: [] as LoanCell[],
    areaCells: [{ district: 'East', park: '', registrations: 2, amount: '3000000.00' }],
    loanAreaCells: [],
    enterprises: 2,
    today: '2024-07-01',
    growthTarget: '0.20',
  };

  it('sums quarters, dimensions and growth exactly', () => {
    const d = buildDashboard({ ...base, target: null });
    expect(d.quarters.map((q) => [q.registrations, q.amount.toString()])).toEqual([
      [2, '6000000'],
      [1, '12000000'],
      [0, '0'],
      [0, '0'],
    ]);
    expect(d.total.amount.toString()).toBe('18000000');
    expect(d.byLender.map((l) => l.key)).toEqual(['a', 'b']);
    expect(d.byIpcSection).toHaveLength(1);
    expect(d.firstTime.registrations).toBe(1);
    expect(d.byDistrict.map((a) => [a.district, a.park, a.registrations])).toEqual([['East', null, 2]]);
    expect(d.byPark).toEqual([]);
    expect(d.underTenMillionShare?.toString()).toBe('0.6667');
    expect(d.registrationsUnderTenMillionShare?.toString()).toBe('0.6667');
    expect(d.underTenMillionShareBasis).toBe(SizeShareBasis.SECURED_AMOUNT);
    expect(d.loans.total.loans).toBe(0);
    expect(d.growth?.toString()).toBe('0.8');
    expect(d.elapsedFraction.toString()).toBe('0.5');
    expect(d.projection?.amount.toString()).toBe('36000000');
    expect(d.projection?.registrations).toBe(6);
    expect(d.growthOnTrack).toBe(true);
    expect(d.track).toBe(ProgramTrack.NO_TARGET);
    expect(d.amountAttainment).toBeNull();
  });

  it.each([
    ['36000000', 6, ProgramTrack.ON_TRACK],
    ['36000000.01', 6, ProgramTrack.AT_RISK],
    ['1', 7, ProgramTrack.AT_RISK],
  ])('target %s / %i registrations is %s', (amount, registrations, track) => {
    const d = buildDashboard({ ...base, target: { amount: new Decimal(amount), registrations, enterprises: 4 } });
    expect(d.track).toBe(track);
    expect(d.enterprisesAttainment?.toString()).toBe('0.5');
  });

  it('has no projection or growth before the year and no growth without a previous year', () => {
    const d = buildDashboard({ ...base, year: 2026, target: null });
    expect(d.projection).toBeNull();
    expect(d.growth).toBeNull();
    expect(d.growthOnTrack).toBeNull();
    expect(d.underTenMillionShare).toBeNull();
  });

  it("measures the share under 10 million on loans' principal once loans are disbursed, keeping the pledge figure", () => {
    const loanCells: LoanCell[] = [
      { year: 2024, quarter: 2, dimension: 'TOTAL', value: '', loans: 2, amount: '20000000.0000' },
      { year: 2024, quarter: 2, dimension: 'BAND', value: 'OVER_10M', loans: 2, amount: '20000000.0000' },
      { year: 2024, quarter: 2, dimension: 'LENDER', value: 'a', loans: 2, amount: '20000000.0000' },
    ];
    const d = buildDashboard({ ...base, loanCells, target: null });
    expect(d.underTenMillionShareBasis).toBe(SizeShareBasis.LOAN_PRINCIPAL);
    expect(d.underTenMillionShare?.toString()).toBe('0');
    expect(d.registrationsUnderTenMillionShare?.toString()).toBe('0.6667');
    expect(d.loans.quarters[1]).toEqual({ quarter: 2, loans: 2, amount: new Decimal('20000000') });
    expect(d.loans.underTenMillionAmountShare?.toString()).toBe('0');
    // Loans of another year do not switch the basis.
    const other = buildDashboard({ ...base, year: 2025, loanCells, target: null });
    expect(other.underTenMillionShareBasis).toBe(SizeShareBasis.SECURED_AMOUNT);
  });
});
