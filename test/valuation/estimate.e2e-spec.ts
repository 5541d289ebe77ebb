import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  blackScholesCall,
  cents,
  centsDown,
  D,
  e2eEnv,
  gql,
  presentValue,
  tokenFor,
  type GqlResponse,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Workings the API returns as JSON, read field by field in the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * `valuationEstimate`, the calculator over every appraisal method (valuation subgraph,
 * through the gateway). Each expected figure is worked by hand in the test (decimal.js,
 * an independent Black-Scholes), never read back from the API.
 */

const REPORT = `query($input: ValuationEstimateInput!) {
  valuationEstimate(input: $input) {
    currency engineVersion
    discountRate { base premium effective buildUp }
    methods {
      method value { amount currency } confidence
      incomePeriod { years cappedBy } stoppedAtYear
      years { year benefit discountFactor presentValue inputs }
      detail
    }
    scorecard { scenario total grade discountRatePremium confidence riskFlags }
    monteCarlo { paths seed p10 { amount } p50 { amount } p90 { amount } mean { amount } standardDeviation standardError }
    reconciliation { value { amount currency } low { amount } high { amount } confidence notes methods }
    pledgeRecommendation { eligible reasons appliedLtv maxLoanAmount { amount currency } workings }
  }
}`;

interface Money {
  amount: string;
  currency?: string;
}
interface MethodResult {
  method: string;
  value: Money;
  confidence: string;
  incomePeriod: { years: number; cappedBy: string } | null;
  stoppedAtYear: number | null;
  years: {
    year: number;
    benefit: string;
    discountFactor: string;
    presentValue: string;
    inputs: Record<string, string>;
  }[];
  detail: Record<string, Json>;
}
interface Report {
  currency: string;
  engineVersion: string;
  discountRate: { base: string; premium: string; effective: string; buildUp: Json } | null;
  methods: MethodResult[];
  scorecard: {
    scenario: string;
    total: string;
    grade: string;
    discountRatePremium: string;
    confidence: string;
    riskFlags: string[];
  } | null;
  monteCarlo: {
    paths: number;
    seed: number;
    p10: Money;
    p50: Money;
    p90: Money;
    mean: Money;
    standardDeviation: string;
    standardError: string;
  } | null;
  reconciliation: { value: Money; low: Money; high: Money; confidence: string; notes: string[]; methods: Json };
  pledgeRecommendation: {
    eligible: boolean;
    reasons: string[];
    appliedLtv: string;
    maxLoanAmount: Money;
    workings: Json;
  } | null;
}

type Input = Record<string, unknown>;

const estimate = async (input: Input): Promise<GqlResponse<{ valuationEstimate: Report }>> =>
  gql<{ valuationEstimate: Report }>(env.gatewayUrl, REPORT, { input }, { token: await tokenFor('bank') });
const report = async (input: Input): Promise<Report> => assertGqlData(await estimate(input)).valuationEstimate;

/** The amount equals `expected` exactly (a Money amount may carry trailing zeros). */
function expectAmount(money: Money, expected: string): void {
  const shown = { amount: money.amount, expected };
  expect({ ...shown, equal: new D(money.amount).eq(expected) }).toEqual({ ...shown, equal: true });
  expect(new D(expected).decimalPlaces()).toBeLessThanOrEqual(2);
}

/** A decimal string equals `expected` to `digits` decimal places. */
function expectDecimal(actual: string, expected: InstanceType<typeof D> | string, digits = 20): void {
  const diff = new D(actual).minus(expected).abs();
  const shown = { actual, expected: new D(expected).toFixed(digits) };
  expect({ ...shown, close: diff.lte(new D(10).pow(-digits)) }).toEqual({ ...shown, close: true });
}

function only(r: Report, method: string): MethodResult {
  expect(r.methods.map((m) => m.method)).toEqual([method]);
  return r.methods[0]!;
}

// Shared terms: 3 years of economic life inside 10 legal years, 25 % tax, 10 % discount.
const TERMS = { economicLifeYears: 3, remainingLegalYears: 10, taxRate: '0.25', discountRate: '0.1' };
const RFR = { revenues: ['1000', '1100', '1210'], royaltyRate: '0.05' };
// Hand working of the textbook relief-from-royalty case: benefit = revenue x 5 % x 75 %.
const RFR_BENEFITS = [new D('37.5'), new D('41.25'), new D('45.375')];

const ALL_SIXTY = [
  'STABILITY',
  'SCOPE',
  'REMAINING_LIFE',
  'DEPENDENCY',
  'INFRINGEMENT_DETECTABILITY',
  'FAMILY_COVERAGE',
  'LICENSING',
  'ADVANCEMENT',
  'MATURITY',
  'SUBSTITUTABILITY',
  'APPLICABILITY',
  'MARKET_SIZE',
  'MARKET_SHARE',
  'COMPETITION',
  'POLICY_FIT',
].map((indicator) => ({ indicator, score: '60' }));

