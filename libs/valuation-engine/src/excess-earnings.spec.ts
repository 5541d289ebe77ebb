import fc from 'fast-check';
import { Decimal } from '@app/money';
import { excessEarnings, type ContributoryAsset, type ExcessEarningsInput } from './excess-earnings.js';
import { ValuationInputError } from './valuation-input.js';

function expectInvalid(input: unknown, field: string): void {
  let error: unknown;
  try {
    excessEarnings(input as ExcessEarningsInput);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValuationInputError);
  expect((error as ValuationInputError).code).toBe('INVALID_INPUT');
  expect((error as ValuationInputError).field).toBe(field);
}

const TERMS = { taxRate: '0.25', discountRate: '0.1', remainingLegalYears: 9, economicLifeYears: 12, currency: 'CNY' };

const ASSETS: ContributoryAsset[] = [
  { name: 'working capital', assetValue: '2000', requiredReturn: '0.05' },
  { name: 'fixed assets', assetValue: ['3000', '2500', '2000'], requiredReturn: '0.1' },
];

const DERIVED: ExcessEarningsInput = {
  ...TERMS,
  operatingProfits: ['1000', '1100', '1200'],
  contributoryAssets: ASSETS,
};

function value(input: Record<string, unknown>): Decimal {
  return new Decimal(excessEarnings({ ...DERIVED, ...input }).unroundedValue);
}

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(100).toString());
const basisPoints = (min: number, max: number) =>
  fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());
const life = fc.integer({ min: 1, max: 4000 }).map((hundredths) => hundredths / 100);
const incomes = fc
  .tuple(cents(1, 10_000_000_000), fc.array(cents(-1_000_000, 10_000_000_000), { maxLength: 20 }))
  .map(([first, rest]) => [first, ...rest]);
const asset = fc.record({ assetValue: cents(0, 1_000_000_000), requiredReturn: basisPoints(0, 10_000) });

