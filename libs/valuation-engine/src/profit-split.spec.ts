import fc from 'fast-check';
import { Decimal } from '@app/money';
import {
  profitSplit,
  splitByEquivalentInvestment,
  splitOnProfitFromSplitOnSales,
  splitOnSalesFromSplitOnProfit,
  type EquivalentInvestmentInput,
  type ProfitSplitInput,
} from './profit-split.js';
import { expectInvalid } from './__test__/expect-invalid.js';

/** The guideline's example: replacement cost 120 at 400 %, licensee assets 6000 at 8 %. */
const GUIDELINE: EquivalentInvestmentInput = {
  ipReplacementCost: '120',
  costProfitRate: '4',
  licenseeAssets: '6000',
  licenseeProfitRate: '0.08',
};

const TEXTBOOK: ProfitSplitInput = {
  licenseeProfits: ['1000', '1200', '1400'],
  splitRatio: '0.25',
  profitsArePreTax: true,
  taxRate: '0.25',
  discountRate: '0.1',
  remainingLegalYears: 15,
  economicLifeYears: 6,
  currency: 'CNY',
};

function value(overrides: Record<string, unknown>): Decimal {
  return new Decimal(profitSplit({ ...TEXTBOOK, ...overrides }).unroundedValue);
}

function closeTo(actual: Decimal, expected: Decimal): boolean {
  return actual.minus(expected).abs().lte(Decimal.max(actual.abs(), expected.abs()).times('1e-30'));
}

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(100).toString());
const basisPoints = (min: number, max: number) =>
  fc.integer({ min, max }).map((bp) => new Decimal(bp).div(10_000).toString());
const life = fc.integer({ min: 1, max: 4000 }).map((hundredths) => hundredths / 100);
const profits = fc
  .tuple(cents(1, 10_000_000_000), fc.array(cents(-1_000_000, 10_000_000_000), { maxLength: 20 }))
  .map(([first, rest]) => [first, ...rest]);

describe('splitByEquivalentInvestment', () => {
  it('reproduces the guideline example: 8.47 %', () => {
    // IP: 120 x (1 + 4) = 600; other: 6000 x 1.08 = 6480; split = 600 / 7080 = 0.0847457627...
    const result = splitByEquivalentInvestment(GUIDELINE);
    expect(result).toMatchObject({ ipEquivalent: '600', otherEquivalent: '6480' });
    expect(result.splitRatio).toBe(new Decimal(600).div(7080).toString());
    expect(result.splitRatio.startsWith('0.084745762711864406779661')).toBe(true);
    expect(new Decimal(result.splitRatio).times(100).toFixed(2)).toBe('8.47');
  });

  it('gives 0 without IP investment and 1 without other assets', () => {
    expect(splitByEquivalentInvestment({ ...GUIDELINE, ipReplacementCost: '0' }).splitRatio).toBe('0');
    expect(splitByEquivalentInvestment({ ...GUIDELINE, licenseeAssets: '0' }).splitRatio).toBe('1');
  });

  it.each<[string, Partial<EquivalentInvestmentInput>, string]>([
    ['negative replacement cost', { ipReplacementCost: '-1' }, 'equivalentInvestment.ipReplacementCost'],
    ['cost-profit rate of -100 %', { costProfitRate: '-1' }, 'equivalentInvestment.costProfitRate'],
    ['cost-profit rate typed as a percentage', { costProfitRate: '400' }, 'equivalentInvestment.costProfitRate'],
    ['NaN licensee assets', { licenseeAssets: 'NaN' }, 'equivalentInvestment.licenseeAssets'],
    [
      'licensee profit rate as a JS number',
      { licenseeProfitRate: 0.08 as unknown as string },
      'equivalentInvestment.licenseeProfitRate',
    ],
    [
      'nothing invested on either side',
      { ipReplacementCost: '0', licenseeAssets: '0' },
      'equivalentInvestment.licenseeAssets',
    ],
  ])('rejects %s', (_label, overrides, field) => {
    expectInvalid(() => splitByEquivalentInvestment({ ...GUIDELINE, ...overrides }), field);
  });

  it('stays within [0, 1] and rises with the IP replacement cost', () => {
    fc.assert(
      fc.property(
        cents(0, 1_000_000_000),
        cents(1, 1_000_000_000),
        cents(1, 1_000_000_000),
        basisPoints(0, 50_000),
        basisPoints(-5_000, 5_000),
        (cost, extra, assets, costProfitRate, licenseeProfitRate) => {
          const at = (ipReplacementCost: string) =>
            new Decimal(
              splitByEquivalentInvestment({
                ipReplacementCost,
                costProfitRate,
                licenseeAssets: assets,
                licenseeProfitRate,
              }).splitRatio,
            );
          const split = at(cost);
          expect(split.gte(0) && split.lte(1)).toBe(true);
          expect(at(new Decimal(cost).plus(extra).toString()).gte(split)).toBe(true);
        },
      ),
    );
  });
});

