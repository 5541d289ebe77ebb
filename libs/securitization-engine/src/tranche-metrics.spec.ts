import { Decimal } from '@app/money';
import { annualisedYield, weightedAverageLife } from '@app/securitization-engine';

const d = (values: string[]): Decimal[] => values.map((v) => new Decimal(v));

describe('weightedAverageLife', () => {
  it.each([
    [['0', '0', '1200.00'], '0.25'],
    [['600.00', '600.00'], '0.125'],
    [['100.00', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '100.00'], '0.5417'],
  ])('%j -> %s years', (principal, expected) => {
    expect(weightedAverageLife(d(principal))?.toFixed()).toBe(expected);
  });

  it('is null without principal', () => {
    expect(weightedAverageLife(d(['0', '0']))).toBeNull();
  });
});

describe('annualisedYield', () => {
  it.each([
    ['1000.00', ['1010.00'], '0.12682503'],
    ['1000.00', ['1000.00'], '0'],
    ['1000.00', ['0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1100.00'], '0.1'],
    ['800.00', ['0', '0', '600.00'], '-0.68359375'],
  ])('%s bought, flows %j -> %s', (size, flows, expected) => {
    expect(annualisedYield(new Decimal(size), d(flows))?.toFixed()).toBe(expected);
  });

  it('is null for a zero-size tranche or flows that never pay back anything', () => {
    expect(annualisedYield(new Decimal(0), d(['10.00']))).toBeNull();
    expect(annualisedYield(new Decimal('100.00'), d(['0', '0']))).toBeNull();
  });
});