describe('excessEarnings', () => {
  it('derives excess income from contributory asset charges and values it to the cent', () => {
    // charges: year 1 = 2000 x 5 % + 3000 x 10 % = 100 + 300 = 400 -> excess 1000 - 400 = 600
    //          year 2 = 100 + 250 = 350 -> 750; year 3 = 100 + 200 = 300 -> 900
    // benefits after 25 % tax: 450, 562.5, 675
    // PV = (450 x 1.21 + 562.5 x 1.1 + 675) / 1.331 = (544.5 + 618.75 + 675) / 1.331 = 1838.25 / 1.331 = 1381.1044...
    const result = excessEarnings(DERIVED);

    expect(result).toMatchObject({
      method: 'EXCESS_EARNINGS',
      currency: 'CNY',
      value: '1381.10',
      stoppedAtYear: null,
      incomePeriod: { years: 9, cappedBy: 'LEGAL_TERM' },
    });
    expect(result.years).toEqual([
      {
        year: 1,
        operatingProfit: '1000',
        contributoryAssetCharge: '400',
        excessIncome: '600',
        benefit: '450',
        discountFactor: '0.9090909091',
        presentValue: '409.09',
      },
      {
        year: 2,
        operatingProfit: '1100',
        contributoryAssetCharge: '350',
        excessIncome: '750',
        benefit: '562.5',
        discountFactor: '0.8264462810',
        presentValue: '464.88',
      },
      {
        year: 3,
        operatingProfit: '1200',
        contributoryAssetCharge: '300',
        excessIncome: '900',
        benefit: '675',
        discountFactor: '0.7513148009',
        presentValue: '507.14',
      },
    ]);
    const exact = new Decimal('1838.25').div('1.331');
    expect(new Decimal(result.unroundedValue).minus(exact).abs().lt('1e-35')).toBe(true);
  });

  it('values excess income given directly', () => {
    // 600, 750, 900 are the excess incomes derived above, so the value is the same.
    const result = excessEarnings({ ...TERMS, excessIncomes: ['600', '750', '900'] });
    expect(result.unroundedValue).toBe(excessEarnings(DERIVED).unroundedValue);
    expect(result.years[0]).toEqual({
      year: 1,
      excessIncome: '600',
      benefit: '450',
      discountFactor: '0.9090909091',
      presentValue: '409.09',
    });
  });

  it('attributes the whole profit to the IP when there are no contributory assets', () => {
    // 100 x 0.75 = 75 a year over 2 years at r = 0
    expect(
      excessEarnings({ ...TERMS, operatingProfits: ['100', '100'], contributoryAssets: [], discountRate: '0' }).value,
    ).toBe('150.00');
  });

  it('stops once the charges absorb the profit', () => {
    // year 2: 1100 - (100 + 1000) = 0 -> stop; year 1 alone: 600 x 0.75 / 1.1 = 409.09
    const result = excessEarnings({
      ...DERIVED,
      contributoryAssets: [ASSETS[0]!, { ...ASSETS[1]!, assetValue: ['3000', '10000', '2000'] }],
    });
    expect(result).toMatchObject({ stoppedAtYear: 2, value: '409.09' });
    expect(result.years[1]).toMatchObject({ excessIncome: '0', presentValue: '0.00' });
  });

  it('discounts from mid-year when asked', () => {
    // 1381.1044328 x sqrt(1.1) = 1381.1044328 x 1.0488088482 = 1448.51
    expect(excessEarnings({ ...DERIVED, midYear: true }).value).toBe('1448.51');
  });

  describe('rejects invalid input', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['both kinds of input', { ...DERIVED, excessIncomes: ['1'] }, 'excessIncomes'],
      ['neither kind of input', { ...TERMS }, 'excessIncomes'],
      ['profits without assets', { ...TERMS, operatingProfits: ['1'] }, 'contributoryAssets'],
      ['empty profits', { ...DERIVED, operatingProfits: [] }, 'operatingProfits'],
      ['empty excess incomes', { ...TERMS, excessIncomes: [] }, 'excessIncomes'],
      ['NaN profit', { ...DERIVED, operatingProfits: ['1', 'NaN', '1'] }, 'operatingProfits[1]'],
      ['overflowing excess income', { ...TERMS, excessIncomes: ['1e309'] }, 'excessIncomes[0]'],
      ['asset that is not an object', { ...DERIVED, contributoryAssets: ['2000'] }, 'contributoryAssets[0]'],
      [
        'required return above 100 %',
        { ...DERIVED, contributoryAssets: [{ assetValue: '1', requiredReturn: '1.5' }] },
        'contributoryAssets[0].requiredReturn',
      ],
      [
        'negative required return',
        { ...DERIVED, contributoryAssets: [{ assetValue: '1', requiredReturn: '-0.1' }] },
        'contributoryAssets[0].requiredReturn',
      ],
      [
        'negative asset value',
        { ...DERIVED, contributoryAssets: [{ assetValue: '-1', requiredReturn: '0.1' }] },
        'contributoryAssets[0].assetValue',
      ],
      [
        'negative asset value in a year',
        { ...DERIVED, contributoryAssets: [ASSETS[0], { ...ASSETS[1], assetValue: ['1', '1', '-1'] }] },
        'contributoryAssets[1].assetValue[2]',
      ],
      [
        'mismatched lengths',
        { ...DERIVED, contributoryAssets: [ASSETS[0], { ...ASSETS[1], assetValue: ['1', '1'] }] },
        'contributoryAssets[1].assetValue',
      ],
      [
        'non-string asset name',
        { ...DERIVED, contributoryAssets: [{ ...ASSETS[0], name: 7 }] },
        'contributoryAssets[0].name',
      ],
      ['tax rate of 100 %', { ...DERIVED, taxRate: '1' }, 'taxRate'],
      ['discount rate of -100 %', { ...DERIVED, discountRate: '-1' }, 'discountRate'],
      ['negative legal term', { ...DERIVED, remainingLegalYears: -1 }, 'remainingLegalYears'],
      ['bad currency', { ...DERIVED, currency: '' }, 'currency'],
    ])('%s', (_label, input, field) => {
      expectInvalid(input, field);
    });
  });

  describe('properties', () => {
    it('value never rises as the discount rate rises', () => {
      fc.assert(
        fc.property(incomes, basisPoints(-9_900, 20_000), basisPoints(1, 5_000), (excessIncomes, lower, step) => {
          const at = (discountRate: string) =>
            new Decimal(excessEarnings({ ...TERMS, excessIncomes, discountRate }).unroundedValue);
          expect(at(lower).gte(at(new Decimal(lower).plus(step).toString()))).toBe(true);
        }),
      );
    });

    it('a longer life never lowers the value', () => {
      fc.assert(
        fc.property(incomes, life, life, life, (excessIncomes, other, shorter, extra) => {
          const at = (remainingLegalYears: number, economicLifeYears: number) =>
            new Decimal(
              excessEarnings({ ...TERMS, excessIncomes, remainingLegalYears, economicLifeYears }).unroundedValue,
            );
          expect(at(shorter + extra, other).gte(at(shorter, other))).toBe(true);
          expect(at(other, shorter + extra).gte(at(other, shorter))).toBe(true);
        }),
      );
    });

    it('charging a further contributory asset never raises the value', () => {
      fc.assert(
        fc.property(incomes, fc.array(asset, { maxLength: 3 }), asset, (operatingProfits, assets, further) => {
          const without = value({ operatingProfits, contributoryAssets: assets });
          const withFurther = value({ operatingProfits, contributoryAssets: [...assets, further] });
          expect(withFurther.lte(without)).toBe(true);
        }),
      );
    });
  });
});
