import fc from 'fast-check';
import { Decimal } from './decimal.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';
import { Money, minorUnits } from './money.js';

function expectMoneyError(fn: () => unknown, code: MoneyErrorCode): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MoneyError);
  expect((caught as MoneyError).code).toBe(code);
}

const usd = (amount: string): Money => Money.of(amount, 'USD');
const amounts = (parts: Money[]): string[] => parts.map((p) => p.amount.toFixed());

/** A decimal string with up to 16 integer digits and 0-6 fractional digits, built without floats. */
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => new Decimal(`${units}e-${scale}`).toFixed());

describe('Money.of', () => {
  it('keeps the amount exactly as given', () => {
    const money = Money.of('1234.5678901234567890123', 'CNY');
    expect(money.amount.toFixed()).toBe('1234.5678901234567890123');
    expect(money.currency).toBe('CNY');
  });

  it('accepts a Decimal and re-homes one from another decimal.js clone', () => {
    const Foreign = Decimal.clone({ precision: 5 });
    const money = Money.of(new Foreign('1.23456789'), 'USD');
    expect(money.amount.constructor).toBe(Decimal);
    // With the foreign clone's precision 5 this product would be rounded to 1.2346.
    expect(money.times('1').amount.toFixed()).toBe('1.23456789');
  });

  it('normalises negative zero so that zero is never negative', () => {
    const money = usd('-0.00');
    expect(money.isNegative()).toBe(false);
    expect(money.toJSON()).toEqual({ amount: '0', currency: 'USD' });
    expect(usd('0').negated().isNegative()).toBe(false);
  });

  it.each([['NaN'], ['Infinity'], ['-Infinity'], ['1e309'], ['1e3'], [''], [' 1'], ['.5'], ['0x10'], ['1,5']])(
    'rejects amount %j',
    (amount) => {
      expectMoneyError(() => Money.of(amount, 'USD'), MoneyErrorCode.INVALID_AMOUNT);
    },
  );

  it.each([[new Decimal(NaN)], [new Decimal(Infinity)], [new Decimal(-Infinity)]])(
    'rejects the non-finite Decimal %s',
    (amount) => {
      expectMoneyError(() => Money.of(amount, 'USD'), MoneyErrorCode.INVALID_AMOUNT);
    },
  );

  it('rejects a float smuggled past the types', () => {
    expectMoneyError(() => Money.of(0.1 as unknown as string, 'USD'), MoneyErrorCode.INVALID_AMOUNT);
  });

  it.each([['usd'], ['US'], ['USDT'], [''], ['U$D'], ['US1'], [' USD']])('rejects currency %j', (currency) => {
    expectMoneyError(() => Money.of('1', currency), MoneyErrorCode.INVALID_CURRENCY);
  });

  it('is immutable', () => {
    const money = usd('1');
    expect(Object.isFrozen(money)).toBe(true);
    const sum = money.plus(usd('2'));
    expect(money.amount.toFixed()).toBe('1');
    expect(sum.amount.toFixed()).toBe('3');
  });

  it('zero() is zero in the given currency', () => {
    expect(Money.zero('JPY').equals(Money.of('0', 'JPY'))).toBe(true);
    expectMoneyError(() => Money.zero('yen'), MoneyErrorCode.INVALID_CURRENCY);
  });
});

