import fc from 'fast-check';
import { Decimal } from '@app/money';
import { costApproach, type CostApproachInput } from './cost-approach.js';
import { ValuationInputError } from './valuation-input.js';

function expectInvalid(input: unknown, field: string): void {
  let error: unknown;
  try {
    costApproach(input as CostApproachInput);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

const TEXTBOOK: CostApproachInput = {
  rdLabour: '300000',
  expenses: '150000',
  overhead: '50000',
  profitRate: '0.2',
  obsolescence: { physical: { elapsedYears: 4, totalLifeYears: 20 }, functional: '0.1', economic: '0.05' },
  currency: 'CNY',
};

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(100).toString());
const fraction = fc.integer({ min: 0, max: 10_000 }).map((bp) => new Decimal(bp).div(10_000).toString());

describe('costApproach', () => {
  it('values the textbook case to the cent, with its working', () => {
    // cost 300000 + 150000 + 50000 = 500000; profit 20 % = 100000; replacement cost 600000
    // physical 4 / 20 = 0.2; remaining 0.8 x 0.9 x 0.95 = 0.684; value 600000 x 0.684 = 410400.00
    expect(costApproach(TEXTBOOK)).toEqual({
      method: 'COST',
      currency: 'CNY',
      value: '410400.00',
      unroundedValue: '410400',
      costs: {
        rdLabour: '300000',
        expenses: '150000',
        overhead: '50000',
        subtotal: '500000',
        profitRate: '0.2',
        profit: '100000',
        replacementCost: '600000',
      },
      obsolescence: {
        physical: '0.2',
        physicalBasis: 'ELAPSED_LIFE',
        functional: '0.1',
        economic: '0.05',
        combined: '0.316',
      },
    });
  });

  it('takes physical obsolescence given directly', () => {
    // 600000 x 0.75 x 0.9 x 0.95 = 384750
    const result = costApproach({ ...TEXTBOOK, obsolescence: { ...TEXTBOOK.obsolescence, physical: '0.25' } });
    expect(result.value).toBe('384750.00');
    expect(result.obsolescence).toMatchObject({ physical: '0.25', physicalBasis: 'GIVEN' });
  });

  it.each([
    // [elapsed, total, physical, value]
    [0, 20, '0', '513000.00'], // 600000 x 0.9 x 0.95
    [20, 20, '1', '0.00'], // fully used up
    [2.5, 10, '0.25', '384750.00'],
    [1, 3, new Decimal(1).div(3).toString(), '342000.00'], // 600000 x 2/3 x 0.855
  ])('elapsed %d of %d years gives physical %s', (elapsedYears, totalLifeYears, physical, value) => {
    const result = costApproach({
      ...TEXTBOOK,
      obsolescence: { ...TEXTBOOK.obsolescence, physical: { elapsedYears, totalLifeYears } },
    });
    expect(result.obsolescence.physical).toBe(physical);
    expect(result.value).toBe(value);
  });

  it('rounds half to even', () => {
    // 0.125 and 0.135 of cost with no profit and no obsolescence
    const none = { physical: '0', functional: '0', economic: '0' };
    expect(
      costApproach({
        ...TEXTBOOK,
        rdLabour: '0.125',
        expenses: '0',
        overhead: '0',
        profitRate: '0',
        obsolescence: none,
      }).value,
    ).toBe('0.12');
    expect(
      costApproach({
        ...TEXTBOOK,
        rdLabour: '0.135',
        expenses: '0',
        overhead: '0',
        profitRate: '0',
        obsolescence: none,
      }).value,
    ).toBe('0.14');
  });

  describe('rejects invalid input', () => {
    const obsolescence = TEXTBOOK.obsolescence;
    it.each<[string, Record<string, unknown>, string]>([
      ['negative labour', { rdLabour: '-1' }, 'rdLabour'],
      ['NaN expenses', { expenses: 'NaN' }, 'expenses'],
      ['overhead as a JS number', { overhead: 50000 }, 'overhead'],
      ['overflowing overhead', { overhead: '1e309' }, 'overhead'],
      ['negative profit rate', { profitRate: '-0.1' }, 'profitRate'],
      ['profit rate typed as a percentage', { profitRate: '20' }, 'profitRate'],
      ['missing obsolescence', { obsolescence: undefined }, 'obsolescence'],
      ['physical above 1', { obsolescence: { ...obsolescence, physical: '1.1' } }, 'obsolescence.physical'],
      ['functional above 1', { obsolescence: { ...obsolescence, functional: '1.01' } }, 'obsolescence.functional'],
      ['negative economic', { obsolescence: { ...obsolescence, economic: '-0.1' } }, 'obsolescence.economic'],
      ['missing economic', { obsolescence: { ...obsolescence, economic: undefined } }, 'obsolescence.economic'],
      [
        'elapsed beyond the total life',
        { obsolescence: { ...obsolescence, physical: { elapsedYears: 21, totalLifeYears: 20 } } },
        'obsolescence.physical.elapsedYears',
      ],
      [
        'negative elapsed life',
        { obsolescence: { ...obsolescence, physical: { elapsedYears: -1, totalLifeYears: 20 } } },
        'obsolescence.physical.elapsedYears',
      ],
      [
        'NaN elapsed life',
        { obsolescence: { ...obsolescence, physical: { elapsedYears: Number.NaN, totalLifeYears: 20 } } },
        'obsolescence.physical.elapsedYears',
      ],
      [
        'zero total life',
        { obsolescence: { ...obsolescence, physical: { elapsedYears: 0, totalLifeYears: 0 } } },
        'obsolescence.physical.totalLifeYears',
      ],
      [
        'infinite total life',
        { obsolescence: { ...obsolescence, physical: { elapsedYears: 1, totalLifeYears: Number.POSITIVE_INFINITY } } },
        'obsolescence.physical.totalLifeYears',
      ],
      ['bad currency', { currency: 'RMB ' }, 'currency'],
    ])('%s', (_label, overrides, field) => {
      expectInvalid({ ...TEXTBOOK, ...overrides }, field);
    });
  });

  describe('properties', () => {
    const input = fc.record({
      rdLabour: cents(0, 100_000_000_000),
      expenses: cents(0, 100_000_000_000),
      overhead: cents(0, 100_000_000_000),
      profitRate: fc.integer({ min: 0, max: 100_000 }).map((bp) => new Decimal(bp).div(10_000).toString()),
      physical: fraction,
      functional: fraction,
      economic: fraction,
    });
    const run = ({
      physical,
      functional,
      economic,
      ...costs
    }: { physical: string; functional: string; economic: string } & Record<string, string>) =>
      costApproach({ ...TEXTBOOK, ...costs, obsolescence: { physical, functional, economic } });

    it('lies between 0 and the replacement cost, and the factors commute', () => {
      fc.assert(
        fc.property(input, (values) => {
          const result = run(values);
          const value = new Decimal(result.unroundedValue);
          expect(value.gte(0) && value.lte(result.costs.replacementCost)).toBe(true);
          const swapped = run({
            ...values,
            physical: values.economic,
            economic: values.functional,
            functional: values.physical,
          });
          expect(swapped.unroundedValue).toBe(result.unroundedValue);
        }),
      );
    });

    it('more obsolescence never raises the value; more cost never lowers it', () => {
      fc.assert(
        fc.property(input, fraction, cents(0, 1_000_000), (values, more, extraCost) => {
          const base = new Decimal(run(values).unroundedValue);
          const worse = Decimal.min(1, new Decimal(values.functional).plus(more)).toString();
          expect(new Decimal(run({ ...values, functional: worse }).unroundedValue).lte(base)).toBe(true);
          const costlier = new Decimal(values.expenses).plus(extraCost).toString();
          expect(new Decimal(run({ ...values, expenses: costlier }).unroundedValue).gte(base)).toBe(true);
        }),
      );
    });
  });
});
