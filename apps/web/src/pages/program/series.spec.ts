import { quarterOf, sumAmounts, volumeSeries, withShares } from '@web/pages/program/series';

const quarters = [
  { quarter: 1, amount: '1000000.10', registrations: 1 },
  { quarter: 2, amount: '0', registrations: 0 },
  { quarter: 3, amount: '2500000.20', registrations: 2 },
  { quarter: 4, amount: '0', registrations: 0 },
];

describe('volumeSeries', () => {
  it('adds the quarters exactly, paces the target evenly and carries the run rate from the current quarter', () => {
    const s = volumeSeries({
      quarters,
      targetAmount: '10000000',
      elapsedFraction: '0.7',
      projectionAmount: '5000000.43',
    });
    expect(s.currentQuarter).toBe(3);
    expect(s.total).toBe('3500000.30');
    expect(s.attainmentPercent).toBe('35.0');
    expect(s.rows.map((r) => r.cumulative)).toEqual(['1000000.10', '1000000.10', '3500000.30', null]);
    expect(s.rows.map((r) => r.targetPace)).toEqual(['2500000.00', '5000000.00', '7500000.00', '10000000.00']);
    // 5000000.43 x 3/4 = 3750000.3225 -> 3750000.32; the year end is the projection itself.
    expect(s.rows.map((r) => r.projected)).toEqual([null, null, '3750000.32', '5000000.43']);
  });

  it('has no target line or attainment without a target, and no projection for a closed year', () => {
    const s = volumeSeries({ quarters, targetAmount: null, elapsedFraction: '1', projectionAmount: '3500000.30' });
    expect(s.currentQuarter).toBeNull();
    expect(s.attainmentPercent).toBeNull();
    expect(s.rows.every((r) => r.targetPace === null && r.projected === null)).toBe(true);
    expect(s.rows.map((r) => r.cumulative)).toEqual(['1000000.10', '1000000.10', '3500000.30', '3500000.30']);
  });

  it('draws nothing but the target before the year begins, and fills missing quarters with zero', () => {
    const s = volumeSeries({ quarters: [], targetAmount: '0', elapsedFraction: '0', projectionAmount: null });
    expect(s.rows.map((r) => [r.amount, r.cumulative, r.projected])).toEqual([
      ['0.00', null, null],
      ['0.00', null, null],
      ['0.00', null, null],
      ['0.00', null, null],
    ]);
    expect(s.attainmentPercent).toBeNull();
  });

  it('places quarter boundaries: the last day of March is still the first quarter', () => {
    expect(quarterOf('0.0027')).toBe(1);
    expect(quarterOf('0.25')).toBe(1);
    expect(quarterOf('0.2501')).toBe(2);
    expect(quarterOf('0.9973')).toBe(4);
    expect(quarterOf('1')).toBeNull();
  });
});

describe('withShares', () => {
  it('sorts by amount (not as text) and gives each row its share to one decimal', () => {
    const rows = withShares([
      { key: 'Wuzhong', amount: '900000' },
      { key: 'Gusu', amount: '100000.00' },
      { key: 'Suzhou Industrial Park', amount: '2000000' },
    ]);
    expect(rows.map((r) => [r.key, r.sharePercent])).toEqual([
      ['Suzhou Industrial Park', '66.7'],
      ['Wuzhong', '30.0'],
      ['Gusu', '3.3'],
    ]);
  });

  it('gives 0.0 shares when every amount is zero and orders ties by key', () => {
    expect(
      withShares([
        { key: 'b', amount: '0' },
        { key: 'a', amount: '0' },
      ]).map((r) => [r.key, r.sharePercent]),
    ).toEqual([
      ['a', '0.0'],
      ['b', '0.0'],
    ]);
  });
});

describe('sumAmounts', () => {
  it('adds decimal strings exactly (0.1 + 0.2 is 0.30)', () => {
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.30');
    expect(sumAmounts(['8000.00', '12345678.905'])).toBe('12353678.90');
    expect(sumAmounts([])).toBe('0.00');
  });
});
