import {
  addCalendarMonthsUtc,
  blackScholesCall,
  cents,
  centsDown,
  D,
  daysBetween,
  normalCdf,
  presentValue,
} from './valuation-math.js';

/**
 * The e2e specs check the valuation engine against these hand computations, so they are
 * themselves held to published figures here.
 */
describe('@app/testing valuation math', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.96, 0.9750021048517795],
    [-1.96, 0.024997895148220435],
    [3, 0.9986501019683699],
    [-5, 2.866515718791946e-7],
  ])('normalCdf(%d) = %d (tables)', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-14);
  });

  it('Black-Scholes reproduces Hull example 15.6 (S 42, K 40, r 10 %, sigma 20 %, T 0.5, no dividend): 4.76', () => {
    const { call, d1, d2 } = blackScholesCall({
      spot: 42,
      strike: 40,
      years: 0.5,
      volatility: 0.2,
      riskFreeRate: 0.1,
      dividendYield: 0,
    });
    expect(call.toFixed(2)).toBe('4.76');
    expect(d1).toBeCloseTo(0.7693, 4);
    expect(d2).toBeCloseTo(0.6278, 4);
  });

  it('Black-Scholes with a dividend yield matches Hull example 17.1 (index option, q 3 %): 51.83', () => {
    // Hull 17.1: S 930, K 900, r 8 %, q 3 %, sigma 20 %, T 2/12 -> call 51.83.
    const { call } = blackScholesCall({
      spot: 930,
      strike: 900,
      years: 2 / 12,
      volatility: 0.2,
      riskFreeRate: 0.08,
      dividendYield: 0.03,
    });
    expect(call.toFixed(2)).toBe('51.83');
  });

  it('presentValue discounts end-of-year: 37.5, 41.25, 45.375 at 10 % -> 102.27', () => {
    expect(cents(presentValue(['37.5', '41.25', '45.375'], '0.1'))).toBe('102.27');
    expect(presentValue(['121'], '0.1').eq(110)).toBe(true);
  });

  it('rounds half to even, and down when asked', () => {
    expect(cents('0.125')).toBe('0.12');
    expect(cents('0.135')).toBe('0.14');
    expect(centsDown('23.01999')).toBe('23.01');
    expect(new D(1).div(3).times(3).eq(1)).toBe(false); // 60 digits, not exact: callers round at the end
  });

  it('addCalendarMonthsUtc clamps to the end of the month and keeps the time of day', () => {
    expect(addCalendarMonthsUtc(new Date('2025-01-31T10:20:30.456Z'), 1).toISOString()).toBe(
      '2025-02-28T10:20:30.456Z',
    );
    expect(addCalendarMonthsUtc(new Date('2024-01-31T00:00:00Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(addCalendarMonthsUtc(new Date('2025-11-15T08:00:00Z'), 3).toISOString()).toBe('2026-02-15T08:00:00.000Z');
    expect(addCalendarMonthsUtc(new Date('2025-11-15T08:00:00Z'), 24).toISOString()).toBe('2027-11-15T08:00:00.000Z');
  });

  it('daysBetween counts calendar days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});
