import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { DEMO_ASSETS } from '@app/demo-data';
import {
  assertGqlData,
  assertGqlError,
  cents,
  createAsset,
  D,
  demoUser,
  e2eEnv,
  gql,
  ownedBy,
  pollUntil,
  presentValue,
  registerSmeUser,
  tokenFor,
  type DemoLogin,
  type GqlResponse,
  type TestSme,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * Portfolio valuations: `startPortfolioValuation` values many assets in the background; a
 * failing asset is recorded with its reason and does not stop the job. Progress and
 * per-asset results through `portfolioValuation` (its starter and admins only).
 */

const START = `mutation($input: StartPortfolioValuationInput!) {
  startPortfolioValuation(input: $input) { id status total succeeded failed pending createdAt completedAt } }`;
const JOB = `query($id: ID!, $status: PortfolioItemStatus, $first: Int, $after: String) {
  portfolioValuation(id: $id) {
    id status total succeeded failed pending createdAt completedAt
    items(status: $status, first: $first, after: $after) {
      edges { cursor node { position assetId status error
        valuation { id assetId version method valuedBy value { amount }
          report { discountRate { effective } methods { method value { amount } incomePeriod { years } } } } } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}`;

interface Item {
  position: number;
  assetId: string;
  status: 'PENDING' | 'VALUED' | 'FAILED';
  error: string | null;
  valuation: {
    id: string;
    assetId: string;
    version: number;
    method: string;
    valuedBy: string | null;
    value: { amount: string };
    report: {
      discountRate: { effective: string };
      methods: { method: string; value: { amount: string }; incomePeriod: { years: number } | null }[];
    };
  } | null;
}
interface Job {
  id: string;
  status: 'RUNNING' | 'COMPLETED';
  total: number;
  succeeded: number;
  failed: number;
  pending: number;
  createdAt: string;
  completedAt: string | null;
  items?: {
    edges: { cursor: string; node: Item }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

// Relief from royalty on explicit revenues over at most five years of economic life; the
// income period of each asset is the shorter of that and its remaining legal life.
const REVENUES = ['500000', '520000', '540000', '560000', '580000'];
const ASSUMPTIONS = {
  economicLifeYears: 5,
  taxRate: '0.25',
  discountRate: '0.12',
  applyScorecardPremium: false,
  reliefFromRoyalty: { revenues: REVENUES, royaltyRate: '0.03' },
};
/** The hand value over the first `years` years. */
const handValue = (years: number): string =>
  cents(
    presentValue(
      REVENUES.slice(0, years).map((r) => new D(r).times('0.03').times('0.75')),
      '0.12',
    ),
  );

const demo = (n: number): string => {
  const id = `00000000-0000-4000-8000-0000000020${String(n).padStart(2, '0')}`;
  expect(DEMO_ASSETS.some((a) => a.id === id)).toBe(true);
  return id;
};

/** A demo login's token, or a token as is. */
const tokenOf = async (who: DemoLogin | { token: string }): Promise<string> =>
  typeof who === 'string' ? tokenFor(who) : who.token;

const start = async (
  assetIds: unknown[],
  who: DemoLogin | { token: string } = 'sme',
  assumptions: Record<string, unknown> = ASSUMPTIONS,
): Promise<GqlResponse<{ startPortfolioValuation: Job }>> =>
  gql<{ startPortfolioValuation: Job }>(
    env.gatewayUrl,
    START,
    { input: { assetIds, assumptions } },
    { token: await tokenOf(who) },
  );
const job = async (
  id: string,
  who: DemoLogin | { token: string },
  args: { status?: string; first?: number; after?: string | null } = {},
): Promise<GqlResponse<{ portfolioValuation: Job }>> =>
  gql<{ portfolioValuation: Job }>(env.gatewayUrl, JOB, { id, ...args }, { token: await tokenOf(who) });
const jobOk = async (id: string, who: DemoLogin | { token: string }, args = {}): Promise<Job> =>
  assertGqlData(await job(id, who, args)).portfolioValuation;
const completed = (id: string, who: DemoLogin | { token: string }): Promise<Job> =>
  pollUntil(
    () => jobOk(id, who, { first: 100 }),
    (j) => j.status === 'COMPLETED',
    { timeoutMs: 30_000 },
  );

// Valuations are only ever stored on assets these tests create: the demo assets keep their
// seeded valuation history, which other spec files (test/gateway) assert exactly.
describe('startPortfolioValuation', () => {
  const unknown = randomUUID();
  let sme: TestSme;
  let ids: string[];
  let finished: Job;

  beforeAll(async () => {
    sme = await registerSmeUser();
    // Two inventions with 14+ years left and a utility model with under 3 years left, all the SME's own.
    const own1 = await createAsset({ owners: ownedBy(sme.party) });
    const own2 = await createAsset({ owners: ownedBy(sme.party), filingDate: '2022-09-01' });
    const short = await createAsset({
      owners: ownedBy(sme.party),
      kind: 'UTILITY_MODEL',
      filingDate: '2019-09-18',
      grantDate: '2020-06-02',
    });
    for (const a of [own1, own2, short]) expect(a.owners.map((o) => o.partyId)).toEqual([sme.party.id]);
    // Own, own, Qingyuan's (a foreign demo asset: refused before anything is stored), unknown, own.
    expect(DEMO_ASSETS.find((a) => a.id === demo(6))!.owners[0]!.partyKey).toBe('qingyuan');
    ids = [own1.id, own2.id, demo(6), unknown, short.id];
    const started = assertGqlData(await start(ids, sme)).startPortfolioValuation;
    expect(started.total).toBe(5);
    expect(started.succeeded + started.failed + started.pending).toBe(5);
    finished = await completed(started.id, sme);
  });

  it('completes within 30 s with matching counts', () => {
    expect(finished).toMatchObject({ status: 'COMPLETED', total: 5, succeeded: 3, failed: 2, pending: 0 });
    expect(finished.completedAt).not.toBeNull();
    expect(Date.parse(finished.completedAt!)).toBeGreaterThanOrEqual(Date.parse(finished.createdAt));
  });

  it('lists the items in submission order; failed items carry their reasons', () => {
    const items = finished.items!.edges.map((e) => e.node);
    expect(items.map((i) => [i.position, i.assetId, i.status])).toEqual([
      [0, ids[0], 'VALUED'],
      [1, ids[1], 'VALUED'],
      [2, ids[2], 'FAILED'],
      [3, ids[3], 'FAILED'],
      [4, ids[4], 'VALUED'],
    ]);
    expect(items[2]!.error).toMatch(/NOT_YOUR_ASSET/);
    expect(items[3]!.error).toMatch(/ASSET_NOT_FOUND/);
    for (const failed of [items[2]!, items[3]!]) expect(failed.valuation).toBeNull();
    for (const valued of [items[0]!, items[1]!, items[4]!]) expect(valued.error).toBeNull();
  });

  it('valued items link their stored valuations, valued by the starter at the hand-computed figure', async () => {
    const valued = finished.items!.edges.map((e) => e.node).filter((i) => i.status === 'VALUED');
    expect(valued).toHaveLength(3);
    const periods: number[] = [];
    for (const item of valued) {
      const v = item.valuation!;
      expect(v).toMatchObject({ assetId: item.assetId, method: 'RECONCILED', valuedBy: sme.userId, version: 1 });
      expect(new D(v.report.discountRate.effective).eq('0.12')).toBe(true);
      // The same record through valuation(id), with the asset's history and remaining life.
      const res = await gql<{
        valuation: { id: string; version: number; assetId: string };
        ipAsset: { remainingLifeDays: number; valuations: { id: string }[] };
      }>(
        env.gatewayUrl,
        `query($id: ID!, $asset: ID!) { valuation(id: $id) { id version assetId }
          ipAsset(id: $asset) { remainingLifeDays valuations(first: 50) { id } } }`,
        { id: v.id, asset: item.assetId },
        { token: sme.token },
      );
      const data = assertGqlData(res);
      expect(data.valuation).toEqual({ id: v.id, version: 1, assetId: item.assetId });
      expect(data.ipAsset.valuations.map((x) => x.id)).toEqual([v.id]);
      const years = Math.min(5, Math.floor(data.ipAsset.remainingLifeDays / 365.25));
      periods.push(years);
      expect(v.report.methods[0]!.incomePeriod!.years).toBe(years);
      const shown = { asset: item.assetId, value: v.value.amount, hand: handValue(years) };
      expect({ ...shown, equal: new D(v.value.amount).eq(shown.hand) }).toEqual({ ...shown, equal: true });
    }
    // Each asset's own legal life: the utility model has 2 whole years left, the inventions the full 5.
    expect(periods).toEqual([5, 5, 2]);
  });

  it('pages the items by position with first/after; status filters them', async () => {
    const positions: number[][] = [];
    const flags: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Job = await jobOk(finished.id, sme, { first: 2, after });
      positions.push(page.items!.edges.map((e) => e.node.position));
      flags.push(page.items!.pageInfo.hasNextPage);
      expect(page.items!.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.items!.pageInfo.hasNextPage) break;
      after = page.items!.pageInfo.endCursor;
    }
    expect(positions).toEqual([[0, 1], [2, 3], [4]]);
    expect(flags).toEqual([true, true, false]);

    const failed = await jobOk(finished.id, sme, { status: 'FAILED', first: 10 });
    expect(failed.items!.edges.map((e) => e.node.position)).toEqual([2, 3]);
    const valued = await jobOk(finished.id, sme, { status: 'VALUED', first: 1 });
    expect(valued.items!.edges.map((e) => e.node.position)).toEqual([0]);
    expect(valued.items!.pageInfo.hasNextPage).toBe(true);
    const next = await jobOk(finished.id, sme, {
      status: 'VALUED',
      first: 10,
      after: valued.items!.pageInfo.endCursor,
    });
    expect(next.items!.edges.map((e) => e.node.position)).toEqual([1, 4]);
  });

  it('items page size outside 1-100 or a garbage cursor -> BAD_USER_INPUT', async () => {
    assertGqlError(await job(finished.id, sme, { first: 0 }), { code: 'BAD_USER_INPUT', field: 'first' });
    assertGqlError(await job(finished.id, sme, { first: 101 }), { code: 'BAD_USER_INPUT', field: 'first' });
    assertGqlError(await job(finished.id, sme, { after: 'garbage!!' }), { code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('another user cannot see the job (NOT_FOUND); an admin can', async () => {
    for (const login of ['sme', 'sme2', 'bank'] as const) {
      assertGqlError(await job(finished.id, login), { code: 'NOT_FOUND' });
    }
    assertGqlError(await job(finished.id, await registerSmeUser()), { code: 'NOT_FOUND' });
    expect((await jobOk(finished.id, 'admin')).id).toBe(finished.id);
    assertGqlError(await job(randomUUID(), sme), { code: 'NOT_FOUND' });
    assertGqlError(await job('not-a-uuid', sme), { code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('the same asset twice (any letter case) is valued once', async () => {
    const asset = await createAsset({ owners: ownedBy(sme.party) });
    const started = assertGqlData(await start([asset.id, asset.id.toUpperCase()], sme)).startPortfolioValuation;
    expect(started.total).toBe(1);
    const done = await completed(started.id, sme);
    expect(done).toMatchObject({ total: 1, succeeded: 1, failed: 0, pending: 0 });
    expect(done.items!.edges.map((e) => e.node.assetId)).toEqual([asset.id]);
  });

  it('assumptions the engine refuses (royalty rate 150 %) -> BAD_USER_INPUT up front, not a job of failures', async () => {
    const asset = await createAsset({ owners: ownedBy(sme.party) });
    const res = await start([asset.id], sme, {
      ...ASSUMPTIONS,
      reliefFromRoyalty: { ...ASSUMPTIONS.reliefFromRoyalty, royaltyRate: '1.5' },
    });
    if (res.body.data?.startPortfolioValuation) {
      // Show what the job made of it before failing.
      const done = await completed(res.body.data.startPortfolioValuation.id, sme);
      throw new Error(
        `accepted as a job: ${JSON.stringify({ ...done, items: done.items?.edges.map((e) => e.node.error) })}`,
      );
    }
    assertGqlError(res, { code: 'BAD_USER_INPUT', mentions: 'royaltyRate' });
  });
});

describe('startPortfolioValuation as a bank', () => {
  it("a bank values any firm's assets; an expired asset fails with ASSET_NOT_IN_FORCE", async () => {
    const owner = await registerSmeUser();
    const owned = await createAsset({ owners: ownedBy(owner.party) });
    const expired = await createAsset({ kind: 'UTILITY_MODEL', filingDate: '2010-01-04', grantDate: '2011-01-04' });
    const unowned = await createAsset();
    const started = assertGqlData(await start([owned.id, expired.id, unowned.id], 'bank')).startPortfolioValuation;
    const done = await completed(started.id, 'bank');
    expect(done).toMatchObject({ status: 'COMPLETED', total: 3, succeeded: 2, failed: 1, pending: 0 });
    const items = done.items!.edges.map((e) => e.node);
    expect(items.map((i) => i.status)).toEqual(['VALUED', 'FAILED', 'VALUED']);
    expect(items[1]!.error).toMatch(/ASSET_NOT_IN_FORCE/);
    expect(items[0]!.valuation).toMatchObject({ assetId: owned.id, version: 1, valuedBy: demoUser('bank').id });
    expect(items[2]!.valuation).toMatchObject({ assetId: unowned.id, version: 1 });
    // The job is the bank's: the asset owner does not see it.
    assertGqlError(await job(started.id, owner), { code: 'NOT_FOUND' });
  });
});

// These are refused before a job exists, so the demo SME and demo asset ids are safe to use.
describe('startPortfolioValuation input checks', () => {
  it('an empty list -> BAD_USER_INPUT on input.assetIds', async () => {
    assertGqlError(await start([]), { code: 'BAD_USER_INPUT', field: 'input.assetIds' });
  });

  it('a non-UUID id -> BAD_USER_INPUT on input.assetIds', async () => {
    assertGqlError(await start([demo(1), 'CN201810123456.5']), { code: 'BAD_USER_INPUT', field: 'input.assetIds' });
  });

  it('more than 10,000 ids (10,001) -> BAD_USER_INPUT on input.assetIds', async () => {
    const tooMany = Array.from({ length: 10_001 }, () => randomUUID());
    assertGqlError(await start(tooMany), { code: 'BAD_USER_INPUT', field: 'input.assetIds' });
  });

  it('assumptions that no asset can be valued with -> BAD_USER_INPUT up front (class-validator level)', async () => {
    assertGqlError(await start([demo(1)], 'sme', { ...ASSUMPTIONS, economicLifeYears: 0 }), {
      code: 'BAD_USER_INPUT',
      field: 'input.assumptions.economicLifeYears',
    });
  });

  it('program staff and registrars cannot start one (FORBIDDEN)', async () => {
    for (const login of ['program', 'registrar'] as const) {
      assertGqlError(await start([demo(1)], login), { code: 'FORBIDDEN' });
    }
  });
});