describe('arithmetic', () => {
  it('is exact where binary floats are not: 0.1 + 0.2 = 0.3', () => {
    expect(usd('0.1').plus(usd('0.2')).toJSON()).toEqual({ amount: '0.3', currency: 'USD' });
  });

  it.each([
    ['plus', '0.1', '0.2', '0.3'],
    ['plus', '9999999999999999.9999', '0.0001', '10000000000000000'],
    ['plus', '-5.25', '5.25', '0'],
    ['minus', '1', '0.9', '0.1'],
    ['minus', '0.3', '0.1', '0.2'],
    ['minus', '1.005', '2', '-0.995'],
  ] as const)('%s(%s, %s) = %s', (op, a, b, expected) => {
    expect(usd(a)[op](usd(b)).amount.toFixed()).toBe(expected);
  });

  it.each([
    ['1.1', '3', '3.3'],
    ['19.99', '0.0375', '0.749625'],
    ['100', '-0.5', '-50'],
    ['123.45', '0', '0'],
  ])('%s times %s = %s', (amount, factor, expected) => {
    expect(usd(amount).times(factor).amount.toFixed()).toBe(expected);
    expect(usd(amount).times(new Decimal(factor)).amount.toFixed()).toBe(expected);
  });

  it.each([
    ['10', '4', '2.5'],
    ['1', '8', '0.125'],
    ['-7.5', '2.5', '-3'],
    ['100', '3', '33.33333333333333333333333333333333333333'],
  ])('%s divided by %s = %s', (amount, divisor, expected) => {
    expect(usd(amount).dividedBy(divisor).amount.toFixed()).toBe(expected);
  });

  it.each([['0'], ['0.000'], ['-0']])('refuses to divide by %j', (divisor) => {
    expectMoneyError(() => usd('1').dividedBy(divisor), MoneyErrorCode.INVALID_AMOUNT);
  });

  it.each([['abc'], ['1e2'], ['NaN']])('refuses the factor %j', (factor) => {
    expectMoneyError(() => usd('1').times(factor), MoneyErrorCode.INVALID_AMOUNT);
    expectMoneyError(() => usd('1').dividedBy(factor), MoneyErrorCode.INVALID_AMOUNT);
  });

  it('negates', () => {
    expect(usd('12.5').negated().amount.toFixed()).toBe('-12.5');
    expect(usd('-12.5').negated().amount.toFixed()).toBe('12.5');
  });

  it.each([
    ['plus', (a: Money, b: Money) => a.plus(b)],
    ['minus', (a: Money, b: Money) => a.minus(b)],
    ['compare', (a: Money, b: Money) => a.compare(b)],
  ])('%s with another currency throws CURRENCY_MISMATCH', (_name, op) => {
    expectMoneyError(() => op(usd('1'), Money.of('1', 'EUR')), MoneyErrorCode.CURRENCY_MISMATCH);
  });

  it('property: plus is commutative and minus undoes plus', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        expect(
          usd(a)
            .plus(usd(b))
            .equals(usd(b).plus(usd(a))),
        ).toBe(true);
        expect(usd(a).plus(usd(b)).minus(usd(b)).equals(usd(a))).toBe(true);
      }),
    );
  });
});

describe('sign and comparison', () => {
  it.each([
    ['0', true, false, false],
    ['-0', true, false, false],
    ['0.01', false, false, true],
    ['-0.01', false, true, false],
  ])('%s: isZero %s, isNegative %s, isPositive %s', (amount, zero, negative, positive) => {
    const money = usd(amount);
    expect([money.isZero(), money.isNegative(), money.isPositive()]).toEqual([zero, negative, positive]);
  });

  it.each([
    ['1', '2', -1],
    ['2', '1', 1],
    ['1.0', '1.00', 0],
    ['-3', '-2.99', -1],
  ])('compare(%s, %s) = %s', (a, b, expected) => {
    expect(usd(a).compare(usd(b))).toBe(expected);
  });

  it.each([
    [usd('1.50'), usd('1.5'), true],
    [usd('1.5'), usd('1.51'), false],
    [usd('1.5'), Money.of('1.5', 'EUR'), false],
  ])('%s equals %s: %s', (a, b, expected) => {
    expect(a.equals(b)).toBe(expected);
  });
});

describe('round', () => {
  it.each([
    ['2.345', 'USD', '2.34'],
    ['2.355', 'USD', '2.36'],
    ['2.3450001', 'USD', '2.35'],
    ['-2.345', 'USD', '-2.34'],
    ['0.125', 'CNY', '0.12'],
    ['0.135', 'EUR', '0.14'],
    ['2.5', 'JPY', '2'],
    ['3.5', 'JPY', '4'],
    ['1234.5', 'JPY', '1234'],
    ['7.005', 'XXX', '7'],
  ])('%s %s rounds half-even to %s at the minor-unit scale', (amount, currency, expected) => {
    expect(Money.of(amount, currency).round().amount.toFixed()).toBe(expected);
  });

  it.each([
    ['2.345', 2, Decimal.ROUND_HALF_UP, '2.35'],
    ['2.349', 2, Decimal.ROUND_DOWN, '2.34'],
    ['-2.341', 2, Decimal.ROUND_FLOOR, '-2.35'],
    ['1.23455', 4, Decimal.ROUND_HALF_EVEN, '1.2346'],
    ['1.23445', 4, Decimal.ROUND_HALF_EVEN, '1.2344'],
    ['15', 0, Decimal.ROUND_HALF_EVEN, '15'],
  ] as const)('%s at scale %s, mode %s is %s', (amount, scale, mode, expected) => {
    expect(usd(amount).round(scale, mode).amount.toFixed()).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN]])('rejects scale %s', (scale) => {
    expect(() => usd('1').round(scale)).toThrow(RangeError);
  });

  it.each([
    ['USD', 2],
    ['CNY', 2],
    ['EUR', 2],
    ['HKD', 2],
    ['JPY', 0],
    ['GBP', 2],
  ])('minor units of %s are %s', (currency, expected) => {
    expect(minorUnits(currency)).toBe(expected);
  });
});