describe('split on sales and on profit', () => {
  it.each([
    // [split on profit, profit margin, royalty on sales]
    ['0.25', '0.2', '0.05'], // the "25 % rule" at a 20 % margin
    ['0.25', '0.4', '0.1'],
    ['0.3333', '0.15', '0.049995'],
    ['0', '0.3', '0'],
    ['1', '0.12', '0.12'],
  ])('split %s on profit at margin %s = royalty %s on sales, and back', (onProfit, margin, onSales) => {
    expect(splitOnSalesFromSplitOnProfit(onProfit, margin)).toBe(onSales);
    expect(splitOnProfitFromSplitOnSales(onSales, margin)).toBe(new Decimal(onProfit).toString());
  });

  it.each<[string, () => unknown, string]>([
    ['split above 1', () => splitOnSalesFromSplitOnProfit('1.1', '0.2'), 'splitOnProfit'],
    ['negative margin', () => splitOnSalesFromSplitOnProfit('0.25', '-0.2'), 'salesProfitMargin'],
    ['royalty above the margin', () => splitOnProfitFromSplitOnSales('0.3', '0.2'), 'royaltyOnSales'],
    ['negative royalty', () => splitOnProfitFromSplitOnSales('-0.01', '0.2'), 'royaltyOnSales'],
    ['zero margin', () => splitOnProfitFromSplitOnSales('0', '0'), 'salesProfitMargin'],
    ['margin above 1', () => splitOnProfitFromSplitOnSales('0.05', '1.5'), 'salesProfitMargin'],
    ['NaN royalty', () => splitOnProfitFromSplitOnSales('NaN', '0.2'), 'royaltyOnSales'],
  ])('rejects %s', (_label, fn, field) => {
    expectInvalid(fn, field);
  });

  it('the two conversions are inverse', () => {
    fc.assert(
      fc.property(basisPoints(0, 10_000), basisPoints(1, 10_000), (onProfit, margin) => {
        const onSales = splitOnSalesFromSplitOnProfit(onProfit, margin);
        expect(new Decimal(splitOnProfitFromSplitOnSales(onSales, margin)).eq(onProfit)).toBe(true);
      }),
    );
  });
});

