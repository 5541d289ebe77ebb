import { decimalOrNull } from '@app/money';

describe('decimalOrNull', () => {
  it('keeps absence as null and parses a present value exactly', () => {
    expect(decimalOrNull(null)).toBeNull();
    expect(decimalOrNull(undefined)).toBeNull();
    expect(decimalOrNull('0.1')?.plus('0.2').toFixed()).toBe('0.3');
    expect(decimalOrNull('0')?.isZero()).toBe(true);
  });
});
