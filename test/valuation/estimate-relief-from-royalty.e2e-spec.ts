import { jest } from '@jest/globals';
import { assertGqlData, assertGqlError, D, e2eEnv, gql, presentValue, tokenFor } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * `valuationEstimate` with the relief-from-royalty method alone: the cases of the first
 * slice's relief-from-royalty calculator that test/valuation/estimate.e2e-spec.ts does not
 * already cover (a growth projection, the Float literal inside the method input, NaN for
 * the legal life, the out-of-range values it used).
 */

const ESTIMATE = `query($input: ValuationEstimateInput!) {
  valuationEstimate(input: $input) {
    methods {
      method value { amount currency }
      incomePeriod { years cappedBy }
      years { year benefit discountFactor presentValue inputs }
    }
    reconciliation { value { amount currency } }
  }
}`;

interface MethodResult {
  method: string;
  value: { amount: string; currency: string };
  incomePeriod: { years: number; cappedBy: string } | null;
  years: { year: number; benefit: string; discountFactor: string; presentValue: string; inputs: { revenue: string } }[];
}
interface Report {
  methods: MethodResult[];
  reconciliation: { value: { amount: string; currency: string } };
}

// 3 years of economic life inside 10 legal years, 5 % royalty, 25 % tax, 10 % discount.
const BASE = {
  taxRate: '0.25',
  discountRate: '0.1',
  remainingLegalYears: 10,
  economicLifeYears: 3,
  reliefFromRoyalty: { revenues: ['1000', '1100', '1210'], royaltyRate: '0.05' },
};

const estimate = async (input: Record<string, unknown>) =>
  gql<{ valuationEstimate: Report }>(env.gatewayUrl, ESTIMATE, { input }, { token: await tokenFor('bank') });

describe('valuationEstimate: relief from royalty', () => {
  it('accepts a growth projection instead of explicit revenues: 1000 growing 10 % -> 112.50 CNY', async () => {
    const input = {
      ...BASE,
      reliefFromRoyalty: { projection: { baseRevenue: '1000', growthRate: '0.1', years: 3 }, royaltyRate: '0.05' },
    };
    const r = assertGqlData(await estimate(input)).valuationEstimate;
    expect(r.methods.map((m) => m.method)).toEqual(['RELIEF_FROM_ROYALTY']);
    const m = r.methods[0]!;
    // Revenues 1100, 1210, 1331: each year's benefit (x 0.05 x 0.75) discounts back to exactly 37.5.
    expect(m.years.map((y) => new D(y.inputs.revenue).toString())).toEqual(['1100', '1210', '1331']);
    expect(presentValue(['41.25', '45.375', '49.9125'], '0.1').toString()).toBe('112.5');
    expect(m.incomePeriod).toEqual({ years: 3, cappedBy: 'ECONOMIC_LIFE' });
    expect(m.value.amount).toMatch(/^112\.50?$/);
    expect(m.value.currency).toBe('CNY');
    expect(r.reconciliation.value.amount).toMatch(/^112\.50?$/);
  });

  it.each([
    [
      'royaltyRate "-0.1"',
      { reliefFromRoyalty: { ...BASE.reliefFromRoyalty, royaltyRate: '-0.1' } },
      'input.reliefFromRoyalty.royaltyRate',
    ],
    ['remainingLegalYears -3', { remainingLegalYears: -3 }, 'input.remainingLegalYears'],
  ])('%s -> BAD_USER_INPUT naming the field (the unchanged input is accepted)', async (_name, change, field) => {
    assertGqlData(await estimate(BASE));
    assertGqlError(await estimate({ ...BASE, ...change }), { code: 'BAD_USER_INPUT', field });
  });

  it('a Float literal for the method royaltyRate -> BAD_USER_INPUT naming the field (the same with a string is accepted)', async () => {
    const literal = (royaltyRate: string): string =>
      `{ valuationEstimate(input: { taxRate: "0.25", discountRate: "0.1", remainingLegalYears: 10, economicLifeYears: 3,
         reliefFromRoyalty: { revenues: ["1000"], royaltyRate: ${royaltyRate} } }) { methods { value { amount } } } }`;
    const token = await tokenFor('bank');
    // 1000 x 0.05 x 0.75 / 1.1 = 34.0909... -> 34.09
    const ok = assertGqlData(await gql(env.gatewayUrl, literal('"0.05"'), {}, { token }));
    expect(ok.valuationEstimate.methods[0].value.amount).toBe('34.09');
    assertGqlError(await gql(env.gatewayUrl, literal('0.05'), {}, { token }), {
      code: 'BAD_USER_INPUT',
      mentions: 'royaltyRate',
    });
  });

  it('a non-numeric legal life -> BAD_USER_INPUT naming remainingLegalYears, not a 500', async () => {
    assertGqlError(await estimate({ ...BASE, remainingLegalYears: 'NaN' }), {
      code: 'BAD_USER_INPUT',
      mentions: 'remainingLegalYears',
    });
  });
});
