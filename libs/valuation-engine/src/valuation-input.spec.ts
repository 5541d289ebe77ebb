import { Decimal } from '@app/money';
import { ValuationInputError, requireFiniteYears, toDecimalInput } from './valuation-input.js';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function expectInvalid(fn: () => unknown, field: string): void {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

describe('toDecimalInput', () => {
  it.each([
    ['1234.56', '1234.56'],
    [' 0.05 ', '0.05'],
    ['-0.5', '-0.5'],
    ['+7', '7'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1e3', '1000'],
    ['1.5E-2', '0.015'],
    ['-0', '0'],
    ['9999999999999999.9999', '9999999999999999.9999'],
  ])('reads %j as %s', (raw, expected) => {
    expect(toDecimalInput(raw, 'x').toString()).toBe(expected);
  });

  it('passes a Decimal through', () => {
    expect(toDecimalInput(new Decimal('0.1'), 'x').eq('0.1')).toBe(true);
  });

  it.each<[unknown]>([
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['1e309'],
    ['1e16'],
    ['-1e16'],
    ['0x10'],
    ['0b1'],
    [''],
    ['1,000'],
    ['12abc'],
    [0.05],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [null],
    [undefined],
    [new Decimal(Number.NaN)],
    [new Decimal('Infinity')],
  ])('rejects %p', (raw) => {
    expectInvalid(() => toDecimalInput(raw, 'royaltyRate'), 'royaltyRate');
  });
});

describe('requireFiniteYears', () => {
  it('returns a finite number', () => {
    expect(requireFiniteYears(7.5, 'economicLifeYears')).toBe(7.5);
  });

  it.each<[unknown]>([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], ['5'], [null]])(
    'rejects %p',
    (value) => {
      expectInvalid(() => requireFiniteYears(value, 'economicLifeYears'), 'economicLifeYears');
    },
  );
});
