import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fieldFailure, fractionToPercent, percentToFraction } from '@web/kit/form';

describe('form helpers', () => {
  it.each([
    ['4.35', '0.0435'],
    ['30', '0.3'],
    ['100', '1'],
    ['0.5', '0.005'],
    ['1234.5', '12.345'],
    ['4.', null],
    ['-1', null],
    ['1e2', null],
  ])('percent %s is the fraction %s', (percent, fraction) => {
    expect(percentToFraction(percent)).toBe(fraction);
  });

  it.each([
    ['0.0435', '4.35'],
    ['0.3', '30'],
    ['1', '100'],
    ['0.005', '0.5'],
    ['12.345', '1234.5'],
    ['0', '0'],
    ['-0.02', '-2'],
    ['0.123456789', '12.3456789'],
  ])('fraction %s is %s per cent', (fraction, percent) => {
    expect(fractionToPercent(fraction)).toBe(percent);
    if (!percent.startsWith('-')) expect(percentToFraction(percent)).toBe(fraction);
  });

  it('puts a BAD_USER_INPUT on the form field it names, anything else on the form', () => {
    const fields = { annualRate: 'rate' } as const;
    const bad = new CombinedGraphQLErrors({
      errors: [
        { message: 'input.annualRate: too high', extensions: { code: 'BAD_USER_INPUT', field: 'input.annualRate' } },
      ],
    });
    expect(fieldFailure(bad, fields)).toEqual({ field: 'rate', message: 'Too high' });
    const other = new CombinedGraphQLErrors({
      errors: [{ message: 'input.x: no', extensions: { code: 'BAD_USER_INPUT', field: 'input.x' } }],
    });
    expect(fieldFailure(other, fields)).toEqual({ field: null, error: other });
  });
});