describe('allocate', () => {
  it.each([
    ['100', 'USD', ['1', '1', '1'], ['33.34', '33.33', '33.33']],
    ['-100', 'USD', ['1', '1', '1'], ['-33.34', '-33.33', '-33.33']],
    ['0.05', 'USD', ['3', '7'], ['0.02', '0.03']],
    ['0.05', 'USD', ['7', '3'], ['0.04', '0.01']],
    ['1', 'USD', ['0', '1', '1'], ['0', '0.5', '0.5']],
    ['100', 'JPY', ['1', '1', '1'], ['34', '33', '33']],
    ['10', 'JPY', ['0.3', '0.7'], ['3', '7']],
    ['10.005', 'USD', ['1'], ['10']],
    ['10.015', 'USD', ['1', '1'], ['5.01', '5.01']],
    ['0', 'USD', ['1', '2'], ['0', '0']],
    ['0.01', 'USD', ['1', '1', '1'], ['0.01', '0', '0']],
  ])('%s %s by %j is %j', (amount, currency, ratios, expected) => {
    const parts = Money.of(amount, currency).allocate(ratios);
    expect(amounts(parts)).toEqual(expected);
    expect(parts.every((p) => p.currency === currency)).toBe(true);
  });

  it('honours an explicit scale', () => {
    expect(amounts(usd('1').allocate(['1', '1', '1'], 4))).toEqual(['0.3334', '0.3333', '0.3333']);
    expect(amounts(usd('100').allocate([new Decimal(1), new Decimal(2)], 0))).toEqual(['33', '67']);
  });

  it.each([
    [[] as string[]],
    [['-1', '2']],
    [['0', '0']],
    [['abc']],
    [['1e2']],
    [[new Decimal(NaN)]],
    [[new Decimal(Infinity), '1']],
  ])('rejects ratios %j', (ratios) => {
    expectMoneyError(() => usd('1').allocate(ratios), MoneyErrorCode.INVALID_RATIO);
  });

  it('rejects a bad scale', () => {
    expect(() => usd('1').allocate(['1'], -1)).toThrow(RangeError);
  });

  const ratio = fc
    .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([units, scale]) => new Decimal(`${units}e-${scale}`).toFixed());
  const ratios = fc.array(ratio, { minLength: 1, maxLength: 12 }).filter((rs) => rs.some((r) => r !== '0'));

  it.each([['USD'], ['JPY']])(
    'property (%s): parts sum exactly to the rounded whole, each within one minor unit of its share',
    (currency) => {
      fc.assert(
        fc.property(decimalString, ratios, (amount, rs) => {
          const money = Money.of(amount, currency);
          const scale = minorUnits(currency);
          const whole = money.round().amount;
          const parts = money.allocate(rs);
          const unit = new Decimal(10).pow(-scale);
          const total = rs.reduce((sum, r) => sum.plus(r), new Decimal(0));

          expect(parts).toHaveLength(rs.length);
          expect(parts.reduce((sum, p) => sum.plus(p.amount), new Decimal(0)).equals(whole)).toBe(true);
          parts.forEach((part, i) => {
            expect(part.amount.decimalPlaces()).toBeLessThanOrEqual(scale);
            // |part - whole * r / total| < unit, multiplied through by total to stay exact.
            const error = part.amount
              .times(total)
              .minus(whole.times(rs[i] ?? '0'))
              .abs();
            expect(error.lessThan(unit.times(total))).toBe(true);
          });
        }),
      );
    },
  );

  it('property: allocating a negative amount mirrors the positive one', () => {
    fc.assert(
      fc.property(decimalString, ratios, (amount, rs) => {
        const positive = usd(amount).allocate(rs);
        const negative = usd(amount).negated().allocate(rs);
        expect(negative.map((p) => p.negated().amount.toFixed())).toEqual(amounts(positive));
      }),
    );
  });
});

describe('serialisation', () => {
  it.each([
    ['1234.56', 'CNY', { amount: '1234.56', currency: 'CNY' }, '1234.56 CNY'],
    ['0.0000000001', 'USD', { amount: '0.0000000001', currency: 'USD' }, '0.0000000001 USD'],
    ['1' + '0'.repeat(45), 'JPY', { amount: '1' + '0'.repeat(45), currency: 'JPY' }, `1${'0'.repeat(45)} JPY`],
  ])('%s %s -> %j / %s (never exponent notation)', (amount, currency, json, text) => {
    const money = Money.of(amount, currency);
    expect(money.toJSON()).toEqual(json);
    expect(JSON.stringify(money)).toBe(JSON.stringify(json));
    expect(money.toString()).toBe(text);
  });
});
