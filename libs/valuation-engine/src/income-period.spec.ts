import fc from 'fast-check';
import { incomePeriod } from './income-period.js';
import { ValuationInputError } from './valuation-input.js';

describe('incomePeriod', () => {
  it.each([
    [10, 15, 10, 'LEGAL_TERM'],
    [15, 10, 10, 'ECONOMIC_LIFE'],
    [7.99, 12, 7, 'LEGAL_TERM'], // partial final year dropped
    [12, 7.99, 7, 'ECONOMIC_LIFE'],
    [8, 8, 8, 'LEGAL_TERM'], // tie goes to the legal term
    [8.5, 8.2, 8, 'ECONOMIC_LIFE'], // same whole years, economic life is the smaller limit
    [0.5, 10, 0, 'LEGAL_TERM'],
    [0, 10, 0, 'LEGAL_TERM'],
    [-3, 10, 0, 'LEGAL_TERM'], // expired right
    [10, -1, 0, 'ECONOMIC_LIFE'],
  ])('legal %d, economic %d -> %i years capped by %s', (remainingLegalYears, economicLifeYears, years, cappedBy) => {
    expect(incomePeriod({ remainingLegalYears, economicLifeYears })).toEqual({ years, cappedBy });
  });

  it.each([
    [Number.NaN, 10, 'remainingLegalYears'],
    [Number.POSITIVE_INFINITY, 10, 'remainingLegalYears'],
    [10, Number.NaN, 'economicLifeYears'],
    [10, Number.NEGATIVE_INFINITY, 'economicLifeYears'],
  ])('rejects legal %d, economic %d on %s', (remainingLegalYears, economicLifeYears, field) => {
    let error: unknown;
    try {
      incomePeriod({ remainingLegalYears, economicLifeYears });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValuationInputError);
    expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
    expect((error as ValuationInputError).field).toBe(field);
  });

  it('never exceeds either limit and drops less than one year', () => {
    const life = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(life, life, (remainingLegalYears, economicLifeYears) => {
        const { years } = incomePeriod({ remainingLegalYears, economicLifeYears });
        const limit = Math.min(remainingLegalYears, economicLifeYears);
        expect(Number.isInteger(years)).toBe(true);
        expect(years).toBeLessThanOrEqual(limit);
        expect(limit - years).toBeLessThan(1);
      }),
    );
  });
});
