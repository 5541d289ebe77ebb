import { jest } from '@jest/globals';
import { DEMO_PARTIES } from '@app/demo-data';
import {
  addCalendarMonthsUtc,
  assertGqlData,
  assertGqlError,
  centsDown,
  createAsset,
  D,
  e2eEnv,
  gql,
  registerBankUser,
  tokenFor,
  type GqlResponse,
  type TestBank,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Workings the API returns as JSON, read field by field in the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Lender policies (`setLenderPolicy`, `lenderPolicy`) and their effect on stored valuations:
 * the pledge recommendation and how long a valuation stays current. Most tests use a bank
 * of their own (registerBankUser), because other spec files rely on the demo bank's policy.
 */

const POLICY_FIELDS = `lenderId version inventionLtvCap utilityModelLtvCap designLtvCap trademarkLtvCap
  ltvCapByRemainingLife { minYears cap } haircut minRemainingLifeYears validityMonths createdAt`;
const SET = `mutation($input: LenderPolicyInput!) { setLenderPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const GET = `query($lenderId: ID!) { lenderPolicy(lenderId: $lenderId) { ${POLICY_FIELDS} } }`;
const CREATE = `mutation($input: CreateValuationInput!) { createValuation(input: $input) {
  id valuedAt value { amount } valuedBy
  report { reconciliation { value { amount } }
    pledgeRecommendation { eligible reasons appliedLtv maxLoanAmount { amount currency } workings } }
  staleness { stale reasons validUntil } } }`;
const STALENESS = `query($id: ID!) { valuation(id: $id) { id valuedAt staleness { stale reasons validUntil } } }`;

interface Policy {
  lenderId: string;
  version: number;
  inventionLtvCap: string;
  utilityModelLtvCap: string;
  designLtvCap: string;
  trademarkLtvCap: string;
  ltvCapByRemainingLife: { minYears: number; cap: string }[];
  haircut: string;
  minRemainingLifeYears: number;
  validityMonths: number;
  createdAt: string;
}
interface StoredValuation {
  id: string;
  valuedAt: string;
  value: { amount: string };
  valuedBy: string | null;
  report: {
    reconciliation: { value: { amount: string } };
    pledgeRecommendation: {
      eligible: boolean;
      reasons: string[];
      appliedLtv: string;
      maxLoanAmount: { amount: string; currency: string };
      workings: Json;
    } | null;
  };
  staleness: { stale: boolean; reasons: string[]; validUntil: string };
}

// The demo bank's seeded policy (the published example): re-setting it keeps its effect
// unchanged for the spec files that value with the demo bank in parallel.
const DEMO_POLICY = {
  inventionLtvCap: '0.25',
  utilityModelLtvCap: '0.15',
  designLtvCap: '0.15',
  trademarkLtvCap: '0.5',
  haircut: '0',
  minRemainingLifeYears: 5,
  validityMonths: 12,
};
const POLICY = {
  inventionLtvCap: '0.3',
  utilityModelLtvCap: '0.15',
  designLtvCap: '0.1',
  trademarkLtvCap: '0.5',
  haircut: '0.2',
  minRemainingLifeYears: 5,
  validityMonths: 3,
};
const ASSUMPTIONS = {
  economicLifeYears: 8,
  taxRate: '0.25',
  discountRate: '0.1',
  reliefFromRoyalty: { projection: { baseRevenue: '2345678.91', growthRate: '0.04', years: 8 }, royaltyRate: '0.037' },
};

const set = (token: string, input: Record<string, unknown>): Promise<GqlResponse<{ setLenderPolicy: Policy }>> =>
  gql<{ setLenderPolicy: Policy }>(env.gatewayUrl, SET, { input }, { token });
const setOk = async (token: string, input: Record<string, unknown>): Promise<Policy> =>
  assertGqlData(await set(token, input)).setLenderPolicy;
const read = (token: string, lenderId: string): Promise<GqlResponse<{ lenderPolicy: Policy | null }>> =>
  gql<{ lenderPolicy: Policy | null }>(env.gatewayUrl, GET, { lenderId }, { token });
const readOk = async (token: string, lenderId: string): Promise<Policy | null> =>
  assertGqlData(await read(token, lenderId)).lenderPolicy;
const valueAsBank = async (token: string, assetId: string): Promise<StoredValuation> =>
  assertGqlData(
    await gql<{ createValuation: StoredValuation }>(
      env.gatewayUrl,
      CREATE,
      { input: { assetId, assumptions: ASSUMPTIONS } },
      { token },
    ),
  ).createValuation;
const stalenessOf = async (token: string, id: string) =>
  assertGqlData(
    await gql<{ valuation: { id: string; valuedAt: string; staleness: StoredValuation['staleness'] } }>(
      env.gatewayUrl,
      STALENESS,
      { id },
      { token },
    ),
  ).valuation;

/** The policy fields of `input` read back as decimals/numbers, for comparison with a returned policy. */
function expectPolicy(actual: Policy, input: Record<string, unknown>): void {
  for (const key of ['inventionLtvCap', 'utilityModelLtvCap', 'designLtvCap', 'trademarkLtvCap', 'haircut'] as const) {
    expect({ key, equal: new D(actual[key]).eq(input[key] as string) }).toEqual({ key, equal: true });
  }
  expect(actual.minRemainingLifeYears).toBe(input['minRemainingLifeYears']);
  if (input['validityMonths'] !== undefined) expect(actual.validityMonths).toBe(input['validityMonths']);
  const tiers = (input['ltvCapByRemainingLife'] ?? []) as { minYears: number; cap: string }[];
  expect(actual.ltvCapByRemainingLife.map((t) => [t.minYears, new D(t.cap).toString()])).toEqual(
    tiers.map((t) => [t.minYears, new D(t.cap).toString()]),
  );
}

describe('setLenderPolicy / lenderPolicy', () => {
  it('the demo bank: each set is a new, higher version, and lenderPolicy returns the latest', async () => {
    const token = await tokenFor('bank');
    const lenderId = DEMO_PARTIES.jiangsuBank.id;
    const seeded = await readOk(token, lenderId);
    expect(seeded).not.toBeNull();
    expect(seeded!.lenderId).toBe(lenderId);
    const first = await setOk(token, DEMO_POLICY);
    const second = await setOk(token, DEMO_POLICY);
    expect(first.lenderId).toBe(lenderId);
    // Relative to what was read first: other spec files may also write versions meanwhile.
    expect(first.version).toBeGreaterThan(seeded!.version);
    expect(second.version).toBeGreaterThan(first.version);
    expectPolicy(second, DEMO_POLICY);
    const latest = await readOk(token, lenderId);
    expect(latest!.version).toBeGreaterThanOrEqual(second.version);
  });

  it('a new bank has no policy; its sets are versions 1 and 2 and the latest is the one read', async () => {
    const bank = await registerBankUser();
    expect(await readOk(bank.token, bank.partyId)).toBeNull();
    const before = Date.now();
    const v1 = await setOk(bank.token, POLICY);
    expect(v1).toMatchObject({ lenderId: bank.partyId, version: 1 });
    expectPolicy(v1, POLICY);
    expect(Math.abs(Date.parse(v1.createdAt) - before)).toBeLessThan(60_000);
    const changed = {
      ...POLICY,
      inventionLtvCap: '0.35',
      haircut: '0.1',
      validityMonths: 6,
      ltvCapByRemainingLife: [
        { minYears: 5, cap: '0.2' },
        { minYears: 10, cap: '0.3' },
      ],
    };
    const v2 = await setOk(bank.token, changed);
    expect(v2).toMatchObject({ lenderId: bank.partyId, version: 2 });
    const latest = await readOk(bank.token, bank.partyId);
    expect(latest!.version).toBe(2);
    expectPolicy(latest!, changed);
    // An admin reads any lender's policy.
    expect((await readOk(await tokenFor('admin'), bank.partyId))!.version).toBe(2);
  });

  it('validityMonths defaults to 12 months when omitted', async () => {
    const bank = await registerBankUser();
    const { validityMonths: _omitted, ...withoutValidity } = POLICY;
    expect((await setOk(bank.token, withoutValidity)).validityMonths).toBe(12);
  });

  it("another bank or an SME cannot read a bank's policy (FORBIDDEN)", async () => {
    const other = await registerBankUser();
    await setOk(other.token, POLICY);
    assertGqlError(await read(other.token, DEMO_PARTIES.jiangsuBank.id), {
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_POLICY',
    });
    assertGqlError(await read(await tokenFor('bank'), other.partyId), { code: 'FORBIDDEN', reason: 'NOT_YOUR_POLICY' });
    assertGqlError(await read(await tokenFor('sme'), DEMO_PARTIES.jiangsuBank.id), { code: 'FORBIDDEN' });
    assertGqlError(await read(await tokenFor('program'), other.partyId), { code: 'FORBIDDEN' });
    assertGqlError(await read(other.token, 'not-a-uuid'), { code: 'BAD_USER_INPUT', field: 'lenderId' });
  });

  it('only a bank sets a policy: an SME, program staff or registrar gets FORBIDDEN', async () => {
    for (const login of ['sme', 'program', 'registrar'] as const) {
      assertGqlError(await set(await tokenFor(login), POLICY), { code: 'FORBIDDEN' });
    }
  });

  describe('an invalid policy', () => {
    const INVALID: [string, Record<string, unknown>, string][] = [
      ['an invention cap of 1.5', { ...POLICY, inventionLtvCap: '1.5' }, 'input.inventionLtvCap'],
      ['a trademark cap of -0.1', { ...POLICY, trademarkLtvCap: '-0.1' }, 'input.trademarkLtvCap'],
      ['a negative haircut', { ...POLICY, haircut: '-0.05' }, 'input.haircut'],
      ['a haircut above 100 %', { ...POLICY, haircut: '1.01' }, 'input.haircut'],
      ['a negative minimum remaining life', { ...POLICY, minRemainingLifeYears: -1 }, 'input.minRemainingLifeYears'],
      ['validityMonths 0', { ...POLICY, validityMonths: 0 }, 'input.validityMonths'],
      [
        'life tiers out of order',
        {
          ...POLICY,
          ltvCapByRemainingLife: [
            { minYears: 10, cap: '0.3' },
            { minYears: 5, cap: '0.3' },
          ],
        },
        'input.ltvCapByRemainingLife[1].minYears',
      ],
    ];

    it('is refused with BAD_USER_INPUT and stores no version', async () => {
      const bank = await registerBankUser();
      await setOk(bank.token, POLICY);
      for (const [, input] of INVALID) assertGqlError(await set(bank.token, input), { code: 'BAD_USER_INPUT' });
      assertGqlError(await set(bank.token, { ...POLICY, haircut: 'NaN' }), {
        code: 'BAD_USER_INPUT',
        mentions: 'haircut',
      });
      const latest = await readOk(bank.token, bank.partyId);
      expect(latest!.version).toBe(1);
      expectPolicy(latest!, POLICY);
    });

    it.each(INVALID.map(([name, input, field]) => [name, field, input] as const))(
      '%s -> BAD_USER_INPUT naming %s',
      async (_name, field, input) => {
        const bank = await registerBankUser();
        assertGqlError(await set(bank.token, input), { code: 'BAD_USER_INPUT', field });
      },
    );
  });
});

describe("a bank's createValuation follows its own policy", () => {
  let bank: TestBank;
  let invention: Awaited<ReturnType<typeof createAsset>>;

  beforeAll(async () => {
    bank = await registerBankUser();
    invention = await createAsset({ kind: 'INVENTION', filingDate: '2021-03-15' });
  });

  it('without a policy there is no pledge recommendation', async () => {
    const v = await valueAsBank(bank.token, invention.id);
    expect(v.valuedBy).toBe(bank.userId);
    expect(v.report.pledgeRecommendation).toBeNull();
  });

  it('max loan = value x (1 - haircut) x kind cap, rounded down to the cent', async () => {
    await setOk(bank.token, POLICY);
    const v = await valueAsBank(bank.token, invention.id);
    const p = v.report.pledgeRecommendation!;
    const value = new D(v.report.reconciliation.value.amount);
    expect(value.gt(0)).toBe(true);
    expect(p).toMatchObject({ eligible: true, reasons: [] });
    expect(new D(p.appliedLtv).eq('0.3')).toBe(true);
    expect(p.maxLoanAmount.currency).toBe('CNY');
    expect(new D(p.maxLoanAmount.amount).eq(centsDown(value.times('0.8').times('0.3')))).toBe(true);
  });

  it('a utility model gets its own cap; a remaining-life tier can lower the cap further', async () => {
    const utility = await createAsset({ kind: 'UTILITY_MODEL', filingDate: '2022-05-10', grantDate: '2022-12-01' });
    await setOk(bank.token, POLICY);
    const u = await valueAsBank(bank.token, utility.id);
    expect(new D(u.report.pledgeRecommendation!.appliedLtv).eq('0.15')).toBe(true);
    expect(
      new D(u.report.pledgeRecommendation!.maxLoanAmount.amount).eq(
        centsDown(new D(u.report.reconciliation.value.amount).times('0.8').times('0.15')),
      ),
    ).toBe(true);

    // The invention has about 14 years left: the 10-year tier (0.2) applies, below the kind cap 0.3.
    await setOk(bank.token, {
      ...POLICY,
      ltvCapByRemainingLife: [
        { minYears: 5, cap: '0.1' },
        { minYears: 10, cap: '0.2' },
        { minYears: 18, cap: '0.4' },
      ],
    });
    const i = await valueAsBank(bank.token, invention.id);
    expect(new D(i.report.pledgeRecommendation!.appliedLtv).eq('0.2')).toBe(true);
    expect(
      new D(i.report.pledgeRecommendation!.maxLoanAmount.amount).eq(
        centsDown(new D(i.report.reconciliation.value.amount).times('0.8').times('0.2')),
      ),
    ).toBe(true);
  });

  it('REMAINING_LIFE_TOO_SHORT when the asset has less left than the policy minimum', async () => {
    await setOk(bank.token, { ...POLICY, minRemainingLifeYears: 25 });
    const v = await valueAsBank(bank.token, invention.id);
    const p = v.report.pledgeRecommendation!;
    expect(p.eligible).toBe(false);
    expect(p.reasons).toContain('REMAINING_LIFE_TOO_SHORT');
    expect(new D(p.maxLoanAmount.amount).isZero()).toBe(true);
  });

  it("staleness validity follows the bank's validityMonths: validUntil = valuedAt + months", async () => {
    await setOk(bank.token, { ...POLICY, validityMonths: 3 });
    const v = await valueAsBank(bank.token, invention.id);
    const valuedAt = new Date(v.valuedAt);
    expect(Date.parse(v.staleness.validUntil)).toBe(addCalendarMonthsUtc(valuedAt, 3).getTime());
    expect(v.staleness.stale).toBe(false);

    // The policy is read when the staleness is asked for: a longer validity moves validUntil.
    await setOk(bank.token, { ...POLICY, validityMonths: 24 });
    const later = await stalenessOf(bank.token, v.id);
    expect(Date.parse(later.staleness.validUntil)).toBe(addCalendarMonthsUtc(valuedAt, 24).getTime());
    expect(later.staleness.stale).toBe(false);

    // Someone without a lender policy sees the platform default of 12 months.
    const sme = await stalenessOf(await tokenFor('sme'), v.id);
    expect(Date.parse(sme.staleness.validUntil)).toBe(addCalendarMonthsUtc(valuedAt, 12).getTime());
  });
});
