import { jest } from '@jest/globals';
import { assertGqlData, assertGqlError, e2eEnv, gql, tokenFor } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** The relief-from-royalty calculator (valuation subgraph) through the gateway. */

const ESTIMATE = `query($input: ReliefFromRoyaltyInput!) {
  reliefFromRoyaltyEstimate(input: $input) {
    value { amount currency }
    unroundedValue
    incomePeriod { years cappedBy }
    years { year revenue benefit discountFactor presentValue }
  }
}`;

const BASE = {
  revenues: ['1000', '1100', '1210'],
  royaltyRate: '0.05',
  taxRate: '0.25',
  discountRate: '0.1',
  remainingLegalYears: 10,
  economicLifeYears: 3,
};

interface Year {
  year: number;
  revenue: string;
  benefit: string;
  discountFactor: string;
  presentValue: string;
}
interface Estimate {
  value: { amount: string; currency: string };
  unroundedValue: string;
  incomePeriod: { years: number; cappedBy: string };
  years: Year[];
}

const estimate = async (input: Record<string, unknown>) =>
  gql<{ reliefFromRoyaltyEstimate: Estimate }>(env.gatewayUrl, ESTIMATE, { input }, { token: await tokenFor('bank') });

describe('reliefFromRoyaltyEstimate', () => {
  it('values 3 years of 1000/1100/1210 at 5 % royalty, 25 % tax, 10 % discount at 102.27 CNY, with its working', async () => {
    const result = assertGqlData(await estimate(BASE)).reliefFromRoyaltyEstimate;
    // Worked by hand: benefit = revenue x 0.05 x 0.75 = 37.5, 41.25, 45.375; each
    // discounted by 1.1^t is 34.0909..., three years sum to 102.2727... -> 102.27.
    expect(result.value).toEqual({ amount: '102.27', currency: 'CNY' });
    expect(result.incomePeriod).toEqual({ years: 3, cappedBy: 'ECONOMIC_LIFE' });
    const revenues = [1000, 1100, 1210];
    expect(result.years.map((y) => y.year)).toEqual([1, 2, 3]);
    result.years.forEach((y, i) => {
      const revenue = revenues[i] as number;
      const factor = 1 / 1.1 ** (i + 1);
      expect(Number(y.revenue)).toBe(revenue);
      expect(Number(y.benefit)).toBeCloseTo(revenue * 0.05 * 0.75, 10);
      expect(Number(y.discountFactor)).toBeCloseTo(factor, 9);
      expect(y.presentValue).toBe((revenue * 0.05 * 0.75 * factor).toFixed(2));
    });
    expect(Number(result.unroundedValue)).toBeCloseTo(102.272727, 5);
  });

  it('caps the income period by the legal term when it is shorter', async () => {
    const result = assertGqlData(
      await estimate({ ...BASE, remainingLegalYears: 2.9, economicLifeYears: 10 }),
    ).reliefFromRoyaltyEstimate;
    expect(result.incomePeriod).toEqual({ years: 2, cappedBy: 'LEGAL_TERM' });
    expect(result.years).toHaveLength(2);
    expect(Number(result.value.amount)).toBeCloseTo(34.0909 * 2, 2);
  });

  it('accepts a growth projection instead of explicit revenues', async () => {
    const input = { ...BASE, revenues: undefined, projection: { baseRevenue: '1000', growthRate: '0.1', years: 3 } };
    const result = assertGqlData(await estimate(input)).reliefFromRoyaltyEstimate;
    // Revenues 1100, 1210, 1331: each year's benefit discounts back to exactly 37.5.
    expect(result.years.map((y) => Number(y.revenue))).toEqual([1100, 1210, 1331]);
    expect(result.value.amount).toMatch(/^112\.50?$/);
  });

  it.each([
    ['royaltyRate "1.5"', { royaltyRate: '1.5' }, 'input.royaltyRate'],
    ['royaltyRate "-0.1"', { royaltyRate: '-0.1' }, 'input.royaltyRate'],
    ['taxRate "1"', { taxRate: '1' }, 'input.taxRate'],
    ['discountRate "-1"', { discountRate: '-1' }, 'input.discountRate'],
    ['economicLifeYears 0', { economicLifeYears: 0 }, 'input.economicLifeYears'],
    ['remainingLegalYears -3', { remainingLegalYears: -3 }, 'input.remainingLegalYears'],
    ['revenues []', { revenues: [] }, 'input.revenues'],
    ['a negative revenue', { revenues: ['1000', '-5'] }, 'input.revenues[1]'],
    ['a float royaltyRate variable', { royaltyRate: 0.05 }, 'royaltyRate'],
    ['royaltyRate "1e309"', { royaltyRate: '1e309' }, 'royaltyRate'],
  ])('%s -> BAD_USER_INPUT naming the field (the unchanged input is accepted)', async (_name, change, field) => {
    assertGqlData(await estimate(BASE));
    const res = await estimate({ ...BASE, ...change });
    assertGqlError(res, { code: 'BAD_USER_INPUT', mentions: field });
  });

  it('a Float literal for a Decimal -> BAD_USER_INPUT naming the field (the same with a string is accepted)', async () => {
    const literal = (royaltyRate: string): string =>
      `{ reliefFromRoyaltyEstimate(input: { revenues: ["1000"], royaltyRate: ${royaltyRate}, taxRate: "0.25", discountRate: "0.1", remainingLegalYears: 10, economicLifeYears: 3 }) { value { amount } } }`;
    assertGqlData(await gql(env.gatewayUrl, literal('"0.05"'), {}, { token: await tokenFor('bank') }));
    const res = await gql(env.gatewayUrl, literal('0.05'), {}, { token: await tokenFor('bank') });
    assertGqlError(res, { code: 'BAD_USER_INPUT', mentions: 'royaltyRate' });
  });

  it('both revenues and a projection -> BAD_USER_INPUT naming input.revenues', async () => {
    const res = await estimate({ ...BASE, projection: { baseRevenue: '1000', growthRate: '0.1', years: 3 } });
    assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'input.revenues' });
  });

  it('a non-numeric year count -> BAD_USER_INPUT, not a 500', async () => {
    assertGqlError(await estimate({ ...BASE, remainingLegalYears: 'NaN' }), {
      code: 'BAD_USER_INPUT',
      mentions: 'remainingLegalYears',
    });
  });

  it('an unknown valuation id -> NOT_FOUND; a malformed one -> BAD_USER_INPUT', async () => {
    const q = 'query($id: ID!) { valuation(id: $id) { id } }';
    const token = await tokenFor('bank');
    assertGqlError(await gql(env.gatewayUrl, q, { id: '00000000-0000-4000-8000-00000000dead' }, { token }), {
      code: 'NOT_FOUND',
      reason: 'VALUATION_NOT_FOUND',
    });
    assertGqlError(await gql(env.gatewayUrl, q, { id: 'x' }, { token }), { code: 'BAD_USER_INPUT', field: 'id' });
  });
});
