import fc from 'fast-check';
import { Decimal } from '@app/money';
import { discountFactor, presentValue } from './discounting.js';
import { expectInvalid } from './__test__/expect-invalid.js';

describe('discountFactor', () => {
  it.each([
    ['0.1', 0, '1.0000000000'],
    ['0.1', 1, '0.9090909091'],
    ['0.1', 2, '0.8264462810'],
    ['0.1', 3, '0.7513148009'],
    ['0', 5, '1.0000000000'],
    ['0.25', 2, '0.6400000000'],
    ['-0.5', 1, '2.0000000000'], // negative rates above -1 are allowed and inflate
  ])('rate %s, period %i -> %s', (rate, period, expected) => {
    expect(discountFactor(new Decimal(rate), period).toFixed(10)).toBe(expected);
  });

  it('is exact where the decimal expansion terminates', () => {
    expect(discountFactor(new Decimal('0.25'), 3).toString()).toBe('0.512');
  });

  it.each([
    ['-1', 1, 'discountRate'],
    ['-1.5', 1, 'discountRate'],
    ['0.1', -1, 'period'],
    ['0.1', 1.5, 'period'],
    ['0.1', Number.NaN, 'period'],
  ])('rate %s, period %d is rejected on %s', (rate, period, field) => {
    expectInvalid(() => discountFactor(new Decimal(rate), period), field);
  });

  it('falls strictly with every further year for a positive rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 60 }), (basisPoints, period) => {
        const rate = new Decimal(basisPoints).div(10_000);
        expect(discountFactor(rate, period + 1).lt(discountFactor(rate, period))).toBe(true);
      }),
    );
  });
});

describe('presentValue', () => {
  it('discounts 121 over two years at 10 % to exactly 100', () => {
    expect(presentValue(new Decimal('121'), new Decimal('0.1'), 2).toString()).toBe('100');
  });

  it('rejects a rate of -1', () => {
    expectInvalid(() => presentValue(new Decimal('1'), new Decimal('-1'), 1), 'discountRate');
  });
});
