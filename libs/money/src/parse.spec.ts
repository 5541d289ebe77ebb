import fc from 'fast-check';
import { Decimal } from './decimal.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';
import { DECIMAL_STRING_PATTERN, parseDecimal, type ParseDecimalOptions } from './parse.js';

function parseError(value: unknown, field: string, opts?: ParseDecimalOptions): MoneyError {
  try {
    parseDecimal(value, field, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(MoneyError);
    return error as MoneyError;
  }
  throw new Error(`expected ${String(value)} to be rejected`);
}

describe('parseDecimal', () => {
  it.each<[unknown, ParseDecimalOptions | undefined, string]>([
    ['0', undefined, '0'],
    ['1234.56', undefined, '1234.56'],
    ['0.0001', undefined, '0.0001'],
    ['0001.50', undefined, '1.5'],
    ['-0', undefined, '0'],
    ['-0.000', undefined, '0'],
    ['9999999999999999.9999', undefined, '9999999999999999.9999'],
    ['00000000000000000001', undefined, '1'],
    ['0.12345678901234567890123456789', undefined, '0.12345678901234567890123456789'],
    [42, undefined, '42'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [Number.MAX_SAFE_INTEGER, undefined, '9007199254740991'],
    ['-0.5', { allowNegative: true }, '-0.5'],
    [-12, { allowNegative: true }, '-12'],
    ['1.50000', { maxScale: 4 }, '1.5'],
    ['1.2345', { maxScale: 4 }, '1.2345'],
    ['7', { maxScale: 0 }, '7'],
    ['999', { maxIntegerDigits: 3 }, '999'],
    ['10', { min: '10', max: '10' }, '10'],
    ['0.01', { min: new Decimal('0.01') }, '0.01'],
    ['-5', { allowNegative: true, min: '-5' }, '-5'],
  ])('accepts %j with %j as %s', (value, opts, expected) => {
    const result = parseDecimal(value, 'amount', opts);
    expect(result).toBeInstanceOf(Decimal);
    expect(result.toFixed()).toBe(expected);
    expect(result.isNegative() && result.isZero()).toBe(false);
  });

  const FORMAT = 'must be a decimal string like "1234.56"';
  it.each<[unknown, ParseDecimalOptions | undefined, string]>([
    ['NaN', undefined, FORMAT],
    ['Infinity', undefined, FORMAT],
    ['-Infinity', undefined, FORMAT],
    ['1e309', undefined, FORMAT],
    ['1e3', undefined, FORMAT],
    ['1E-2', undefined, FORMAT],
    ['', undefined, FORMAT],
    [' 1', undefined, FORMAT],
    ['1 ', undefined, FORMAT],
    ['+1', undefined, FORMAT],
    ['.5', undefined, FORMAT],
    ['1.', undefined, FORMAT],
    ['--1', undefined, FORMAT],
    ['1,000.00', undefined, FORMAT],
    ['0x10', undefined, FORMAT],
    ['１２', undefined, FORMAT],
    [Number.NaN, undefined, FORMAT],
    [Number.POSITIVE_INFINITY, undefined, FORMAT],
    [0.1, undefined, FORMAT],
    [1.5, undefined, FORMAT],
    [2 ** 53, undefined, FORMAT],
    [10n, undefined, FORMAT],
    [new Decimal('1'), undefined, FORMAT],
    [null, undefined, FORMAT],
    [undefined, undefined, FORMAT],
    [true, undefined, FORMAT],
    [{}, undefined, FORMAT],
    [['1'], undefined, FORMAT],
    ['-0.5', undefined, 'must not be negative'],
    ['-0.5', { allowNegative: false }, 'must not be negative'],
    [-1, undefined, 'must not be negative'],
    ['12345678901234567', undefined, 'must have at most 16 digits before the decimal point'],
    ['-12345678901234567.5', { allowNegative: true }, 'must have at most 16 digits before the decimal point'],
    ['1000', { maxIntegerDigits: 3 }, 'must have at most 3 digits before the decimal point'],
    ['1.23456', { maxScale: 4 }, 'must have at most 4 digits after the decimal point'],
    ['0.5', { maxScale: 0 }, 'must have at most 0 digits after the decimal point'],
    ['0.009', { min: '0.01' }, 'must be at least 0.01'],
    ['100.01', { max: new Decimal('100') }, 'must be at most 100'],
    ['-6', { allowNegative: true, min: '-5' }, 'must be at least -5'],
  ])('rejects %j with %j: %s', (value, opts, problem) => {
    const error = parseError(value, 'amount', opts);
    expect(error.code).toBe(MoneyErrorCode.INVALID_AMOUNT);
    expect(error.field).toBe('amount');
    expect(error.message).toBe(`amount: ${problem}`);
  });

  it('names the field it was given', () => {
    const error = parseError('abc', 'input.loan.principal');
    expect(error.code).toBe(MoneyErrorCode.INVALID_AMOUNT);
    expect(error.field).toBe('input.loan.principal');
    expect(error.message).toBe('input.loan.principal: must be a decimal string like "1234.56"');
  });

  it('property: every canonical decimal within the limits round-trips exactly', () => {
    const canonical = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.bigInt({ min: 0n, max: 9999n }))
      .map(([negative, integer, fraction]) => {
        const text = `${integer}.${fraction.toString().padStart(4, '0')}`;
        return negative ? `-${text}` : text;
      });
    fc.assert(
      fc.property(canonical, (text) => {
        const parsed = parseDecimal(text, 'amount', { allowNegative: true, maxScale: 4 });
        expect(parsed.equals(new Decimal(text))).toBe(true);
        // The canonical form parses back to the same value.
        expect(parseDecimal(parsed.toFixed(), 'amount', { allowNegative: true }).equals(parsed)).toBe(true);
      }),
    );
  });

  it('property: any string outside the canonical pattern is rejected with INVALID_AMOUNT', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+ .eE0-9]{0,8}$/)), (text) => {
        fc.pre(!DECIMAL_STRING_PATTERN.test(text));
        expect(parseError(text, 'amount', { allowNegative: true }).code).toBe(MoneyErrorCode.INVALID_AMOUNT);
      }),
    );
  });
});
