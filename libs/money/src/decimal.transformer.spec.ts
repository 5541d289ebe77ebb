import fc from 'fast-check';
import { Decimal } from './decimal.js';
import { decimalTransformer } from './decimal.transformer.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';

function expectInvalidAmount(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MoneyError);
  expect((caught as MoneyError).code).toBe(MoneyErrorCode.INVALID_AMOUNT);
}

describe('decimalTransformer', () => {
  describe('from (PostgreSQL numeric text to Decimal)', () => {
    it.each([
      ['1234.5600', '1234.56'],
      ['-0.0001', '-0.0001'],
      ['0', '0'],
      ['0.0000', '0'],
      ['9999999999999999.9999', '9999999999999999.9999'],
      // Wider columns than numeric(20,4) must still load without losing a digit.
      ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
    ])('reads %j as %s', (raw, expected) => {
      const value: unknown = decimalTransformer.from(raw);
      expect(value).toBeInstanceOf(Decimal);
      expect((value as Decimal).toFixed()).toBe(expected);
    });

    it.each([[null], [undefined]])('passes %s through', (raw) => {
      expect(decimalTransformer.from(raw)).toBe(raw);
    });

    it.each([['NaN'], ['Infinity'], ['-Infinity'], ['1e5'], [''], [1.5], [{}]])('refuses %j', (raw) => {
      expectInvalidAmount(() => decimalTransformer.from(raw));
    });
  });

  describe('to (Decimal to PostgreSQL numeric text)', () => {
    it.each([
      [new Decimal('1234.56'), '1234.56'],
      [new Decimal('-0.0001'), '-0.0001'],
      [new Decimal('1e-10'), '0.0000000001'],
      [new Decimal('1e50'), '1' + '0'.repeat(50)],
      [new Decimal('-0'), '0'],
      ['12.30', '12.3'],
      [7, '7'],
    ])('writes %s as %j', (value, expected) => {
      expect(decimalTransformer.to(value)).toBe(expected);
    });

    it.each([[null], [undefined]])('passes %s through', (value) => {
      expect(decimalTransformer.to(value)).toBe(value);
    });

    it.each([[new Decimal(NaN)], [new Decimal(Infinity)], ['NaN'], ['abc'], [0.1], [{}]])('refuses %s', (value) => {
      expectInvalidAmount(() => decimalTransformer.to(value));
    });
  });

  it('property: from(to(x)) equals x', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.integer({ min: 0, max: 8 }),
        (units, scale) => {
          const value = new Decimal(`${units}e-${scale}`);
          const stored: unknown = decimalTransformer.to(value);
          expect(typeof stored).toBe('string');
          expect(stored).not.toMatch(/e/i);
          expect((decimalTransformer.from(stored) as Decimal).equals(value)).toBe(true);
        },
      ),
    );
  });
});
