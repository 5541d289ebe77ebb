import { compareDecimals, ExactDecimal, sumDecimals, toCents } from '@web/kit/exact-decimal';

describe('exact decimals', () => {
  it('sums decimal strings without float error', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['123456789012345678.99', '0.01'])).toBe('123456789012345679');
    expect(sumDecimals([])).toBe('0');
  });

  it('rounds half-even to the cent', () => {
    expect(toCents(new ExactDecimal('2.345'))).toBe('2.34');
    expect(toCents(new ExactDecimal('2.355'))).toBe('2.36');
    expect(toCents(new ExactDecimal('7'))).toBe('7.00');
  });

  it.each([
    ['0.0435', '0.04350', 0],
    ['0.0435', '0.0436', -1],
    ['100', '99.99', 1],
    ['-1', '0', -1],
    ['1e2', '100', null],
    ['', '1', null],
  ])('%s against %s is %p', (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected);
  });
});