describe('profitSplit', () => {
  it('values pre-tax profits with a given split to the cent', () => {
    // share = 0.25 x (1 - 0.25) = 0.1875: benefits 187.5, 225, 262.5
    // PV = (187.5 x 1.21 + 225 x 1.1 + 262.5) / 1.331 = 736.875 / 1.331 = 553.6250939...
    const result = profitSplit(TEXTBOOK);
    expect(result).toMatchObject({
      method: 'PROFIT_SPLIT',
      currency: 'CNY',
      value: '553.63',
      split: { basis: 'GIVEN', splitRatio: '0.25' },
      profitsArePreTax: true,
      stoppedAtYear: null,
      incomePeriod: { years: 6, cappedBy: 'ECONOMIC_LIFE' },
    });
    expect(result.years).toEqual([
      { year: 1, licenseeProfit: '1000', benefit: '187.5', discountFactor: '0.9090909091', presentValue: '170.45' },
      { year: 2, licenseeProfit: '1200', benefit: '225', discountFactor: '0.8264462810', presentValue: '185.95' },
      { year: 3, licenseeProfit: '1400', benefit: '262.5', discountFactor: '0.7513148009', presentValue: '197.22' },
    ]);
    expect(closeTo(new Decimal(result.unroundedValue), new Decimal('736.875').div('1.331'))).toBe(true);
  });

  it('applies no tax to after-tax profits', () => {
    // 0.25 x (1000/1.1 + 1200/1.21 + 1400/1.331) = 0.25 x (1210 + 1320 + 1400) / 1.331 = 982.5 / 1.331 = 738.17
    const result = profitSplit({ ...TEXTBOOK, profitsArePreTax: false, taxRate: undefined });
    expect(result).toMatchObject({ value: '738.17', profitsArePreTax: false });
  });

  it('derives the split by equivalent investment', () => {
    // split 600/7080; profits of 7080 a year after tax give 600 a year; r = 0 over 2 years -> 1200.00
    const result = profitSplit({
      ...TEXTBOOK,
      splitRatio: undefined,
      equivalentInvestment: GUIDELINE,
      profitsArePreTax: false,
      taxRate: undefined,
      licenseeProfits: ['7080', '7080'],
      discountRate: '0',
    });
    expect(result.split).toEqual({
      basis: 'EQUIVALENT_INVESTMENT',
      ipEquivalent: '600',
      otherEquivalent: '6480',
      splitRatio: new Decimal(600).div(7080).toString(),
    });
    expect(result.value).toBe('1200.00');
  });

  it('discounts from mid-year when asked', () => {
    // 553.6250939 x sqrt(1.1) = 553.6250939 x 1.0488088482 = 580.65
    expect(profitSplit({ ...TEXTBOOK, midYear: true }).value).toBe('580.65');
  });

  it('stops at the first year with a loss', () => {
    const result = profitSplit({ ...TEXTBOOK, licenseeProfits: ['1000', '-50', '1000'], discountRate: '0' });
    expect(result).toMatchObject({ stoppedAtYear: 2, value: '187.50' });
  });

  describe('rejects invalid input', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['split above 100 %', { splitRatio: '1.01' }, 'splitRatio'],
      ['negative split', { splitRatio: '-0.1' }, 'splitRatio'],
      ['split as a JS number', { splitRatio: 0.25 }, 'splitRatio'],
      ['missing split', { splitRatio: undefined }, 'splitRatio'],
      ['both a split and an equivalent investment', { equivalentInvestment: GUIDELINE }, 'splitRatio'],
      [
        'invalid equivalent investment',
        { splitRatio: undefined, equivalentInvestment: { ...GUIDELINE, costProfitRate: 'x' } },
        'equivalentInvestment.costProfitRate',
      ],
      [
        'equivalent investment that is not an object',
        { splitRatio: undefined, equivalentInvestment: '0.2' },
        'equivalentInvestment',
      ],
      ['non-boolean profitsArePreTax', { profitsArePreTax: 'yes' }, 'profitsArePreTax'],
      ['missing profitsArePreTax', { profitsArePreTax: undefined }, 'profitsArePreTax'],
      ['pre-tax profits without a tax rate', { taxRate: undefined }, 'taxRate'],
      ['after-tax profits with a tax rate', { profitsArePreTax: false }, 'taxRate'],
      ['tax rate of 100 %', { taxRate: '1' }, 'taxRate'],
      ['overflowing tax rate', { taxRate: '1e309' }, 'taxRate'],
      ['discount rate below -100 %', { discountRate: '-2' }, 'discountRate'],
      ['zero economic life', { economicLifeYears: 0 }, 'economicLifeYears'],
      ['infinite legal term', { remainingLegalYears: Number.POSITIVE_INFINITY }, 'remainingLegalYears'],
      ['bad currency', { currency: 'CNYY' }, 'currency'],
      ['empty profits', { licenseeProfits: [] }, 'licenseeProfits'],
      ['NaN profit', { licenseeProfits: ['1', '2', 'NaN'] }, 'licenseeProfits[2]'],
      ['infinite profit', { licenseeProfits: ['Infinity'] }, 'licenseeProfits[0]'],
    ])('%s', (_label, overrides, field) => {
      expectInvalid(() => profitSplit({ ...TEXTBOOK, ...overrides }), field);
    });
  });

  describe('properties', () => {
    it('value never rises as the discount rate rises', () => {
      fc.assert(
        fc.property(profits, basisPoints(-9_900, 20_000), basisPoints(1, 5_000), (licenseeProfits, lower, step) => {
          const higher = new Decimal(lower).plus(step).toString();
          expect(
            value({ licenseeProfits, discountRate: lower }).gte(value({ licenseeProfits, discountRate: higher })),
          ).toBe(true);
        }),
      );
    });

    it('a longer life never lowers the value', () => {
      fc.assert(
        fc.property(profits, life, life, life, (licenseeProfits, other, shorter, extra) => {
          expect(
            value({ licenseeProfits, remainingLegalYears: shorter + extra, economicLifeYears: other }).gte(
              value({ licenseeProfits, remainingLegalYears: shorter, economicLifeYears: other }),
            ),
          ).toBe(true);
          expect(
            value({ licenseeProfits, remainingLegalYears: other, economicLifeYears: shorter + extra }).gte(
              value({ licenseeProfits, remainingLegalYears: other, economicLifeYears: shorter }),
            ),
          ).toBe(true);
        }),
      );
    });

    it('value scales linearly with the split', () => {
      fc.assert(
        fc.property(
          profits,
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 10_000 }),
          basisPoints(-5_000, 5_000),
          (licenseeProfits, a, b, discountRate) => {
            const at = (bp: number) =>
              value({ licenseeProfits, discountRate, splitRatio: new Decimal(bp).div(10_000).toString() });
            const left = at(a).times(b);
            const right = at(b).times(a);
            expect(left.minus(right).abs().lte(Decimal.max(left, right).times('1e-30'))).toBe(true);
          },
        ),
      );
    });
  });
});
