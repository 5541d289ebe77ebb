import { jest } from '@jest/globals';
import { DEMO_ASSETS } from '@app/demo-data';
import {
  assertGqlData,
  assertGqlError,
  cents,
  createAsset,
  D,
  daysBetween,
  demoUser,
  e2eEnv,
  expectedPatentExpiry,
  gql,
  ownedBy,
  presentValue,
  registerSmeUser,
  todayInChina,
  tokenFor,
  type DemoLogin,
  type GqlResponse,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Workings the API returns as JSON, read field by field in the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * `createValuation`: a registry asset valued on the analyst's assumptions, its legal life
 * and attributes read from the registry, stored as an immutable version; read back through
 * the gateway (`valuation`, `IpAsset.latestValuation`, `IpAsset.valuations`) with staleness.
 */

const VALUATION_FIELDS = `id assetId version method valuedAt engineVersion valuedBy confidence
  value { amount currency } low { amount } high { amount }
  report {
    engineVersion
    discountRate { base premium effective }
    methods { method value { amount } incomePeriod { years cappedBy } years { year benefit } detail }
    reconciliation { value { amount } low { amount } high { amount } }
    pledgeRecommendation { eligible }
  }
  staleness { stale reasons validUntil }`;

const CREATE = `mutation($input: CreateValuationInput!) { createValuation(input: $input) { ${VALUATION_FIELDS} } }`;
const GET = `query($id: ID!) { valuation(id: $id) { ${VALUATION_FIELDS} } }`;
const ASSET = `query($id: ID!) { ipAsset(id: $id) {
  id kind remainingLifeDays expiryDate statusChangedAt
  latestValuation { id version staleness { stale reasons } }
  valuations(first: 50) { id version valuedAt valuedBy }
} }`;
const UPDATE_STATUS = `mutation($id: ID!, $input: UpdateIpAssetStatusInput!) {
  updateIpAssetStatus(id: $id, input: $input) { id legalStatus statusChangedAt } }`;

interface Valuation {
  id: string;
  assetId: string;
  version: number;
  method: string;
  valuedAt: string;
  engineVersion: string;
  valuedBy: string | null;
  confidence: string | null;
  value: { amount: string; currency: string };
  low: { amount: string } | null;
  high: { amount: string } | null;
  report: {
    engineVersion: string;
    discountRate: { base: string; premium: string; effective: string } | null;
    methods: {
      method: string;
      value: { amount: string };
      incomePeriod: { years: number; cappedBy: string } | null;
      years: { year: number; benefit: string }[];
      detail: Record<string, Json>;
    }[];
    reconciliation: { value: { amount: string }; low: { amount: string }; high: { amount: string } };
    pledgeRecommendation: { eligible: boolean } | null;
  } | null;
  staleness: { stale: boolean; reasons: string[]; validUntil: string };
}
interface AssetView {
  id: string;
  kind: string;
  remainingLifeDays: number | null;
  expiryDate: string | null;
  statusChangedAt: string;
  latestValuation: { id: string; version: number; staleness: { stale: boolean; reasons: string[] } } | null;
  valuations: { id: string; version: number; valuedAt: string; valuedBy: string | null }[];
}

// Relief from royalty on revenue of 1,000,000 growing 3 % a year, 4 % royalty, 25 % tax,
// r 10 %, over an economic life far longer than any patent's remaining term.
const ASSUMPTIONS = {
  economicLifeYears: 30,
  taxRate: '0.25',
  discountRate: '0.1',
  reliefFromRoyalty: { projection: { baseRevenue: '1000000', growthRate: '0.03', years: 30 }, royaltyRate: '0.04' },
};

/** A demo login's token, or a token as is. */
const tokenOf = async (who: DemoLogin | { token: string }): Promise<string> =>
  typeof who === 'string' ? tokenFor(who) : who.token;

const create = async (
  assetId: string,
  assumptions: Record<string, unknown> = ASSUMPTIONS,
  who: DemoLogin | { token: string } = 'bank',
): Promise<GqlResponse<{ createValuation: Valuation }>> =>
  gql<{ createValuation: Valuation }>(
    env.gatewayUrl,
    CREATE,
    { input: { assetId, assumptions } },
    { token: await tokenOf(who) },
  );
const created = async (
  assetId: string,
  assumptions?: Record<string, unknown>,
  who?: DemoLogin | { token: string },
): Promise<Valuation> => assertGqlData(await create(assetId, assumptions, who)).createValuation;
const getValuation = async (id: string, login: DemoLogin = 'bank'): Promise<Valuation> =>
  assertGqlData(await gql<{ valuation: Valuation }>(env.gatewayUrl, GET, { id }, { token: await tokenFor(login) }))
    .valuation;
const viewAsset = async (id: string, who: DemoLogin | { token: string } = 'bank'): Promise<AssetView> =>
  assertGqlData(await gql<{ ipAsset: AssetView }>(env.gatewayUrl, ASSET, { id }, { token: await tokenOf(who) }))
    .ipAsset;
const updateStatus = async (id: string, input: Record<string, unknown>) =>
  assertGqlData(await gql(env.gatewayUrl, UPDATE_STATUS, { id, input }, { token: await tokenFor('registrar') }));

const demoAsset = (n: number): string => {
  const id = `00000000-0000-4000-8000-0000000020${String(n).padStart(2, '0')}`;
  expect(DEMO_ASSETS.some((a) => a.id === id)).toBe(true);
  return id;
};

function expectWellFormed(v: Valuation, assetId: string): void {
  expect(v.assetId).toBe(assetId);
  expect(v.method).toBe('RECONCILED');
  expect(v.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
  expect(v.report?.engineVersion).toBe(v.engineVersion);
  expect(v.valuedBy).toBe(demoUser('bank').id);
  expect(v.value.currency).toBe('CNY');
  const [low, value, high] = [v.low!.amount, v.value.amount, v.high!.amount].map((a) => new D(a));
  const shown = { low: v.low!.amount, value: v.value.amount, high: v.high!.amount };
  expect({ ...shown, ordered: low!.lte(value!) && value!.lte(high!) }).toEqual({ ...shown, ordered: true });
  expect(new D(v.report!.reconciliation.value.amount).eq(value!)).toBe(true);
}

// Valuations are only ever stored on assets these tests record: the demo assets keep their
// seeded valuation history, which test/gateway/ip-assets-query.e2e-spec.ts asserts exactly
// (a new version on a demo asset would fail it whenever it ran after this file). Demo assets
// appear below only where the valuation is refused before anything is stored.
describe("createValuation as a bank on an enterprise's asset", () => {
  it('stores a RECONCILED valuation by the bank, version n; a second one is version n + 1', async () => {
    const owner = await registerSmeUser();
    const asset = await createAsset({ owners: ownedBy(owner.party) });
    expect(asset.owners.map((o) => o.partyId)).toEqual([owner.party.id]);
    const before = Date.now();
    const first = await created(asset.id);
    const second = await created(asset.id);
    const after = Date.now();
    expectWellFormed(first, asset.id);
    expectWellFormed(second, asset.id);
    expect(first.version).toBe(1);
    expect(second.version).toBe(first.version + 1);
    for (const v of [first, second]) {
      const at = Date.parse(v.valuedAt);
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(after + 1000);
    }
    // The owner sees the bank's valuations of its asset, newest first.
    const view = await viewAsset(asset.id, owner);
    expect(view.valuations.map((v) => [v.id, v.version, v.valuedBy])).toEqual([
      [second.id, 2, demoUser('bank').id],
      [first.id, 1, demoUser('bank').id],
    ]);
  });
});

describe('createValuation on a freshly recorded asset', () => {
  it('versions 1 and 2, newest first through IpAsset.latestValuation and IpAsset.valuations, readable by id', async () => {
    const asset = await createAsset();
    expect((await viewAsset(asset.id)).latestValuation).toBeNull();
    const first = await created(asset.id);
    const second = await created(asset.id);
    expectWellFormed(first, asset.id);
    expectWellFormed(second, asset.id);
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(Date.parse(second.valuedAt)).toBeGreaterThanOrEqual(Date.parse(first.valuedAt));

    const view = await viewAsset(asset.id);
    expect(view.latestValuation).toMatchObject({ id: second.id, version: 2 });
    expect(view.valuations.map((v) => [v.id, v.version])).toEqual([
      [second.id, 2],
      [first.id, 1],
    ]);
    const again = await getValuation(first.id);
    expect({ id: again.id, version: again.version, value: again.value, valuedAt: again.valuedAt }).toEqual({
      id: first.id,
      version: 1,
      value: first.value,
      valuedAt: first.valuedAt,
    });
  });

  it("uses the registry's remaining legal life: the income period is capped by LEGAL_TERM and valued by hand", async () => {
    // Invention filed 2021-03-15: 20-year term to 2041-03-15.
    const asset = await createAsset({ kind: 'INVENTION', filingDate: '2021-03-15' });
    const expiry = expectedPatentExpiry('INVENTION', '2021-03-15');
    const view = await viewAsset(asset.id);
    expect(view.expiryDate).toBe(expiry);
    const days = daysBetween(todayInChina(), expiry);
    expect(Math.abs((view.remainingLifeDays ?? 0) - days)).toBeLessThanOrEqual(1);
    const registryYears = (view.remainingLifeDays as number) / 365.25;

    const v = await created(asset.id, {
      ...ASSUMPTIONS,
      applyScorecardPremium: false,
      realOption: {
        presentValueOfCashFlows: '1000000',
        investmentCost: '800000',
        volatility: '0.3',
        riskFreeRate: '0.03',
      },
    });
    const rfr = v.report!.methods.find((m) => m.method === 'RELIEF_FROM_ROYALTY')!;
    const years = Math.floor(registryYears);
    expect(years).toBeGreaterThan(10);
    expect(years).toBeLessThan(30);
    expect(rfr.incomePeriod).toEqual({ years, cappedBy: 'LEGAL_TERM' });
    expect(rfr.years).toHaveLength(years);
    // By hand: sum over t = 1..years of 1e6 x 1.03^t x 0.04 x 0.75 / 1.1^t (no scorecard premium).
    expect(new D(v.report!.discountRate!.effective).eq('0.1')).toBe(true);
    const benefits = Array.from({ length: years }, (_, i) =>
      new D(1_000_000).times(new D('1.03').pow(i + 1)).times('0.03'),
    );
    expect(new D(rfr.value.amount).eq(cents(presentValue(benefits, '0.1')))).toBe(true);
    // The real option's T is the same remaining life: dividend yield q = 1 / T.
    const option = v.report!.methods.find((m) => m.method === 'REAL_OPTION')!;
    expect(Number(option.detail['dividendYield']) * registryYears).toBeCloseTo(1, 2);
  });

  it('a shorter economic life caps the period instead (ECONOMIC_LIFE)', async () => {
    const asset = await createAsset();
    const v = await created(asset.id, { ...ASSUMPTIONS, economicLifeYears: 4.5 });
    expect(v.report!.methods[0]!.incomePeriod).toEqual({ years: 4, cappedBy: 'ECONOMIC_LIFE' });
  });

  it('a fresh valuation is not stale; after the registrar flags an invalidation it is stale (ASSET_STATUS_CHANGED)', async () => {
    const asset = await createAsset();
    const v = await created(asset.id);
    expect(v.staleness.stale).toBe(false);
    expect(v.staleness.reasons).toEqual([]);
    expect(Date.parse(v.staleness.validUntil)).toBeGreaterThan(Date.now());
    expect((await viewAsset(asset.id)).latestValuation?.staleness).toEqual({ stale: false, reasons: [] });

    await updateStatus(asset.id, { invalidationPending: true });
    const after = await getValuation(v.id);
    expect(after.staleness.stale).toBe(true);
    expect(after.staleness.reasons).toContain('ASSET_STATUS_CHANGED');
    expect(after.staleness.reasons).not.toContain('OLDER_THAN_VALIDITY');
    expect((await viewAsset(asset.id)).latestValuation?.staleness).toMatchObject({ stale: true });

    // A new valuation made on the new facts is current again; the old one stays stale.
    const renewed = await created(asset.id);
    expect(renewed.version).toBe(v.version + 1);
    expect(renewed.staleness).toMatchObject({ stale: false, reasons: [] });
    expect((await getValuation(v.id)).staleness.stale).toBe(true);
  });

  // [assumptions, the GraphQL input path at fault]
  const BAD: [string, Record<string, unknown>, string][] = [
    [
      'royaltyRate "1.5"',
      { ...ASSUMPTIONS, reliefFromRoyalty: { ...ASSUMPTIONS.reliefFromRoyalty, royaltyRate: '1.5' } },
      'input.assumptions.reliefFromRoyalty.royaltyRate',
    ],
    ['economicLifeYears 0', { ...ASSUMPTIONS, economicLifeYears: 0 }, 'input.assumptions.economicLifeYears'],
    ['no discount rate', { ...ASSUMPTIONS, discountRate: undefined }, 'input.assumptions.discountRate'],
    ['no method', { economicLifeYears: 10, taxRate: '0.25', discountRate: '0.1' }, 'input.assumptions'],
  ];

  it('bad assumptions -> BAD_USER_INPUT, and no version is stored', async () => {
    const asset = await createAsset();
    await created(asset.id);
    const count = async () => (await viewAsset(asset.id)).valuations.length;
    expect(await count()).toBe(1);
    // The code only here: the full path each error names is the next test's concern.
    for (const [, assumptions] of BAD) assertGqlError(await create(asset.id, assumptions), { code: 'BAD_USER_INPUT' });
    assertGqlError(await create(asset.id, { ...ASSUMPTIONS, taxRate: 'NaN' }), {
      code: 'BAD_USER_INPUT',
      mentions: 'taxRate',
    });
    expect(await count()).toBe(1);
    // No version was used up either: the next valid one is 2.
    expect((await created(asset.id)).version).toBe(2);
  });

  it.each(BAD.map(([name, assumptions, field]) => [name, field, assumptions] as const))(
    '%s -> the error names the createValuation input path %s',
    async (_name, field, assumptions) => {
      const asset = await createAsset();
      assertGqlError(await create(asset.id, assumptions), { code: 'BAD_USER_INPUT', field });
    },
  );
});

describe('createValuation refusals', () => {
  it("an SME values its own asset, but another firm's -> FORBIDDEN NOT_YOUR_ASSET, nothing stored", async () => {
    const [smeA, smeB] = await Promise.all([registerSmeUser(), registerSmeUser()]);
    const [assetA, assetB] = await Promise.all([
      createAsset({ owners: ownedBy(smeA.party) }),
      createAsset({ owners: ownedBy(smeB.party) }),
    ]);
    const own = await created(assetA.id, ASSUMPTIONS, smeA);
    expect(own).toMatchObject({ assetId: assetA.id, version: 1, valuedBy: smeA.userId });
    assertGqlError(await create(assetB.id, ASSUMPTIONS, smeA), { code: 'FORBIDDEN', reason: 'NOT_YOUR_ASSET' });
    expect((await viewAsset(assetB.id)).valuations).toEqual([]);
    // The demo SMEs and each other's demo assets: refused before anything is stored.
    assertGqlError(await create(demoAsset(6), ASSUMPTIONS, 'sme'), { code: 'FORBIDDEN', reason: 'NOT_YOUR_ASSET' });
    assertGqlError(await create(demoAsset(1), ASSUMPTIONS, 'sme2'), { code: 'FORBIDDEN', reason: 'NOT_YOUR_ASSET' });
    for (const [asset, login] of [
      [demoAsset(6), 'sme'],
      [demoAsset(1), 'sme2'],
    ] as const) {
      expect((await viewAsset(asset)).valuations.filter((v) => v.valuedBy === demoUser(login).id)).toEqual([]);
    }
  });

  it('an unknown asset id -> NOT_FOUND; a malformed one -> BAD_USER_INPUT', async () => {
    assertGqlError(await create('00000000-0000-4000-8000-00000000beef'), {
      code: 'NOT_FOUND',
      reason: 'ASSET_NOT_FOUND',
      field: 'input.assetId',
    });
    assertGqlError(await create('not-a-uuid'), { code: 'BAD_USER_INPUT', field: 'input.assetId' });
  });

  it('a lapsed asset -> BAD_USER_INPUT ASSET_NOT_IN_FORCE', async () => {
    const lapsed = await createAsset({ legalStatus: 'LAPSED' });
    assertGqlError(await create(lapsed.id), {
      code: 'BAD_USER_INPUT',
      reason: 'ASSET_NOT_IN_FORCE',
      field: 'input.assetId',
    });
    expect((await viewAsset(lapsed.id)).valuations).toEqual([]);
  });

  it('an expired asset (granted, term over) -> BAD_USER_INPUT ASSET_NOT_IN_FORCE', async () => {
    // Utility model filed 2010-01-04: expired 2020-01-04 although recorded as GRANTED.
    const expired = await createAsset({ kind: 'UTILITY_MODEL', filingDate: '2010-01-04', grantDate: '2011-01-04' });
    expect(expired.legalStatus).toBe('EXPIRED');
    assertGqlError(await create(expired.id), {
      code: 'BAD_USER_INPUT',
      reason: 'ASSET_NOT_IN_FORCE',
      field: 'input.assetId',
    });
    expect((await viewAsset(expired.id)).valuations).toEqual([]);
  });

  it('an asset invalidated after it was valued cannot be valued again, and its valuation is stale', async () => {
    const asset = await createAsset();
    const v = await created(asset.id);
    await updateStatus(asset.id, { legalStatus: 'INVALIDATED' });
    assertGqlError(await create(asset.id), { code: 'BAD_USER_INPUT', reason: 'ASSET_NOT_IN_FORCE' });
    expect((await getValuation(v.id)).staleness).toMatchObject({ stale: true, reasons: ['ASSET_STATUS_CHANGED'] });
  });

  it('program staff cannot createValuation (FORBIDDEN); anonymous callers are UNAUTHENTICATED', async () => {
    const asset = await createAsset();
    assertGqlError(await create(asset.id, ASSUMPTIONS, 'program'), { code: 'FORBIDDEN' });
    assertGqlError(await gql(env.gatewayUrl, CREATE, { input: { assetId: asset.id, assumptions: ASSUMPTIONS } }), {
      code: 'UNAUTHENTICATED',
    });
    expect((await viewAsset(asset.id)).valuations).toEqual([]);
  });
});

describe('valuation(id)', () => {
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