describe('valuationEstimate: each method alone reproduces its textbook case', () => {
  it('relief from royalty: 1000/1100/1210 at 5 %, tax 25 %, r 10 % -> 102.27 CNY, with the yearly working', async () => {
    const r = await report({ ...TERMS, reliefFromRoyalty: RFR });
    const m = only(r, 'RELIEF_FROM_ROYALTY');
    expect(r.currency).toBe('CNY');
    expect(r.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expectAmount(m.value, '102.27');
    expect(m.value.currency).toBe('CNY');
    expect(m.incomePeriod).toEqual({ years: 3, cappedBy: 'ECONOMIC_LIFE' });
    expect(m.stoppedAtYear).toBeNull();
    expect(m.years.map((y) => y.year)).toEqual([1, 2, 3]);
    m.years.forEach((y, i) => {
      const factor = new D(1).div(new D('1.1').pow(i + 1));
      expectDecimal(y.benefit, RFR_BENEFITS[i]!);
      expectDecimal(y.discountFactor, factor, 9);
      expect(y.presentValue).toBe(cents(RFR_BENEFITS[i]!.times(factor)));
      expect(new D(y.inputs['revenue']!).eq(RFR.revenues[i]!)).toBe(true);
    });
    // The sum before rounding to the cent: 34.0909... x 3 = 102.2727...
    expectDecimal(m.detail['unroundedValue'] as string, presentValue(RFR_BENEFITS, '0.1'), 12);
    // A single method reconciles to itself.
    expectAmount(r.reconciliation.value, '102.27');
    expectAmount(r.reconciliation.low, '102.27');
    expectAmount(r.reconciliation.high, '102.27');
    expect(r.discountRate).toMatchObject({ buildUp: null });
    expect(new D(r.discountRate!.effective).eq('0.1')).toBe(true);
    expect(r.scorecard).toBeNull();
    expect(r.monteCarlo).toBeNull();
    expect(r.pledgeRecommendation).toBeNull();
  });

  it('profit split by equivalent investment: 120 at 400 % vs 6000 at 8 % -> split 8.47 %; benefit = profit x split x (1 - tax)', async () => {
    const profits = ['10000', '11000', '12000'];
    const r = await report({
      ...TERMS,
      profitSplit: {
        licenseeProfits: profits,
        equivalentInvestment: {
          ipReplacementCost: '120',
          costProfitRate: '4',
          licenseeAssets: '6000',
          licenseeProfitRate: '0.08',
        },
        profitsArePreTax: true,
      },
    });
    const m = only(r, 'PROFIT_SPLIT');
    // IP equivalent 120 x 5 = 600; other 6000 x 1.08 = 6480; split 600 / 7080 = 0.084745...
    const split = new D(600).div(7080);
    expect(split.toFixed(4)).toBe('0.0847');
    expect(new D(m.detail['split'].ipEquivalent).eq(600)).toBe(true);
    expect(new D(m.detail['split'].otherEquivalent).eq(6480)).toBe(true);
    expectDecimal(m.detail['split'].splitRatio as string, split, 30);
    const benefits = profits.map((p) => new D(p).times(split).times('0.75'));
    // Year 1: 10000 x 0.0847457627... x 0.75 = 635.5932203389...
    expect(benefits[0]!.toFixed(4)).toBe('635.5932');
    expectDecimal(m.years[0]!.benefit, benefits[0]!, 20);
    m.years.forEach((y, i) => expectDecimal(y.benefit, benefits[i]!, 20));
    expect(new D(m.years[0]!.inputs['licenseeProfit']!).eq(10000)).toBe(true);
    expectAmount(m.value, cents(presentValue(benefits, '0.1')));
  });

  it('profit split on after-tax profits with a given split ignores the tax rate', async () => {
    const r = await report({
      ...TERMS,
      profitSplit: { licenseeProfits: ['10000', '11000', '12000'], splitRatio: '0.25', profitsArePreTax: false },
    });
    const benefits = ['2500', '2750', '3000'];
    const m = only(r, 'PROFIT_SPLIT');
    m.years.forEach((y, i) => expectDecimal(y.benefit, benefits[i]!));
    expectAmount(m.value, cents(presentValue(benefits, '0.1')));
  });

  it('incremental income: extra volume x unit margin x (1 - tax), discounted at 12 %', async () => {
    const volumes = ['1000', '1200', '1500'];
    const margins = ['12', '11.5', '11'];
    const r = await report({
      ...TERMS,
      discountRate: '0.12',
      incrementalIncome: { extraVolumes: volumes, unitMargins: margins },
    });
    const m = only(r, 'INCREMENTAL_INCOME');
    // 1000 x 12 x 0.75 = 9000; 1200 x 11.5 x 0.75 = 10350; 1500 x 11 x 0.75 = 12375
    const benefits = [new D(9000), new D(10350), new D(12375)];
    m.years.forEach((y, i) => {
      expectDecimal(y.benefit, benefits[i]!);
      expect(new D(y.inputs['extraVolume']!).eq(volumes[i]!)).toBe(true);
      expect(new D(y.inputs['unitMargin']!).eq(margins[i]!)).toBe(true);
    });
    expectAmount(m.value, cents(presentValue(benefits, '0.12')));
    // 9000 / 1.12 + 10350 / 1.2544 + 12375 / 1.404928 = 8035.714 + 8250.957 + 8808.280 = 25094.95
    expectAmount(m.value, '25094.95');
  });

  it('incremental income by price premiums with an explicit 0 % tax rate', async () => {
    const r = await report({ ...TERMS, taxRate: '0', incrementalIncome: { pricePremiums: ['8000', '8000', '8000'] } });
    const m = only(r, 'INCREMENTAL_INCOME');
    m.years.forEach((y) => expectDecimal(y.benefit, '8000'));
    // 8000 x (1/1.1 + 1/1.21 + 1/1.331) = 8000 x 2.486851991... = 19894.82
    expectAmount(m.value, '19894.82');
    expectAmount(m.value, cents(presentValue(['8000', '8000', '8000'], '0.1')));
  });

  it('excess earnings: operating profit less contributory asset charges, after tax, at 15 %', async () => {
    const r = await report({
      ...TERMS,
      discountRate: '0.15',
      excessEarnings: {
        operatingProfits: ['500000', '550000', '600000'],
        contributoryAssets: [
          { name: 'working capital', assetValue: '1000000', requiredReturn: '0.1' },
          { name: 'fixed assets', assetValue: '500000', requiredReturn: '0.08' },
        ],
      },
    });
    const m = only(r, 'EXCESS_EARNINGS');
    // charges 100000 + 40000 = 140000; excess 360000, 410000, 460000; after tax x 0.75
    const excess = [360000, 410000, 460000];
    const benefits = excess.map((e) => new D(e).times('0.75'));
    m.years.forEach((y, i) => {
      expect(new D(y.inputs['contributoryAssetCharge']!).eq(140000)).toBe(true);
      expect(new D(y.inputs['excessIncome']!).eq(excess[i]!)).toBe(true);
      expectDecimal(y.benefit, benefits[i]!);
    });
    expectAmount(m.value, cents(presentValue(benefits, '0.15')));
  });

  it('excess earnings given directly', async () => {
    const r = await report({ ...TERMS, excessEarnings: { excessIncomes: ['1000', '1000', '1000'] } });
    expectAmount(only(r, 'EXCESS_EARNINGS').value, cents(presentValue(['750', '750', '750'], '0.1')));
  });

  it('cost approach: (300000 + 150000 + 50000) x 1.2 x (1 - 4/20) x 0.9 x 0.95 = 410400.00, low confidence, no income working', async () => {
    const r = await report({
      ...TERMS,
      discountRate: undefined,
      cost: {
        rdLabour: '300000',
        expenses: '150000',
        overhead: '50000',
        profitRate: '0.2',
        elapsedYears: 4,
        totalLifeYears: 20,
        functionalObsolescence: '0.1',
        economicObsolescence: '0.05',
      },
    });
    const m = only(r, 'COST');
    expectAmount(m.value, cents(new D(500000).times('1.2').times('0.8').times('0.9').times('0.95')));
    expectAmount(m.value, '410400.00');
    expect(new D(m.detail['costs'].replacementCost).eq(600000)).toBe(true);
    expect(new D(m.detail['obsolescence'].physical).eq('0.2')).toBe(true);
    expect(new D(m.detail['obsolescence'].combined).eq('0.316')).toBe(true);
    expect(m.confidence).toBe('LOW');
    expect(m.incomePeriod).toBeNull();
    expect(m.years).toEqual([]);
    // Without an income method no discount rate is needed or reported.
    expect(r.discountRate).toBeNull();
  });

  it('cost approach with physical obsolescence given directly: 600000 x 0.75 x 0.9 x 0.95 = 384750.00', async () => {
    const r = await report({
      ...TERMS,
      cost: {
        rdLabour: '300000',
        expenses: '150000',
        overhead: '50000',
        profitRate: '0.2',
        physicalObsolescence: '0.25',
        functionalObsolescence: '0.1',
        economicObsolescence: '0.05',
      },
    });
    expectAmount(only(r, 'COST').value, '384750.00');
  });

  it('market approach: three adjusted comparables average to 1042550.00, medium confidence, scarcity said', async () => {
    const r = await report({
      ...TERMS,
      market: {
        comparables: [
          { reference: 'deal A', price: '1000000', technical: '1.1', economic: '0.95', legal: '1', time: '1.05' },
          { reference: 'deal B', price: '800000', technical: '1.2', economic: '1', legal: '0.9', time: '1.1' },
          { reference: 'deal C', price: '1200000', technical: '0.9', economic: '1', legal: '1', time: '1' },
        ],
      },
    });
    const m = only(r, 'MARKET');
    // A 1000000 x 1.09725 = 1097250; B 800000 x 1.188 = 950400; C 1200000 x 0.9 = 1080000
    const adjusted = [new D(1097250), new D(950400), new D(1080000)];
    const mean = adjusted.reduce((s, a) => s.plus(a), new D(0)).div(3);
    expectAmount(m.value, cents(mean));
    expectAmount(m.value, '1042550.00');
    expect(
      (m.detail['comparables'] as { adjustedPrice: string }[]).map((c) => new D(c.adjustedPrice).toString()),
    ).toEqual(adjusted.map((a) => a.toString()));
    expect(m.confidence).toBe('MEDIUM');
    expect(m.detail['confidenceNote']).toMatch(/scarce/i);
  });

  it('market approach with weights: (1097250 x 1 + 950400 x 1 + 1080000 x 2) / 4', async () => {
    const r = await report({
      ...TERMS,
      market: {
        comparables: [
          { price: '1000000', technical: '1.1', economic: '0.95', legal: '1', time: '1.05', weight: '1' },
          { price: '800000', technical: '1.2', economic: '1', legal: '0.9', time: '1.1', weight: '1' },
          { price: '1200000', technical: '0.9', economic: '1', legal: '1', time: '1', weight: '2' },
        ],
      },
    });
    expectAmount(only(r, 'MARKET').value, cents(new D(1097250).plus(950400).plus(2160000).div(4)));
  });

  it('real option on the Hull inputs (S 42, K 40, r 10 %, sigma 20 %, T 0.5): q = 1/T = 2 makes it nearly worthless', async () => {
    const r = await report({
      ...TERMS,
      remainingLegalYears: 0.5,
      realOption: { presentValueOfCashFlows: '42', investmentCost: '40', volatility: '0.2', riskFreeRate: '0.1' },
    });
    const m = only(r, 'REAL_OPTION');
    const hand = blackScholesCall({
      spot: 42,
      strike: 40,
      years: 0.5,
      volatility: 0.2,
      riskFreeRate: 0.1,
      dividendYield: 2,
    });
    // Without the delay cost the same inputs are Hull's 4.76: the yield is what moves the value.
    const hull = blackScholesCall({
      spot: 42,
      strike: 40,
      years: 0.5,
      volatility: 0.2,
      riskFreeRate: 0.1,
      dividendYield: 0,
    });
    expect(hull.call.toFixed(2)).toBe('4.76');
    expectAmount(m.value, cents(hand.call));
    expect(new D(m.detail['dividendYield']).eq(2)).toBe(true);
    expect(Number(m.detail['d1'])).toBeCloseTo(hand.d1, 9);
    expect(Number(m.detail['d2'])).toBeCloseTo(hand.d2, 9);
    expect(m.confidence).toBe('LOW');
  });

  it('real option, S 100, K 80, sigma 30 %, r 5 %, T 10 -> q 0.1, value by Black-Scholes with the delay-cost yield', async () => {
    const r = await report({
      ...TERMS,
      remainingLegalYears: 10,
      realOption: { presentValueOfCashFlows: '100', investmentCost: '80', volatility: '0.3', riskFreeRate: '0.05' },
    });
    const m = only(r, 'REAL_OPTION');
    const hand = blackScholesCall({
      spot: 100,
      strike: 80,
      years: 10,
      volatility: 0.3,
      riskFreeRate: 0.05,
      dividendYield: 0.1,
    });
    expect(hand.call).toBeGreaterThan(1); // a case where the cents matter
    expectAmount(m.value, cents(hand.call));
    expect(new D(m.detail['dividendYield']).eq('0.1')).toBe(true);
    expect(Number(m.detail['d1'])).toBeCloseTo(hand.d1, 9);
  });
});

describe('valuationEstimate: income period, stop rule, discount rate', () => {
  const TEN_YEARS = Array.from({ length: 10 }, () => '1000');

  it('the income period is the shorter of legal term and economic life, in whole years', async () => {
    const legal = only(
      await report({
        ...TERMS,
        remainingLegalYears: 2.9,
        economicLifeYears: 10,
        reliefFromRoyalty: { revenues: TEN_YEARS, royaltyRate: '0.05' },
      }),
      'RELIEF_FROM_ROYALTY',
    );
    expect(legal.incomePeriod).toEqual({ years: 2, cappedBy: 'LEGAL_TERM' });
    expect(legal.years).toHaveLength(2);
    expectAmount(legal.value, cents(presentValue(['37.5', '37.5'], '0.1')));

    const economic = only(
      await report({
        ...TERMS,
        remainingLegalYears: 10,
        economicLifeYears: 3.5,
        reliefFromRoyalty: { revenues: TEN_YEARS, royaltyRate: '0.05' },
      }),
      'RELIEF_FROM_ROYALTY',
    );
    expect(economic.incomePeriod).toEqual({ years: 3, cappedBy: 'ECONOMIC_LIFE' });
    expectAmount(economic.value, cents(presentValue(['37.5', '37.5', '37.5'], '0.1')));
  });

  it('a declining stream stops at the year it reaches zero: stoppedAtYear, later years not counted', async () => {
    const m = only(
      await report({
        ...TERMS,
        economicLifeYears: 5,
        excessEarnings: { excessIncomes: ['1000', '800', '0', '900', '900'] },
      }),
      'EXCESS_EARNINGS',
    );
    expect(m.stoppedAtYear).toBe(3);
    expect(m.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(new D(m.years[2]!.presentValue).isZero()).toBe(true);
    expectAmount(m.value, cents(presentValue(['750', '600'], '0.1')));
  });

  it('a stream turning negative stops there and the loss is not subtracted', async () => {
    const m = only(
      await report({ ...TERMS, incrementalIncome: { pricePremiums: ['1000', '-50', '700'] } }),
      'INCREMENTAL_INCOME',
    );
    expect(m.stoppedAtYear).toBe(2);
    expectAmount(m.value, cents(presentValue(['750'], '0.1')));
  });

  it('discount rate by build-up: 3 % risk-free + 5 % + 2 % + 3 % premiums = 13 %', async () => {
    const r = await report({
      ...TERMS,
      discountRate: undefined,
      discountRateBuildUp: {
        riskFreeRate: '0.03',
        premiums: [
          { name: 'market', rate: '0.05' },
          { name: 'size', rate: '0.02' },
          { name: 'technology', rate: '0.03' },
        ],
      },
      reliefFromRoyalty: RFR,
    });
    expect(new D(r.discountRate!.base).eq('0.13')).toBe(true);
    expect(new D(r.discountRate!.effective).eq('0.13')).toBe(true);
    expect(new D(r.discountRate!.premium).isZero()).toBe(true);
    const components = (r.discountRate!.buildUp as { components: { name: string; rate: string }[] }).components;
    expect(components.map((c) => [c.name, new D(c.rate).toString()])).toEqual([
      ['risk-free', '0.03'],
      ['market', '0.05'],
      ['size', '0.02'],
      ['technology', '0.03'],
    ]);
    expectAmount(only(r, 'RELIEF_FROM_ROYALTY').value, cents(presentValue(RFR_BENEFITS, '0.13')));
  });

  /** Mid-year: year t discounted by (1 + r)^(t - 1/2). */
  const midYearPv = (benefits: readonly (string | InstanceType<typeof D>)[], rate: string) =>
    benefits.reduce<InstanceType<typeof D>>(
      (s, b, i) => s.plus(new D(b).div(new D(1).plus(rate).pow(i).times(new D(1).plus(rate).sqrt()))),
      new D(0),
    );

  it('mid-year discounting discounts year t by (1 + r)^(t - 0.5): incremental income', async () => {
    const input = { ...TERMS, taxRate: '0', incrementalIncome: { pricePremiums: ['8000', '8000', '8000'] } };
    const endOfYear = only(await report(input), 'INCREMENTAL_INCOME');
    const m = only(await report({ ...input, midYear: true }), 'INCREMENTAL_INCOME');
    expectAmount(m.value, cents(midYearPv(['8000', '8000', '8000'], '0.1')));
    expect(new D(m.value.amount).gt(endOfYear.value.amount)).toBe(true);
    expectDecimal(m.years[0]!.discountFactor, new D(1).div(new D('1.1').sqrt()), 9);
  });

  it('mid-year discounting applies to relief from royalty too (midYear is a shared term)', async () => {
    const m = only(await report({ ...TERMS, midYear: true, reliefFromRoyalty: RFR }), 'RELIEF_FROM_ROYALTY');
    // 37.5 / 1.1^0.5 + 41.25 / 1.1^1.5 + 45.375 / 1.1^2.5 = 107.26, not the end-of-year 102.27
    expectAmount(m.value, cents(midYearPv(RFR_BENEFITS, '0.1')));
  });

  it('the scorecard premium raises the effective rate and lowers the value; applyScorecardPremium false leaves both', async () => {
    const scorecard = { scenario: 'PLEDGE_FINANCE', analystScores: ALL_SIXTY };
    const withPremium = await report({ ...TERMS, reliefFromRoyalty: RFR, scorecard });
    const without = await report({ ...TERMS, reliefFromRoyalty: RFR, scorecard, applyScorecardPremium: false });
    // Every indicator scored 60 by the analyst: total 60 whatever the weights, grade C (50 <= total < 65).
    expect(withPremium.scorecard).toMatchObject({ scenario: 'PLEDGE_FINANCE', grade: 'C', riskFlags: [] });
    expect(new D(withPremium.scorecard!.total).eq(60)).toBe(true);
    const premium = new D(withPremium.scorecard!.discountRatePremium);
    expect(premium.gt(0)).toBe(true);
    expect(new D(withPremium.discountRate!.base).eq('0.1')).toBe(true);
    expect(new D(withPremium.discountRate!.premium).eq(premium)).toBe(true);
    expect(new D(withPremium.discountRate!.effective).eq(premium.plus('0.1'))).toBe(true);
    expectAmount(
      only(withPremium, 'RELIEF_FROM_ROYALTY').value,
      cents(presentValue(RFR_BENEFITS, premium.plus('0.1'))),
    );

    expect(new D(without.discountRate!.premium).isZero()).toBe(true);
    expect(new D(without.discountRate!.effective).eq('0.1')).toBe(true);
    expectAmount(only(without, 'RELIEF_FROM_ROYALTY').value, '102.27');
    expect(new D(withPremium.methods[0]!.value.amount).lt(without.methods[0]!.value.amount)).toBe(true);
  });
});

describe('valuationEstimate: Monte Carlo', () => {
  // Relief from royalty on 1,000,000 growing 5 % a year for 10 years, 5 % royalty, 25 % tax, r 10 %.
  const PROJECTED = {
    ...TERMS,
    economicLifeYears: 10,
    remainingLegalYears: 10,
    reliefFromRoyalty: { projection: { baseRevenue: '1000000', growthRate: '0.05', years: 10 }, royaltyRate: '0.05' },
  };
  // Closed form by hand: sum over t = 1..10 of 1e6 x 1.05^t x 0.05 x 0.75 / 1.1^t.
  const CLOSED_FORM = presentValue(
    Array.from({ length: 10 }, (_, i) => new D(1_000_000).times(new D('1.05').pow(i + 1)).times('0.0375')),
    '0.1',
  );
  const simulate = (seed: number, sd = '0.001', paths = 2000) =>
    report({ ...PROJECTED, monteCarlo: { paths, seed, royaltyRate: { kind: 'NORMAL', mean: '0.05', sd } } });

  it('the deterministic method matches the hand closed form', async () => {
    const r = await report(PROJECTED);
    expectAmount(only(r, 'RELIEF_FROM_ROYALTY').value, cents(CLOSED_FORM));
  });

  it('the same seed gives identical percentiles; another seed different ones', async () => {
    const [a, b, c] = await Promise.all([simulate(20240601), simulate(20240601), simulate(20240602)]);
    const pick = (r: Report) => {
      const mc = r.monteCarlo!;
      return [mc.p10.amount, mc.p50.amount, mc.p90.amount, mc.mean.amount, mc.standardDeviation, mc.standardError];
    };
    expect(a.monteCarlo).toMatchObject({ paths: 2000, seed: 20240601 });
    expect(pick(b)).toEqual(pick(a));
    expect(c.monteCarlo!.seed).toBe(20240602);
    expect(pick(c).slice(0, 3)).not.toEqual(pick(a).slice(0, 3));
  });

  it('P10 < P50 < P90, the standard error is sd / sqrt(paths), and P50 lies within 3 standard errors of the closed form', async () => {
    const mc = (await simulate(7)).monteCarlo!;
    const [p10, p50, p90] = [mc.p10, mc.p50, mc.p90].map((m) => new D(m.amount));
    expect(p10!.lt(p50!) && p50!.lt(p90!)).toBe(true);
    const sd = new D(mc.standardDeviation);
    const se = new D(mc.standardError);
    expect(sd.gt(0)).toBe(true);
    expect(
      se
        .minus(sd.div(new D(2000).sqrt()))
        .abs()
        .lte('0.01'),
    ).toBe(true);
    // sd of the value ~ 2 % of it (royalty sd 0.001 on 0.05): the case is tight but not degenerate.
    expect(sd.div(CLOSED_FORM).toNumber()).toBeGreaterThan(0.01);
    expect(sd.div(CLOSED_FORM).toNumber()).toBeLessThan(0.03);
    const shown = { p50: p50!.toFixed(2), standardError: se.toString(), closedForm: cents(CLOSED_FORM) };
    const within3Se = p50!.minus(CLOSED_FORM).abs().lte(se.times(3));
    expect({ ...shown, within3Se }).toEqual({ ...shown, within3Se: true });
  });

  it('the simulation values the same revenue horizon as the method: a 5-year projection inside a 10-year period', async () => {
    const fiveYears = {
      ...PROJECTED.reliefFromRoyalty,
      projection: { baseRevenue: '1000000', growthRate: '0.05', years: 5 },
    };
    const r = await report({
      ...PROJECTED,
      reliefFromRoyalty: fiveYears,
      monteCarlo: { paths: 2000, seed: 5, royaltyRate: { kind: 'NORMAL', mean: '0.05', sd: '0.001' } },
    });
    // By hand: only the 5 projected years earn anything.
    const fiveYearValue = presentValue(
      Array.from({ length: 5 }, (_, i) => new D(1_000_000).times(new D('1.05').pow(i + 1)).times('0.0375')),
      '0.1',
    );
    expectAmount(only(r, 'RELIEF_FROM_ROYALTY').value, cents(fiveYearValue));
    const mc = r.monteCarlo!;
    const shown = { p50: mc.p50.amount, standardError: mc.standardError, method: cents(fiveYearValue) };
    const within3Se = new D(mc.p50.amount).minus(fiveYearValue).abs().lte(new D(mc.standardError).times(3));
    expect({ ...shown, within3Se }).toEqual({ ...shown, within3Se: true });
  });

  it('the reconciled range is widened to the simulated P10-P90', async () => {
    const r = await simulate(11, '0.01');
    const mc = r.monteCarlo!;
    expect(new D(r.reconciliation.low.amount).lte(mc.p10.amount)).toBe(true);
    expect(new D(r.reconciliation.high.amount).gte(mc.p90.amount)).toBe(true);
    expectAmount(r.reconciliation.value, cents(CLOSED_FORM));
  });
});

describe('valuationEstimate: reconciliation and pledge recommendation', () => {
  const METHODS = {
    reliefFromRoyalty: RFR,
    cost: {
      rdLabour: '60',
      expenses: '30',
      overhead: '10',
      profitRate: '0.2',
      physicalObsolescence: '0',
      functionalObsolescence: '0',
      economicObsolescence: '0',
    },
    market: {
      comparables: [
        { price: '90', technical: '1', economic: '1', legal: '1', time: '1' },
        { price: '100', technical: '1', economic: '1', legal: '1', time: '1' },
        { price: '110', technical: '1', economic: '1', legal: '1', time: '1' },
      ],
    },
  };

  it('the reconciled range contains every method value', async () => {
    const r = await report({ ...TERMS, ...METHODS });
    expect(r.methods.map((m) => m.method).sort()).toEqual(['COST', 'MARKET', 'RELIEF_FROM_ROYALTY']);
    const low = new D(r.reconciliation.low.amount);
    const high = new D(r.reconciliation.high.amount);
    for (const m of r.methods) {
      const shown = { method: m.method, value: m.value.amount, low: low.toString(), high: high.toString() };
      expect({ ...shown, inRange: low.lte(m.value.amount) && high.gte(m.value.amount) }).toEqual({
        ...shown,
        inRange: true,
      });
    }
    // cost 100 x 1.2 = 120; market 100; relief from royalty 102.27: the range is their spread.
    expectAmount(r.reconciliation.low, '100.00');
    expectAmount(r.reconciliation.high, '120.00');
    const value = new D(r.reconciliation.value.amount);
    expect(value.gte(low) && value.lte(high)).toBe(true);
  });

  it('explicit weights reconcile to the weighted mean', async () => {
    const r = await report({
      ...TERMS,
      ...METHODS,
      weights: [
        { method: 'RELIEF_FROM_ROYALTY', weight: '2' },
        { method: 'COST', weight: '1' },
        { method: 'MARKET', weight: '1' },
      ],
    });
    // (2 x 102.27 + 120 + 100) / 4 = 106.135 -> 106.14 (half to even rounds the 3 up: ...135 -> .14)
    expectAmount(r.reconciliation.value, cents(new D('102.27').times(2).plus(120).plus(100).div(4)));
  });

  const POLICY = {
    inventionLtvCap: '0.3',
    utilityModelLtvCap: '0.15',
    designLtvCap: '0.15',
    trademarkLtvCap: '0.5',
    haircut: '0.15',
    minRemainingLifeYears: 5,
  };

  it('pledge recommendation: max loan = value x (1 - haircut) x cap, rounded down to the cent', async () => {
    const r = await report({ ...TERMS, reliefFromRoyalty: RFR, kind: 'INVENTION', lenderPolicy: POLICY });
    const p = r.pledgeRecommendation!;
    // 102.27 x 0.85 x 0.3 = 26.07885 -> 26.07 (rounded down, not to the nearest 26.08)
    expect(centsDown(new D('102.27').times('0.85').times('0.3'))).toBe('26.07');
    expect(p).toMatchObject({ eligible: true, reasons: [] });
    expect(new D(p.appliedLtv).eq('0.3')).toBe(true);
    expectAmount(p.maxLoanAmount, '26.07');
  });

  it('pledge recommendation uses the cap of the kind and the remaining-life tier', async () => {
    const utility = await report({ ...TERMS, reliefFromRoyalty: RFR, kind: 'UTILITY_MODEL', lenderPolicy: POLICY });
    expectAmount(utility.pledgeRecommendation!.maxLoanAmount, centsDown(new D('102.27').times('0.85').times('0.15')));
    const tiered = await report({
      ...TERMS,
      reliefFromRoyalty: RFR,
      kind: 'INVENTION',
      lenderPolicy: {
        ...POLICY,
        ltvCapByRemainingLife: [
          { minYears: 5, cap: '0.1' },
          { minYears: 8, cap: '0.2' },
          { minYears: 15, cap: '0.4' },
        ],
      },
    });
    // 10 years left: the 8-year tier applies, min(0.3, 0.2) = 0.2.
    expect(new D(tiered.pledgeRecommendation!.appliedLtv).eq('0.2')).toBe(true);
    expectAmount(tiered.pledgeRecommendation!.maxLoanAmount, centsDown(new D('102.27').times('0.85').times('0.2')));
  });

  it('REMAINING_LIFE_TOO_SHORT when the remaining life is below the minimum: nothing is lent', async () => {
    // 4 years left against a 5-year minimum; the income period (3 years) is unchanged.
    const r = await report({
      ...TERMS,
      remainingLegalYears: 4,
      reliefFromRoyalty: RFR,
      kind: 'INVENTION',
      lenderPolicy: POLICY,
    });
    expectAmount(r.reconciliation.value, '102.27');
    const p = r.pledgeRecommendation!;
    expect(p.eligible).toBe(false);
    expect(p.reasons).toContain('REMAINING_LIFE_TOO_SHORT');
    expectAmount(p.maxLoanAmount, '0.00');
  });
});

describe('valuationEstimate: bad input is BAD_USER_INPUT naming the field, never a 500', () => {
  const VALID: Input = { ...TERMS, reliefFromRoyalty: RFR };
  const rfr = (change: Record<string, unknown>): Input => ({ ...VALID, reliefFromRoyalty: { ...RFR, ...change } });

  it('the valid base input is accepted (control for the cases below)', async () => {
    expectAmount(only(await report(VALID), 'RELIEF_FROM_ROYALTY').value, '102.27');
  });

  it.each(
    (
      [
        ['discountRate "-1"', { ...VALID, discountRate: '-1' }, 'input.discountRate'],
        ['royaltyRate "1.5"', rfr({ royaltyRate: '1.5' }), 'input.reliefFromRoyalty.royaltyRate'],
        ['royaltyRate "-0.01"', rfr({ royaltyRate: '-0.01' }), 'input.reliefFromRoyalty.royaltyRate'],
        ['taxRate "1"', { ...VALID, taxRate: '1' }, 'input.taxRate'],
        ['economicLifeYears 0', { ...VALID, economicLifeYears: 0 }, 'input.economicLifeYears'],
        ['remainingLegalYears 0', { ...VALID, remainingLegalYears: 0 }, 'input.remainingLegalYears'],
        ['revenues []', rfr({ revenues: [] }), 'input.reliefFromRoyalty.revenues'],
        ['a negative revenue', rfr({ revenues: ['1000', '-5'] }), 'input.reliefFromRoyalty.revenues[1]'],
        [
          'both discountRate and discountRateBuildUp',
          { ...VALID, discountRateBuildUp: { riskFreeRate: '0.03', premiums: [{ name: 'market', rate: '0.05' }] } },
          'input.discountRate',
        ],
        ['an income method without any discount rate', { ...VALID, discountRate: undefined }, 'input.discountRate'],
        ['no method at all', { ...TERMS }, 'input'],
        [
          'monteCarlo without a projection',
          { ...VALID, monteCarlo: { paths: 100, seed: 1, royaltyRate: { kind: 'NORMAL', mean: '0.05', sd: '0.01' } } },
          'input.monteCarlo',
        ],
        [
          'extraVolumes and unitMargins of different lengths',
          { ...TERMS, incrementalIncome: { extraVolumes: ['1000', '1200', '1500'], unitMargins: ['12', '11'] } },
          'input.incrementalIncome.unitMargins',
        ],
        [
          'both revenues and a projection',
          rfr({ projection: { baseRevenue: '1000', growthRate: '0.1', years: 3 } }),
          'input.reliefFromRoyalty.revenues',
        ],
        [
          'a split ratio above 1',
          { ...TERMS, profitSplit: { licenseeProfits: ['100'], splitRatio: '1.2', profitsArePreTax: false } },
          'input.profitSplit.splitRatio',
        ],
        [
          'a lender policy without the kind of right',
          {
            ...VALID,
            lenderPolicy: {
              inventionLtvCap: '0.25',
              utilityModelLtvCap: '0.15',
              designLtvCap: '0.15',
              trademarkLtvCap: '0.5',
              haircut: '0',
              minRemainingLifeYears: 5,
            },
          },
          'input.kind',
        ],
        ['monteCarlo paths 0', { ...VALID, monteCarlo: { paths: 0, seed: 1 } }, 'input.monteCarlo.paths'],
      ] as [string, Input, string][]
    ).map(([name, input, field]) => [name, field, input] as const),
  )('%s -> BAD_USER_INPUT on %s', async (_name, field, input) => {
    assertGqlError(await estimate(input), { code: 'BAD_USER_INPUT', field });
  });

  it('discountRate "-1" is refused even when a scorecard premium would lift the effective rate above -100 %', async () => {
    const res = await estimate({ ...VALID, discountRate: '-1', scorecard: { analystScores: ALL_SIXTY } });
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'input.discountRate' });
  });

  it.each(
    (
      [
        ['royaltyRate "NaN"', rfr({ royaltyRate: 'NaN' }), 'royaltyRate'],
        ['royaltyRate "Infinity"', rfr({ royaltyRate: 'Infinity' }), 'royaltyRate'],
        ['royaltyRate "1e309"', rfr({ royaltyRate: '1e309' }), 'royaltyRate'],
        ['discountRate "-Infinity"', { ...VALID, discountRate: '-Infinity' }, 'discountRate'],
        ['taxRate "abc"', { ...VALID, taxRate: 'abc' }, 'taxRate'],
        ['a float royaltyRate variable', rfr({ royaltyRate: 0.05 }), 'royaltyRate'],
        ['economicLifeYears "NaN"', { ...VALID, economicLifeYears: 'NaN' }, 'economicLifeYears'],
        ['economicLifeYears "Infinity"', { ...VALID, economicLifeYears: 'Infinity' }, 'economicLifeYears'],
      ] as [string, Input, string][]
    ).map(([name, input, field]) => [name, field, input] as const),
  )('%s -> BAD_USER_INPUT naming %s (scalar coercion)', async (_name, field, input) => {
    assertGqlError(await estimate(input), { code: 'BAD_USER_INPUT', mentions: field });
  });

  it('a Float literal for a Decimal -> BAD_USER_INPUT naming the field (the same as a string is accepted)', async () => {
    const literal = (taxRate: string): string =>
      `{ valuationEstimate(input: { economicLifeYears: 3, remainingLegalYears: 10, taxRate: ${taxRate}, discountRate: "0.1",
         reliefFromRoyalty: { revenues: ["1000", "1100", "1210"], royaltyRate: "0.05" } }) { reconciliation { value { amount } } } }`;
    const token = await tokenFor('bank');
    const ok = assertGqlData(await gql(env.gatewayUrl, literal('"0.25"'), {}, { token }));
    expectAmount(ok.valuationEstimate.reconciliation.value, '102.27');
    assertGqlError(await gql(env.gatewayUrl, literal('0.25'), {}, { token }), {
      code: 'BAD_USER_INPUT',
      mentions: 'taxRate',
    });
  });

  it('anonymous callers get UNAUTHENTICATED', async () => {
    assertGqlError(await gql(env.gatewayUrl, REPORT, { input: VALID }), { code: 'UNAUTHENTICATED' });
  });
});
